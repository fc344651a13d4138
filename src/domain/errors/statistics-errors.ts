import { defineErrors } from './define-errors.js';

/** Refusals of the statistics (`GET /api/v1/statistics/…`): the ministry's and the bureaus' figures. */
export const statisticsErrors = defineErrors({
  STATISTICS_PERIOD_REVERSED: {
    status: 400,
    zh: '统计期间的开始日期晚于结束日期',
    en: 'The start of the period is after its end',
  },
  STATISTICS_PROVINCE_OUTSIDE: {
    status: 403,
    zh: '通信管理局只能查看本省的统计',
    en: 'A bureau sees the figures of its own province only',
  },
});
