import { createRequire } from 'node:module';
import { addDays, dayOfWeek, type CalendarDate } from './calendar-date.js';
import type { ScheduledDay } from './built-in-schedule.js';

/** The lunar and solar-term conversions of chinese-days (tables for 1900–2100). */
interface LunarConversions {
  getSolarDateFromLunar(lunar: string): { date: string };
  getSolarTermDate(year: number, month: number, term: string): string;
}

const chineseDays = createRequire(import.meta.url)('chinese-days') as LunarConversions & { default?: LunarConversions };
const lunar: LunarConversions = chineseDays.default ?? chineseDays;

/** The first year the holiday regulation as amended in 2024 (国务院令第795号, in force 2025-01-01) governs. */
export const statutoryRulesFrom = 2025;
/** The last year the lunar tables convert. */
export const statutoryRulesUntil = 2100;

interface Festival {
  zh: string;
  en: string;
  days: CalendarDate[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const solar = (year: number, month: number, day: number): CalendarDate => `${year}-${pad(month)}-${pad(day)}`;
const fromLunar = (year: number, month: number, day: number): CalendarDate => lunar.getSolarDateFromLunar(solar(year, month, day)).date;

/**
 * The days off the national holiday regulation (《全国年节及纪念日放假办法》, art. 2, as amended in 2024) gives every
 * citizen in `year`: New Year's Day 1 day (1 January); Spring Festival 4 days (lunar New Year's Eve and the first three
 * days of the first lunar month); Qingming 1 day (the day of the Qingming solar term); Labour Day 2 days (1–2 May); Dragon
 * Boat Festival 1 day (the 5th of the 5th lunar month); Mid-Autumn 1 day (the 15th of the 8th lunar month); National Day
 * 3 days (1–3 October).
 */
export function statutoryFestivals(year: number): Festival[] {
  const newYear = fromLunar(year, 1, 1);
  return [
    { zh: '元旦', en: "New Year's Day", days: [solar(year, 1, 1)] },
    { zh: '春节', en: 'Spring Festival', days: [addDays(newYear, -1), newYear, addDays(newYear, 1), addDays(newYear, 2)] },
    { zh: '清明节', en: 'Tomb-sweeping Day', days: [lunar.getSolarTermDate(year, 4, 'pure_brightness')] },
    { zh: '劳动节', en: 'Labour Day', days: [solar(year, 5, 1), solar(year, 5, 2)] },
    { zh: '端午节', en: 'Dragon Boat Festival', days: [fromLunar(year, 5, 5)] },
    { zh: '中秋节', en: 'Mid-autumn Festival', days: [fromLunar(year, 8, 15)] },
    { zh: '国庆节', en: 'National Day', days: [solar(year, 10, 1), solar(year, 10, 2), solar(year, 10, 3)] },
  ];
}

const isWeekend = (date: CalendarDate) => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

/**
 * A provisional schedule for a year whose official schedule (国务院办公厅 放假安排) is not published or not loaded yet:
 * the statutory days off, and for each of them that falls on a Saturday or Sunday (art. 6: 适逢星期六、星期日，应当在
 * 工作日补假) — or on another festival's day — a day off on the next weekday after it that is not already off. The
 * official schedule usually also moves weekend days around (调休); those cannot be foreseen and are not guessed.
 * Keys may spill into the next year (a National Day make-up day cannot, a late one from 31 December could).
 */
export function provisionalSchedule(year: number): Map<CalendarDate, ScheduledDay> {
  if (!Number.isInteger(year) || year < statutoryRulesFrom || year > statutoryRulesUntil) {
    throw new RangeError(`No statutory holiday rules for ${year}`);
  }
  const days = new Map<CalendarDate, ScheduledDay>();
  for (const festival of statutoryFestivals(year)) {
    const name = { zh: festival.zh, en: festival.en };
    let owed = 0;
    for (const date of festival.days) {
      if (days.has(date) || isWeekend(date)) owed += 1;
      if (!days.has(date)) days.set(date, { kind: 'holiday', name });
    }
    let date = festival.days.at(-1)!;
    while (owed > 0) {
      date = addDays(date, 1);
      if (isWeekend(date) || days.has(date)) continue;
      days.set(date, { kind: 'holiday', name: { zh: `${festival.zh}补假`, en: `${festival.en} (in lieu)` } });
      owed -= 1;
    }
  }
  return days;
}
