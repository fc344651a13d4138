import { defineErrors } from './define-errors.js';

export const webhookErrors = defineErrors({
  WEBHOOK_LIMIT_REACHED: {
    status: 409,
    zh: '本单位的 Webhook 订阅已达上限，请先删除不再使用的订阅',
    en: 'Your organisation has as many webhook subscriptions as it may; delete one it no longer uses first',
  },
});
