import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../api/application-view';
import { tagTones } from './tag-tones';

/** A stage deadline as a date and time, marked when it has passed. */
export function DeadlineCell({ deadline, now }: { deadline: ApplicationView['deadline']; now: number }) {
  const { t } = useTranslation();
  if (!deadline) return <Typography.Text type="secondary">{t('applications.noDeadline')}</Typography.Text>;
  if (deadline.unknown || !deadline.at) return <Typography.Text type="secondary">{t('applications.deadlineUnknown')}</Typography.Text>;
  const at = dayjs(deadline.at);
  // The server's judgement (its clock) when it gives one.
  const overdue = deadline.overdue ?? at.valueOf() < now;
  return (
    <span>
      <time dateTime={deadline.at}>{at.format('YYYY-MM-DD HH:mm')}</time>
      {overdue ? (
        <Tag style={{ ...tagTones.danger, marginLeft: 8 }}>
          {t('applications.overdue')}
        </Tag>
      ) : null}
    </span>
  );
}

/** Orders applications by their deadline, earliest first; those without one last. */
export function byDeadline(a: ApplicationView, b: ApplicationView): number {
  const at = (x: ApplicationView) => (x.deadline?.at ? Date.parse(x.deadline.at) : Number.POSITIVE_INFINITY);
  return at(a) - at(b);
}
