import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../api/application-view';
import { tagTones } from '../../components/tag-tones';

/** The working days left in the current stage, as the server counted them on the working-day calendar. */
export function WorkingDaysLeft({ deadline, now }: { deadline: ApplicationView['deadline']; now: number }) {
  const { t } = useTranslation();
  const left = deadline?.workingDaysLeft;
  if (left === undefined || left === null) return null;
  // Past the deadline (a weekend after a Friday deadline still counts 0 days): the overdue mark says it.
  const overdue = deadline?.overdue ?? (deadline?.at ? Date.parse(deadline.at) < now : false);
  if (left >= 0 && overdue) return null;
  const tone = left < 0 ? tagTones.danger : left <= 2 ? tagTones.warning : tagTones.info;
  const text = left < 0 ? t('review.workingDaysOverdue', { count: -left }) : left === 0 ? t('review.lastWorkingDay') : t('review.workingDaysLeft', { count: left });
  return (
    <Tag style={{ ...tone, marginTop: 4 }} title={deadline?.provisional ? t('review.provisional') : undefined}>
      {text}
      {deadline?.provisional ? ' *' : ''}
    </Tag>
  );
}
