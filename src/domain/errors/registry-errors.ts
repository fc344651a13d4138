import { defineErrors } from './define-errors.js';

/** Refusals of the registry's bulk checks and distribution reports: the whole request, or one row in the results. */
export const registryErrors = defineErrors({
  CHECK_FORMAT_UNKNOWN: {
    status: 415,
    zh: '核验数据应为 CSV（text/csv，首行为列名）或 NDJSON（application/x-ndjson，每行一个 JSON 对象）',
    en: 'Check rows are CSV (text/csv, a header line first) or NDJSON (application/x-ndjson, one JSON object per line)',
  },
  CHECK_ROW_INVALID: { status: 400, zh: '该行有字段缺失或格式不正确', en: 'A field of this row is missing or malformed' },
  CHECK_INPUT_UNREADABLE: { status: 400, zh: '核验数据无法继续读取', en: 'The check rows cannot be read any further' },
  CHECK_TOO_MANY_ROWS: { status: 413, zh: '单次核验的行数超过上限', en: 'A single check has more rows than allowed' },
});
