import type { ErrorCode } from './catalogue.js';

/** What one field of an error's `details` carries, in zh-CN and English. */
export interface DetailDoc {
  zh: string;
  en: string;
}

const reason = { zh: '具体原因（英文，供日志和程序读取）', en: 'what exactly was wrong (English, for logs and programs)' };
const retryAfterSeconds = { zh: '可再次尝试前需等待的秒数', en: 'seconds to wait before trying again' };

/**
 * The fields an error's `details` may carry, documented in docs/errors.md. A BeianError can only be raised with the
 * fields listed here for its code (the type of its constructor says so), so the documentation cannot fall behind.
 */
export const errorDetails = {
  VALIDATION_FAILED: {
    issues: { zh: '各项不符合之处：字段路径与说明（最多 20 项）', en: 'each problem found: field path and message (at most 20)' },
    reason,
    value: { zh: '被拒绝的值（不含个人信息）', en: 'the value refused (never personal data)' },
  },
  NOT_FOUND: { reason },
  WEBHOOK_LIMIT_REACHED: { limit: { zh: '每个单位可有的订阅数', en: 'subscriptions an organisation may have' } },
  IMPORT_ROW_INVALID: { reason },
  IMPORT_NUMBER_TAKEN: { number: { zh: '已被占用的备案号或域名', en: 'the number or domain already taken' } },
  RATE_LIMITED: { retryAfterSeconds, limit: { zh: '时间窗口内允许的请求数', en: 'requests allowed in the time window' } },
  PAYLOAD_TOO_LARGE: { maxBytes: { zh: '允许的最大字节数', en: 'the largest size accepted, in bytes' } },
  ACTION_NOT_PERMITTED: {
    action: { zh: '请求的操作', en: 'the action asked for' },
    role: { zh: '调用者的角色', en: "the caller's role" },
  },
  INVALID_TRANSITION: {
    action: { zh: '请求的操作', en: 'the action asked for' },
    state: { zh: '申请当前所处状态', en: 'the state the application is in' },
  },
  APPLICATION_IN_FLIGHT: { applicationId: { zh: '办理中的那份申请的编号', en: 'the id of the application in progress' } },
  FIELD_REQUIRED_FOR_KIND: { kind: { zh: '申请类型', en: 'the kind of application' } },
  DRAFT_FIELD_REQUIRED: { missing: { zh: '尚未填写的必需项（字段路径）', en: 'the fields still missing (field paths)' } },
  FIELD_NOT_ALLOWED_FOR_KIND: { kind: { zh: '申请类型', en: 'the kind of application' } },
  BUREAU_NOT_CONFIGURED: { province: { zh: '省份代码', en: 'the province code' } },
  SMS_CODE_WRONG: {
    attemptsLeft: {
      zh: '再连续输错几次申请即被退回（1 表示下一次输错即退回；输入正确后重新计数）',
      en: 'how many more wrong entries in a row return the application (1: the next wrong entry does; a correct entry resets the count)',
    },
  },
  SMS_RESEND_TOO_SOON: { retryAfterSeconds },
  SMS_VERIFY_PHONE_LIMITED: { retryAfterSeconds },
  CHANNEL_NOT_SERVING: { kind: { zh: '申请类型', en: 'the kind of application' } },
  CLAIM_CODE_WRONG: { attemptsLeft: { zh: '认领失效前还可输错的次数', en: 'wrong codes still allowed before the claim is void' } },
  PROOF_OF_WORK_REQUIRED: {
    challengeUrl: { zh: '获取 ALTCHA 挑战的地址；求解结果以 `altcha` 字段提交', en: 'where to fetch an ALTCHA challenge; send the solved payload as `altcha`' },
    retryAfterSeconds: {
      zh: '多少秒后无需工作量证明即可再次提交（供无法求解的客户端使用）',
      en: 'seconds until entries need no proof of work again (for clients that cannot solve one)',
    },
  },
  PROOF_OF_WORK_INVALID: { challengeUrl: { zh: '获取新 ALTCHA 挑战的地址', en: 'where to fetch a new ALTCHA challenge' } },
  PRECHECK_FAILED: { findings: { zh: '预检结果：规则代码、字段路径、严重程度、说明与修改建议', en: 'the pre-check findings: rule code, field path, severity, message and fix' } },
  CALENDAR_DATE_UNKNOWN: {
    date: { zh: '无法判断的日期', en: 'the date that cannot be judged' },
    year: { zh: '该日期所在年份', en: 'its year' },
    knownYears: { zh: '已有放假安排的年份', en: 'the years with a holiday schedule' },
  },
  FILING_NUMBER_SEQUENCE_EXHAUSTED: {
    abbreviation: { zh: '省份简称', en: 'the province abbreviation' },
    year: { zh: '年份', en: 'the year' },
    sequence: { zh: '已用到的顺序号', en: 'the sequence reached' },
  },
  APP_PACKAGE_NOT_FOUND: { reason },
  APP_PACKAGE_NOT_ZIP: { reason },
  APP_PACKAGE_TRUNCATED: { reason },
  APP_PACKAGE_CORRUPT: { reason },
  APP_PACKAGE_ENCRYPTED: { reason },
  APP_PACKAGE_BOMB: { reason },
  APP_PACKAGE_UNSUPPORTED: { reason },
  API_KEY_SCOPE_MISSING: { scope: { zh: '所需的权限范围', en: 'the scope required' } },
  API_KEY_SCOPE_NOT_GRANTABLE: { scope: { zh: '不能授予的权限范围', en: 'the scope that cannot be granted' } },
  ROW_QUOTA_EXCEEDED: { retryAfterSeconds, limit: { zh: '每日允许的行数', en: 'rows allowed per day' } },
  CHECK_ROW_INVALID: { reason },
  CHECK_INPUT_UNREADABLE: { reason },
  CHECK_TOO_MANY_ROWS: { maxRows: { zh: '单次允许的最大行数', en: 'the most rows accepted at once' } },
} as const satisfies Partial<Record<ErrorCode, Record<string, DetailDoc>>>;

/** The `details` a BeianError with this code may carry: only documented fields. */
export type DetailsOf<C extends ErrorCode> = C extends keyof typeof errorDetails ? { [K in keyof (typeof errorDetails)[C]]?: unknown } : never;
