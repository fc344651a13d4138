import { defineErrors } from './define-errors.js';

/** Refusals of `beian import` and `POST /api/v1/imports`: the whole request, or one row in the report. */
export const importErrors = defineErrors({
  IMPORT_FORMAT_UNKNOWN: {
    status: 400,
    zh: '导入文件应为 CSV（首行为列名）或 NDJSON（每行一个 JSON 对象）',
    en: 'An import is CSV (a header line first) or NDJSON (one JSON object per line)',
  },
  IMPORT_ROW_INVALID: { status: 400, zh: '该行有字段缺失或格式不正确', en: 'A field of this row is missing or malformed' },
  IMPORT_OUTSIDE_PROVINCE: { status: 403, zh: '通信管理局只能导入本省的备案', en: 'A bureau imports the filings of its own province only' },
  IMPORT_NUMBER_TAKEN: {
    status: 409,
    zh: '该备案号或域名已在备案库中属于其他主体或网站',
    en: 'The number or domain is already in the registry for another subject or website',
  },
});
