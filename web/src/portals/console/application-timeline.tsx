import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../api/use-application';

/** The application's recorded steps, oldest first: when, who (by role), what, and the state it led to. */
export function ApplicationTimeline({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={history.map((entry) => ({
        key: entry.seq,
        content: (
          <div>
            <Typography.Text strong>{t(`action.${entry.action}`, { defaultValue: entry.action })}</Typography.Text>
            <div>
              <time dateTime={entry.at}>{dayjs(entry.at).format('YYYY-MM-DD HH:mm')}</time> · {t(`roles.${entry.actorRole}`, { defaultValue: entry.actorRole })}
              {entry.to ? ` → ${t(`state.${entry.to}`, { defaultValue: entry.to })}` : ''}
            </div>
          </div>
        ),
      }))}
    />
  );
}
