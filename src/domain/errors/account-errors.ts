import { defineErrors } from './define-errors.js';

/** Parties and accounts the ministry (or `beian admin`) creates. */
export const accountErrors = defineErrors({
  LOGIN_TAKEN: { status: 409, zh: '该登录名已被使用', en: 'This login is already taken' },
  PARTY_ALREADY_EXISTS: {
    status: 409,
    zh: '该单位已存在（每个省份只有一个通信管理局，单位代码不可重复）',
    en: 'This party exists already (one bureau per province; party codes are unique)',
  },
  PASSWORD_TOO_SHORT: { status: 400, zh: '密码至少需要 12 个字符', en: 'A password needs at least 12 characters' },
});
