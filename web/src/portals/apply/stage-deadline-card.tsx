import { Card, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../api/application-view';

/**
 * The current stage's deadline as a date and as working days left, both as the server counts them on its working-day
 * calendar (the SMS window is in hours, shown as a date only).
 */
export function StageDeadlineCard({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const deadline = application.deadline;
  if (!deadline) return null;
  const left = deadline.stage === 'sms_pending' ? undefined : deadline.workingDaysLeft;
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={<h2 className="card-heading">{t('apply.deadlineTitle', { stage: t(`state.${deadline.stage}`, { defaultValue: deadline.stage }) })}</h2>}>
      {deadline.unknown || !deadline.at ? (
        <Typography.Text type="secondary">{t('applications.deadlineUnknown')}</Typography.Text>
      ) : (
        <div data-testid="stage-deadline">
          <div>
            <time dateTime={deadline.at}>{dayjs(deadline.at).format('YYYY-MM-DD HH:mm')}</time>
          </div>
          {deadline.overdue ? (
            <Typography.Text type="danger">{t('applications.overdue')}</Typography.Text>
          ) : left !== undefined ? (
            <Statistic title={t('apply.workingDaysLeft')} value={left} suffix={t('apply.days')} />
          ) : null}
        </div>
      )}
    </Card>
  );
}
