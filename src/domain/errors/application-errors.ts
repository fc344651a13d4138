import { defineErrors } from './define-errors.js';

export const applicationErrors = defineErrors({
  INVALID_TRANSITION: {
    status: 409,
    zh: '申请当前状态不允许此操作',
    en: 'The application is not in a state that allows this action',
  },
  ACTION_NOT_PERMITTED: { status: 403, zh: '您的角色不能执行此操作', en: 'Your role may not take this action' },
  REASON_REQUIRED: { status: 400, zh: '请填写原因', en: 'Give a reason' },
  APPLICATION_IN_FLIGHT: {
    status: 409,
    zh: '该主体已有一个办理中的备案申请，请待其完成或撤回后再提交',
    en: 'This subject already has an application in progress; wait for it to finish or withdraw it',
  },
  APPLICATION_CHANGED: {
    status: 409,
    zh: '申请已被他人修改，请刷新后重试',
    en: 'The application was changed by someone else; reload and try again',
  },
  SUBJECT_ALREADY_FILED: {
    status: 409,
    zh: '该主体已备案，请使用“新增APP”等方式，无需重复填写主体信息',
    en: 'This subject is already filed; add services to it instead of filing it again',
  },
  SUBJECT_NOT_FILED: { status: 409, zh: '该主体尚未备案或已注销', en: 'This subject is not filed or has been cancelled' },
  SERVICE_NOT_FILED: { status: 409, zh: '该服务尚未备案或已注销', en: 'This service is not filed or has been cancelled' },
  FIELD_REQUIRED_FOR_KIND: {
    status: 400,
    zh: '此类申请必须填写该项',
    en: 'This kind of application requires this field',
  },
  DRAFT_FIELD_REQUIRED: {
    status: 400,
    zh: '保存首次备案草稿前，请先填写主办者名称、单位性质、证件类型、证件号码和所在省份',
    en: "A first-filing draft is saved once the subject's name, nature, certificate type and number, and province are given",
  },
  FIELD_NOT_ALLOWED_FOR_KIND: {
    status: 400,
    zh: '此类申请不应填写该项',
    en: 'This kind of application does not take this field',
  },
  CROSS_PROVINCE_FILING: {
    status: 409,
    zh: '主体须向住所所在地省通信管理局备案，不能跨省备案或变更省份',
    en: "A subject files with the bureau of its residence province; it cannot file in or move to another province",
  },
  IMMUTABLE_FIELD: {
    status: 409,
    zh: '变更申请不能修改省份、主体证件号码或域名',
    en: 'A change application cannot alter the province, the subject certificate number or a domain',
  },
  CHANNEL_NOT_FOUND: {
    status: 400,
    zh: '未找到该接入服务提供者或分发平台',
    en: 'No such access provider or distribution platform',
  },
  CHANNEL_MISMATCH: {
    status: 409,
    zh: '该服务类型须通过相应的接入服务提供者或分发平台办理',
    en: 'This kind of service is filed through a different kind of provider or platform',
  },
  BUREAU_NOT_CONFIGURED: {
    status: 503,
    zh: '该省份的通信管理局尚未配置',
    en: 'No bureau is configured for this province',
  },
  ACCESS_NOT_FOUND: { status: 409, zh: '该服务没有此接入信息', en: 'This service has no such access' },
  SMS_CODE_WRONG: {
    status: 400,
    zh: '验证码或证件号码后六位错误',
    en: 'Wrong verification code or certificate number ending',
  },
  SMS_CODE_EXHAUSTED: {
    status: 409,
    zh: '验证码错误次数过多，申请已退回接入商重新初审',
    en: 'Too many wrong codes; the application went back to the provider for a new initial review',
  },
  SMS_NOT_PENDING: { status: 409, zh: '该申请当前无需短信核验', en: 'This application is not waiting for SMS verification' },
  SMS_NO_PENDING_CODE: {
    status: 409,
    zh: '该手机号码没有待核验的备案申请（可能已核验、已超时退回，或号码有误）',
    en: 'No application is waiting for a code from this phone (it may be confirmed already, returned after the deadline, or the number is mistyped)',
  },
  SMS_CODE_EXPIRED: {
    status: 409,
    zh: '短信核验已超时，申请已退回接入商重新初审',
    en: 'The verification window has closed; the application went back to the provider for a new initial review',
  },
  SMS_VERIFY_PHONE_LIMITED: {
    status: 429,
    zh: '该手机号码的核验尝试过于频繁，请稍后再试',
    en: 'Too many verification attempts for this phone; try again later',
  },
  SMS_RESEND_TOO_SOON: {
    status: 429,
    zh: '验证码发送过于频繁，请稍后再试',
    en: 'A code was sent recently; wait before resending',
  },
  SMS_SEND_LIMIT: { status: 429, zh: '验证码发送次数已达上限', en: 'The code has been sent the maximum number of times' },
  PROOF_OF_WORK_REQUIRED: {
    status: 400,
    zh: '尝试次数较多，请先完成人机验证（工作量证明）',
    en: 'After several attempts, solve the proof-of-work challenge first',
  },
  PROOF_OF_WORK_INVALID: {
    status: 400,
    zh: '人机验证无效、已过期或已使用，请重新验证',
    en: 'The proof of work is invalid, expired or already used; solve a new challenge',
  },
});
