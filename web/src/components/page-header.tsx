import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A console page's heading and one line saying what the page is for. */
export function PageHeader({ title, intro, extra }: { title: string; intro?: string; extra?: ReactNode }) {
  return (
    <div className="page-header" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start', marginBottom: 16 }}>
      <div style={{ flex: '1 1 320px' }}>
        <Typography.Title level={1} className="page-heading">
          {title}
        </Typography.Title>
        {intro ? <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{intro}</Typography.Paragraph> : null}
      </div>
      {extra}
    </div>
  );
}
