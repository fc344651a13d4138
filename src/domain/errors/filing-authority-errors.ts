import { defineErrors } from './define-errors.js';

/** Who may act on a filed subject or service, and linking an account to a filed subject by proof of control. */
export const filingAuthorityErrors = defineErrors({
  CHANNEL_NOT_SERVING: {
    status: 409,
    zh: '该接入服务提供者或分发平台不为此主体或服务提供服务，请通过其现有的接入服务提供者或分发平台办理',
    en: 'This provider or platform does not serve this subject or service; file through one that does',
  },
  ACCESS_CHANNEL_MISMATCH: {
    status: 409,
    zh: '新增接入须由新的接入服务提供者办理',
    en: 'A new access is filed through the new access provider itself',
  },
  SUBJECT_ALREADY_OWNED: {
    status: 409,
    zh: '您的账号已关联该主体',
    en: 'Your account is already linked to this subject',
  },
  CLAIM_CODE_WRONG: { status: 400, zh: '验证码错误', en: 'Wrong verification code' },
  CLAIM_ATTEMPTS_EXHAUSTED: {
    status: 409,
    zh: '验证码错误次数过多，本次关联已关闭，请重新发起',
    en: 'Too many wrong codes; this claim is closed, start a new one',
  },
  CLAIM_EXPIRED: {
    status: 409,
    zh: '验证码已过期，本次关联已关闭，请重新发起',
    en: 'The code has expired; this claim is closed, start a new one',
  },
});
