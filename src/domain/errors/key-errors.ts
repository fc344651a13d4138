import { defineErrors } from './define-errors.js';

/** API key scopes and quotas on the registry API. */
export const keyErrors = defineErrors({
  API_KEY_SCOPE_MISSING: {
    status: 403,
    zh: '该 API 密钥未获授权使用此功能（缺少所需权限范围）',
    en: 'This API key is not allowed to use this function (it lacks the scope required)',
  },
  API_KEY_SCOPE_NOT_GRANTABLE: {
    status: 403,
    zh: '您的账号角色不能为 API 密钥授予该权限范围',
    en: "Your account's role cannot grant this scope to an API key",
  },
  ROW_QUOTA_EXCEEDED: {
    status: 429,
    zh: '今日可核验或报送的行数已用完，请次日再试或申请更高配额',
    en: "Today's quota of checked or reported rows is used up; try again tomorrow or ask for a higher quota",
  },
});
