import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Card, Tabs, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { displaySnippets } from './display-snippets';

/**
 * After approval: what the app shows — the number, the public page's URL, a QR code of it (drawn here, no service
 * called) and copy-ready snippets for a web footer, an Android TextView, iOS and a mini-program page.
 */
export function DisplayKit({ services }: { services: Array<{ number: string; name: string }> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const origin = window.location.origin;
  const copy = (text: string) =>
    void navigator.clipboard.writeText(text).then(
      () => message.success(t('apply.copied')),
      () => message.error(t('apply.copyFailed')),
    );
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={<h2 className="card-heading">{t('apply.kitTitle')}</h2>} data-testid="display-kit">
      {services.map((service) => {
        const url = `${origin}/filings/${encodeURIComponent(service.number)}`;
        const snippets = displaySnippets(service.number, url);
        return (
          <div key={service.number} style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {service.name} · <Typography.Text strong copyable>{service.number}</Typography.Text>
            </Typography.Paragraph>
            <Typography.Paragraph copyable={{ text: url }} style={{ wordBreak: 'break-all' }}>
              <a href={url}>{url}</a>
            </Typography.Paragraph>
            <QRCodeSVG value={url} size={128} marginSize={2} title={t('apply.qrTitle', { number: service.number })} />
            <Tabs
              size="small"
              items={snippets.map((s) => ({
                key: s.key,
                label: t(`apply.snippets.${s.key}`),
                children: (
                  <>
                    <pre className="snippet" data-snippet={s.key}>{s.text}</pre>
                    <Button size="small" icon={<CopyOutlined />} onClick={() => copy(s.text)}>
                      {t('apply.copy')}
                    </Button>
                  </>
                ),
              }))}
            />
          </div>
        );
      })}
    </Card>
  );
}
