import { defineErrors } from './define-errors.js';

/** Requests the server cannot take as sent: a missing precondition, not enough room to receive an upload. */
export const requestErrors = defineErrors({
  PRECONDITION_REQUIRED: {
    status: 428,
    zh: '请在 If-Match 请求头中带上申请的当前版本（ETag）',
    en: 'Send the current version of the application (its ETag) in the If-Match header',
  },
  UPLOAD_SPACE_LOW: {
    status: 507,
    zh: '服务器临时存储空间不足，暂时无法接收上传，请稍后再试',
    en: 'The server is short of temporary storage and cannot take uploads now; try again later',
  },
});
