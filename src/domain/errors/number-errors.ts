import { defineErrors } from './define-errors.js';

export const numberErrors = defineErrors({
  FILING_NUMBER_SEQUENCE_EXHAUSTED: {
    status: 409,
    zh: '该省本年度的主体备案号已分配完毕',
    en: "This province's subject numbers for the year are used up",
  },
});
