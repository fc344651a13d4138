import { Card, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../api/application-view';
import { useWorkingDaysLeft } from './working-days-left';

/** The current stage's deadline as a date and as working days left (the SMS window is in hours, shown as a date only). */
export function StageDeadlineCard({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const [now] = useState(() => Date.now());
  const deadline = application.deadline;
  const workingDays = deadline?.stage !== 'sms_pending';
  const left = useWorkingDaysLeft(workingDays ? (deadline?.at ?? null) : null, now);
  if (!deadline) return null;
  const overdue = deadline.at ? Date.parse(deadline.at) < now : false;
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={<h2 className="card-heading">{t('apply.deadlineTitle', { stage: t(`state.${deadline.stage}`, { defaultValue: deadline.stage }) })}</h2>}>
      {deadline.unknown || !deadline.at ? (
        <Typography.Text type="secondary">{t('applications.deadlineUnknown')}</Typography.Text>
      ) : (
        <div data-testid="stage-deadline">
          <div>
            <time dateTime={deadline.at}>{dayjs(deadline.at).format('YYYY-MM-DD HH:mm')}</time>
          </div>
          {overdue ? (
            <Typography.Text type="danger">{t('applications.overdue')}</Typography.Text>
          ) : workingDays && left.days !== null ? (
            <Statistic title={t('apply.workingDaysLeft')} value={left.days} suffix={t('apply.days')} />
          ) : null}
        </div>
      )}
    </Card>
  );
}
