import { createRequire } from 'node:module';
import type { CalendarDate } from './calendar-date.js';

/** A day the official schedule (国务院办公厅 放假安排) sets apart from the plain Monday–Friday week. */
export interface ScheduledDay {
  kind: 'holiday' | 'workday';
  /** The festival it belongs to, in Chinese (国庆节) and English (National Day). */
  name: { zh: string; en: string };
}

/** The official schedules of past and current years as the chinese-days package ships them. */
export interface BuiltInSchedule {
  days: ReadonlyMap<CalendarDate, ScheduledDay>;
  /** Years whose whole schedule the data holds, ascending. */
  coveredYears: readonly number[];
}

function readName(value: string): { zh: string; en: string } {
  // chinese-days writes "National Day,国庆节,3": English name, Chinese name, internal id.
  const [en = '', zh = ''] = value.split(',');
  return { zh, en };
}

/**
 * Reads the chinese-days data: `holidays` are days off (weekend days inside a holiday period included) and `workdays` are
 * make-up working days (调休上班). A year counts as covered only when its data holds both a Spring Festival and a National
 * Day holiday — every annual schedule since 2000 sets both, while a year that appears only through a day spilling over
 * from a neighbouring year's schedule does not. With chinese-days 1.5.7 this gives 2004–2026.
 */
export function readBuiltInSchedule(data: {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}): BuiltInSchedule {
  const days = new Map<CalendarDate, ScheduledDay>();
  const festivals = new Map<number, Set<string>>();
  for (const [date, value] of Object.entries(data.holidays)) {
    const name = readName(value);
    days.set(date, { kind: 'holiday', name });
    const year = Number(date.slice(0, 4));
    if (!festivals.has(year)) festivals.set(year, new Set());
    festivals.get(year)!.add(name.en);
  }
  for (const [date, value] of Object.entries(data.workdays)) days.set(date, { kind: 'workday', name: readName(value) });
  const coveredYears = [...festivals]
    .filter(([, names]) => names.has('Spring Festival') && names.has('National Day'))
    .map(([year]) => year)
    .sort((a, b) => a - b);
  return { days, coveredYears: Object.freeze(coveredYears) };
}

// Loaded with require rather than `import … with { type: 'json' }`: the CLI bundle keeps packages external and esbuild's
// node20 target drops import attributes, which Node then refuses for a JSON module.
const chineseDays = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

export const builtInSchedule: BuiltInSchedule = readBuiltInSchedule(chineseDays);
