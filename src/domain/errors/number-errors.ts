import { defineErrors } from './define-errors.js';

export const numberErrors = defineErrors({
  FILING_NUMBER_INVALID: {
    status: 400,
    zh: '备案号格式不正确',
    en: 'The filing number is not well formed',
  },
  FILING_NUMBER_SEQUENCE_EXHAUSTED: {
    status: 409,
    zh: '该省本年度的主体备案号已分配完毕',
    en: "This province's subject numbers for the year are used up",
  },
});
