import { defineErrors } from './define-errors.js';

export const precheckErrors = defineErrors({
  PRECHECK_FAILED: {
    status: 422,
    zh: '申请未通过预检，请按各字段的提示修改后再提交',
    en: 'The application fails the pre-check; fix the fields listed and submit again',
  },
  RETURN_REASON_INVALID: {
    status: 400,
    zh: '退回原因须从预检规则目录中选择（或选择 OTHER 并填写说明）',
    en: 'A return reason is a pre-check rule code from the catalogue (or OTHER with a note)',
  },
});
