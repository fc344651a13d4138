import { defineErrors } from './define-errors.js';

export const generalErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, zh: '输入不符合要求', en: 'The input is not valid' },
  NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Sign in first' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You may not do this' },
  INVALID_CREDENTIALS: { status: 401, zh: '账号或密码错误', en: 'Wrong account or password' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该幂等键已用于另一请求',
    en: 'This idempotency key was already used for a different request',
  },
  RATE_LIMITED: {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests; try again later',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '上传内容超过大小限制', en: 'The upload exceeds the size limit' },
  INTERNAL: { status: 500, zh: '系统内部错误', en: 'Internal error' },
});
