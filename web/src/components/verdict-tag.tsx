import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { tagTones } from './tag-tones';

/** The verdicts of a bulk check or a report row, in the order the screens list them. */
export const checkVerdicts = ['filed', 'not_filed', 'cancelled', 'revoked', 'access_limited', 'signature_mismatch', 'name_mismatch', 'subject_mismatch', 'invalid'] as const;

function tone(verdict: string) {
  if (verdict === 'filed') return tagTones.success;
  if (verdict === 'invalid') return tagTones.neutral;
  if (verdict === 'access_limited' || verdict === 'name_mismatch' || verdict === 'subject_mismatch') return tagTones.warning;
  return tagTones.danger;
}

/** A verdict as a tag: filed in green, mismatches in amber, the rest in red, invalid rows in grey. */
export function VerdictTag({ verdict }: { verdict: string }) {
  const { t } = useTranslation();
  return <Tag style={tone(verdict)}>{t(`check.verdicts.${verdict}`)}</Tag>;
}

/** Counts by verdict as statistics, in the verdicts' order. */
export function verdictStatistics(counts: Record<string, number> | Map<string, number>, t: TFunction): Array<{ key: string; title: string; value: number }> {
  const of = counts instanceof Map ? (v: string) => counts.get(v) : (v: string) => counts[v];
  return checkVerdicts.filter((v) => of(v) !== undefined).map((v) => ({ key: v, title: t(`check.verdicts.${v}`), value: of(v)! }));
}
