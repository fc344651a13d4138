import { catalogue } from '../errors/catalogue.js';
import { isBeianError } from '../errors/beian-error.js';
import { addDays, epochDayOf, type CalendarDate } from './calendar-date.js';
import { endOfShanghaiDay, shanghaiDateOf } from './shanghai-time.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

/** How long each party has. Working days follow the mainland China calendar in Asia/Shanghai. */
export interface DeadlinePolicy {
  /** Access provider's initial review (初审), in working days. */
  providerReviewWorkingDays: number;
  /** SMS verification window (短信核验), in hours of wall-clock time, holidays included. */
  smsHours: number;
  /** Wrong codes tolerated; one more returns the application to the provider. */
  smsMaxWrongCodes: number;
  /** Provincial bureau review (管局审核), in working days. */
  bureauReviewWorkingDays: number;
}

export const defaultDeadlinePolicy: Readonly<DeadlinePolicy> = Object.freeze({
  providerReviewWorkingDays: 3,
  smsHours: 24,
  smsMaxWrongCodes: 5,
  bureauReviewWorkingDays: 20,
});

/**
 * A deadline, or the admission that it cannot be computed because the calendar lacks the schedule of a year the count
 * runs into (the caller decides: refuse, flag for an administrator, or wait).
 */
export type DeadlineResult =
  | {
      unknown: false;
      at: Date;
      date: CalendarDate;
      /** Counted over days of a year without its official schedule: may move when the schedule is loaded. */
      provisional: boolean;
    }
  | {
      unknown: true;
      reason: { code: 'CALENDAR_DATE_UNKNOWN'; zh: string; en: string; date: CalendarDate | undefined };
    };

function assertWorkingDays(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer: ${value}`);
}

/** The end (23:59:59.999 Shanghai) of the Shanghai day `n` working days after the Shanghai date of `from`. */
function workingDayDeadline(from: Date, n: number, calendar: WorkingDayCalendar): DeadlineResult {
  try {
    const start = shanghaiDateOf(from);
    const date = calendar.addWorkingDays(start, n);
    let provisional = false;
    for (let d = addDays(start, 1); !provisional && epochDayOf(d) <= epochDayOf(date); d = addDays(d, 1)) provisional = calendar.isProvisional(d);
    return { unknown: false, at: endOfShanghaiDay(date), date, provisional };
  } catch (error) {
    if (isBeianError(error) && error.code === 'CALENDAR_DATE_UNKNOWN') {
      const date = typeof error.details?.date === 'string' ? error.details.date : undefined;
      const { zh, en } = catalogue.CALENDAR_DATE_UNKNOWN;
      return { unknown: true, reason: { code: 'CALENDAR_DATE_UNKNOWN', zh, en, date } };
    }
    throw error;
  }
}

/**
 * The provider's review deadline: the end of the Shanghai day `providerReviewWorkingDays` working days after the
 * Shanghai date of submission (counting from the next working day; see WorkingDayCalendar.addWorkingDays).
 */
export function providerReviewDeadline(
  submittedAt: Date,
  calendar: WorkingDayCalendar,
  policy: Pick<DeadlinePolicy, 'providerReviewWorkingDays'> = defaultDeadlinePolicy,
): DeadlineResult {
  assertWorkingDays(policy.providerReviewWorkingDays, 'providerReviewWorkingDays');
  return workingDayDeadline(submittedAt, policy.providerReviewWorkingDays, calendar);
}

/**
 * The bureau's review deadline: the end of the Shanghai day `bureauReviewWorkingDays` working days after the Shanghai
 * date the application entered bureau review (counting from the next working day).
 */
export function bureauReviewDeadline(
  enteredBureauAt: Date,
  calendar: WorkingDayCalendar,
  policy: Pick<DeadlinePolicy, 'bureauReviewWorkingDays'> = defaultDeadlinePolicy,
): DeadlineResult {
  assertWorkingDays(policy.bureauReviewWorkingDays, 'bureauReviewWorkingDays');
  return workingDayDeadline(enteredBureauAt, policy.bureauReviewWorkingDays, calendar);
}

/** The SMS verification deadline: `smsHours` of wall-clock time after the codes were sent, holidays or not. */
export function smsDeadline(sentAt: Date, policy: Pick<DeadlinePolicy, 'smsHours'> = defaultDeadlinePolicy): Date {
  if (!(sentAt instanceof Date) || Number.isNaN(sentAt.getTime())) throw new RangeError('Not a valid instant');
  if (!(policy.smsHours > 0)) throw new RangeError(`smsHours must be positive: ${policy.smsHours}`);
  return new Date(sentAt.getTime() + policy.smsHours * 3_600_000);
}

/** Whether this many wrong codes returns the application to the provider (the 6th wrong code, by default). */
export function smsWrongCodesExhausted(
  wrongCodes: number,
  policy: Pick<DeadlinePolicy, 'smsMaxWrongCodes'> = defaultDeadlinePolicy,
): boolean {
  return wrongCodes > policy.smsMaxWrongCodes;
}
