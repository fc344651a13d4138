import type { PageLanguage } from './page-language.js';

export interface VerifyPageText {
  siteName: string;
  title: string;
  intro: string;
  phone: string;
  phoneHint: string;
  code: string;
  codeHint: string;
  certificateTail: string;
  certificateTailHint: string;
  submit: string;
  otherLanguage: { label: string; lang: PageLanguage };
  powNote: string;
  noScript: string;
  resendTitle: string;
  resend: (hours: number, intervalSeconds: number, maxSends: number) => string;
  resendButton: string;
  resendWait: (seconds: number) => string;
  resent: { title: string; body: (seconds: number, sendsLeft: number) => string };
  resendTooSoon: (seconds: number) => string;
  resendLimit: string;
  resendNoPending: string;
  complete: { title: string; body: string };
  confirmed: { title: string; body: (remaining: number) => string };
  wrong: { title: string; body: (attemptsLeft: number) => string };
  exhausted: { title: string; body: string };
  expired: { title: string; body: string };
  noPendingCode: string;
  phoneLimited: (minutes: number) => string;
  addressLimited: (minutes: number) => string;
  powRequired: (minutes: number) => string;
  powInvalid: string;
  invalid: { phone: string; code: string; certificateTail: string };
  failure: string;
  again: string;
  back: string;
}

const zh: VerifyPageText = {
  siteName: 'APP备案',
  title: 'APP备案短信核验',
  intro: '请输入收到核验短信的手机号码、短信中的6位验证码，以及您本人有效证件号码的后六位。核验无需登录。',
  phone: '手机号码',
  phoneHint: '收到核验短信的手机号码',
  code: '验证码',
  codeHint: '短信中的6位数字',
  certificateTail: '证件号码后六位',
  certificateTailHint: '您本人证件号码的最后六个字符（身份证末位为X时请输入X）',
  submit: '提交核验',
  otherLanguage: { label: 'English', lang: 'en' },
  powNote: '为防止验证码被猜测，提交时浏览器会自动完成一次计算验证（工作量证明），无需您操作。',
  noScript: '浏览器未启用 JavaScript 时也可提交；但同一手机号码或网络地址尝试次数较多时，须启用 JavaScript 完成计算验证，或待限制解除后再试。',
  resendTitle: '没有收到验证码，或验证码已失效？',
  resend: (hours, interval, max) =>
    `验证码自发送起${hours}小时内有效。未收到或已失效时，可在下方输入手机号码重新获取（每${interval}秒最多一次，每个号码最多发送${max}次），也可联系为您办理备案的接入服务提供者或分发平台重新发送；新验证码发出后，旧验证码失效。超过${hours}小时未完成核验的，申请将退回接入服务提供者或分发平台重新初审，初审通过后会发送新的验证码。`,
  resendButton: '重新发送验证码',
  resendWait: (s) => `${s}秒后可再次获取验证码。`,
  resent: {
    title: '新的验证码已发送',
    body: (s, n) => `新的验证码已发送到该手机号码，原验证码已失效。${s}秒后可再次获取${n > 0 ? `（还可获取${n}次）` : '（已达发送次数上限）'}。`,
  },
  resendTooSoon: (s) => `验证码刚刚发送过，请${s}秒后再获取。`,
  resendLimit: '该手机号码的验证码发送次数已达上限。请联系为您办理备案的接入服务提供者或分发平台。',
  resendNoPending: '该手机号码没有待核验的备案申请：可能已完成核验、已超时退回，或号码输入有误。未发送短信。',
  complete: { title: '核验完成', body: '该申请所需的短信核验已全部完成，申请已提交省通信管理局审核。审核结果将另行通知。' },
  confirmed: {
    title: '您的核验已完成',
    body: (n) => `您的短信核验已通过。该申请还有${n}位负责人需使用各自手机收到的验证码完成核验，全部完成后申请将提交省通信管理局审核。`,
  },
  wrong: {
    title: '验证码或证件号码后六位错误',
    body: (n) => `请核对后重新输入。再连续输错${n}次，申请将被退回接入服务提供者或分发平台重新初审；输入正确后重新计数。`,
  },
  exhausted: {
    title: '错误次数过多，申请已退回',
    body: '验证码连续输入错误次数过多，申请已退回接入服务提供者或分发平台重新初审。初审通过后，您会收到新的验证码。',
  },
  expired: {
    title: '核验已超时，申请已退回',
    body: '该申请的短信核验时限已过，申请已退回接入服务提供者或分发平台重新初审。初审通过后，您会收到新的验证码。',
  },
  noPendingCode: '该手机号码没有待核验的备案申请：可能已完成核验、已超时退回，或号码输入有误。本次输入不计入错误次数。',
  phoneLimited: (m) => `该手机号码的核验尝试过于频繁，请约${m}分钟后再试。`,
  addressLimited: (m) => `您的网络地址提交过于频繁，请约${m}分钟后再试。`,
  powRequired: (m) => `该手机号码或您的网络地址尝试次数较多，需完成计算验证后才能继续。请启用浏览器的 JavaScript 后重新提交，或约${m}分钟后再试。`,
  powInvalid: '计算验证无效或已过期，请重新提交。',
  invalid: { phone: '请输入手机号码。', code: '验证码为6位数字。', certificateTail: '请输入证件号码的后六位（6个字符）。' },
  failure: '系统暂时无法完成核验，请稍后再试。',
  again: '重新输入',
  back: '返回核验页面',
};

const en: VerifyPageText = {
  siteName: 'APP filing',
  title: 'APP filing: SMS verification',
  intro: 'Enter the mobile number that received the verification SMS, the six-digit code in it, and the last six characters of your own certificate number. No sign-in is needed.',
  phone: 'Mobile number',
  phoneHint: 'the number that received the SMS',
  code: 'Verification code',
  codeHint: 'the six digits in the SMS',
  certificateTail: 'Last six characters of your certificate number',
  certificateTailHint: 'the end of your own ID number (type X if it ends in X)',
  submit: 'Verify',
  otherLanguage: { label: '中文', lang: 'zh' },
  powNote: 'To stop codes being guessed, your browser solves a short computation (proof of work) when you submit; you need not do anything.',
  noScript: 'The form works without JavaScript; but after several attempts from the same phone or network address, JavaScript is needed for the computation, or wait until the limit is over.',
  resendTitle: 'No code, or the code no longer works?',
  resend: (hours, interval, max) =>
    `A code is good for ${hours} hours after it is sent. If it did not arrive or no longer works, enter your number below for a new one (at most once every ${interval} seconds and ${max} times per number), or ask the access provider or platform filing for you to resend it; a new code replaces the old one. Without verification within ${hours} hours, the application goes back to the provider or platform for a new initial review, after which a new code is sent.`,
  resendButton: 'Send a new code',
  resendWait: (s) => `You can ask for another code in ${s} seconds.`,
  resent: {
    title: 'A new code was sent',
    body: (s, n) => `A new code was sent to this number; the old one no longer works. You can ask again in ${s} seconds${n > 0 ? ` (${n} more ${n === 1 ? 'time' : 'times'})` : ' (no more resends are left)'}.`,
  },
  resendTooSoon: (s) => `A code was sent moments ago; ask again in ${s} seconds.`,
  resendLimit: 'This number has been sent a code the maximum number of times. Ask the access provider or platform filing for you.',
  resendNoPending: 'No application is waiting for a code from this number: it may be verified already, returned after the deadline, or mistyped. No SMS was sent.',
  complete: { title: 'Verification complete', body: 'Every confirmation this application needs is in; it has gone to the provincial bureau for review. You will be told the result.' },
  confirmed: {
    title: 'Your confirmation is recorded',
    body: (n) => `Your SMS verification passed. ${n} more responsible person${n === 1 ? '' : 's'} must confirm with the code sent to their own phone; then the application goes to the provincial bureau.`,
  },
  wrong: {
    title: 'Wrong code or certificate ending',
    body: (n) => `Check and enter them again. ${n} more wrong ${n === 1 ? 'entry' : 'entries'} in a row will return the application to the provider or platform for a new initial review; a correct entry starts the count again.`,
  },
  exhausted: {
    title: 'Too many wrong entries: the application was returned',
    body: 'The code was entered wrongly too many times in a row; the application went back to the access provider or platform for a new initial review. You will receive a new code after it.',
  },
  expired: {
    title: 'Too late: the application was returned',
    body: 'The verification window has closed; the application went back to the access provider or platform for a new initial review. You will receive a new code after it.',
  },
  noPendingCode: 'No application is waiting for a code from this number: it may be verified already, returned after the deadline, or mistyped. This entry does not count as a wrong one.',
  phoneLimited: (m) => `Too many attempts for this number; try again in about ${m} minutes.`,
  addressLimited: (m) => `Too many attempts from your network address; try again in about ${m} minutes.`,
  powRequired: (m) => `After several attempts from this number or your network address, a computation check is needed. Enable JavaScript and submit again, or try again in about ${m} minutes.`,
  powInvalid: 'The computation check was invalid or expired; submit again.',
  invalid: { phone: 'Enter the mobile number.', code: 'The code is six digits.', certificateTail: 'Enter the last six characters of your certificate number.' },
  failure: 'Verification is unavailable just now; try again later.',
  again: 'Enter again',
  back: 'Back to verification',
};

export const verifyPageText: Record<PageLanguage, VerifyPageText> = { zh, en };
