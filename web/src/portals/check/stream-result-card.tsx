import { StopOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckStream } from './use-check-stream';

/**
 * The card of a streamed file: its name, a stop button while it runs (`extra` once it is done), the progress, the rows
 * checked with `statistics` beside them, and what the screen shows below (`children`).
 */
export function StreamResultCard({
  stream,
  checked = stream.results.length,
  statistics,
  extra,
  children,
}: {
  stream: CheckStream;
  checked?: number;
  statistics: Array<{ key: string; title: string; value: number }>;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { total, running, failure } = stream;
  const done = stream.results.length;
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : running ? 0 : 100;
  return (
    <Card
      title={<h2 className="card-heading">{stream.fileName}</h2>}
      extra={
        running ? (
          <Button icon={<StopOutlined />} onClick={stream.stop}>
            {t('check.stop')}
          </Button>
        ) : (
          extra
        )
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Progress percent={percent} status={failure ? 'exception' : running ? 'active' : 'success'} aria-label={t('check.progress')} />
        <Space size={24} wrap>
          <Statistic title={t('check.checked')} value={checked} suffix={total ? `/ ${total}` : undefined} />
          {statistics.map((s) => (
            <Statistic key={s.key} title={s.title} value={s.value} />
          ))}
        </Space>
        {children}
      </Space>
    </Card>
  );
}
