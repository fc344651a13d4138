import { Button, Card, Dropdown, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { FiledSubject } from './my-filings';

const subjectKinds = ['add_service', 'change_subject', 'cancel_subject'] as const;
const serviceKinds = ['change_service', 'add_access', 'cancel_access', 'cancel_service'] as const;

/** My filed subjects and their services, with their numbers and the follow-up applications each may start. */
export function MyFilingsCard({ subjects }: { subjects: FiledSubject[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = (kind: string, from: string, ids: { subject?: string; service?: string }) => {
    const query = new URLSearchParams({ from, ...(ids.subject ? { subject: ids.subject } : {}), ...(ids.service ? { service: ids.service } : {}) });
    void navigate(`/apply/new/${kind}?${query.toString()}`);
  };
  return (
    <Card size="small" title={<h2 className="card-heading">{t('apply.filedTitle')}</h2>} style={{ marginBottom: 16 }}>
      {subjects.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('apply.filedEmpty')} />
      ) : (
        subjects.map((s) => (
          <div key={s.subjectId} className="filed-subject" style={{ marginBottom: 12 }}>
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <span>
                <Typography.Text strong>{s.name}</Typography.Text> <Typography.Text type="secondary">{s.number ?? ''}</Typography.Text>
              </span>
              <Dropdown menu={{ items: subjectKinds.map((k) => ({ key: k, label: t(`kind.${k}`) })), onClick: ({ key }) => start(key, s.sourceId, { subject: s.subjectId }) }}>
                <Button size="small">{t('apply.subjectActions')}</Button>
              </Dropdown>
            </Space>
            <List
              size="small"
              dataSource={s.services}
              renderItem={(service) => (
                <List.Item
                  actions={[
                    <Dropdown
                      key="actions"
                      menu={{ items: serviceKinds.map((k) => ({ key: k, label: t(`kind.${k}`) })), onClick: ({ key }) => start(key, service.sourceId, { subject: s.subjectId, service: service.serviceId }) }}
                    >
                      <Button size="small" type="link">{t('apply.serviceActions')}</Button>
                    </Dropdown>,
                  ]}
                >
                  <Space wrap size={4}>
                    <span>{service.name}</span>
                    <Typography.Text type="secondary">{t(`serviceType.${service.type}`)}</Typography.Text>
                    <Link to={`/filings/${encodeURIComponent(service.number)}`} reloadDocument>{service.number}</Link>
                  </Space>
                </List.Item>
              )}
            />
          </div>
        ))
      )}
    </Card>
  );
}
