import { defineErrors } from './define-errors.js';

export const calendarErrors = defineErrors({
  // 503: the request is sound, but the system lacks the official schedule for that year until an administrator loads it.
  CALENDAR_DATE_UNKNOWN: {
    status: 503,
    zh: '工作日历尚无该日期所在年份的节假日安排，请管理员先导入该年的放假安排',
    en: 'The working-day calendar has no holiday schedule for the year of this date; an administrator must load it first',
  },
});
