import { defineErrors } from './define-errors.js';

/**
 * Requests refused before any route reads them (the HTTP framing, the URL, the media type, the characters of text),
 * or that the server cannot take as sent (a missing precondition, not enough room to receive an upload).
 */
export const requestErrors = defineErrors({
  MALFORMED_REQUEST: {
    status: 400,
    zh: '请求格式不正确（网址编码、请求头或 JSON 无法解析）',
    en: 'The request is malformed (its URL encoding, headers or JSON cannot be read)',
  },
  REQUEST_TIMEOUT: { status: 408, zh: '请求超时', en: 'The request took too long to arrive' },
  URI_TOO_LONG: { status: 414, zh: '请求地址过长', en: 'The request URL is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持该请求内容类型', en: 'This content type is not accepted here' },
  HEADERS_TOO_LARGE: { status: 431, zh: '请求头过大', en: 'The request headers are too large' },
  TEXT_UNSAFE_CHARACTER: {
    status: 400,
    zh: '文本含有不允许的字符（控制字符、文字方向控制符或不可见的格式字符）',
    en: 'The text contains a character that is not allowed (a control, text-direction or invisible formatting character)',
  },
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
