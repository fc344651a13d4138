import { proofOfWorkChallengePath } from '../../flows/sms/proof-of-work.js';
import { html, type SafeHtml } from './html.js';
import type { PageLanguage } from './page-language.js';
import { verifyPageText } from './verify-page-text.js';

export type VerifyField = 'phone' | 'code' | 'certificateTail';

/** What the page says above (or instead of) the form. */
export interface VerifyNotice {
  tone: 'success' | 'info' | 'warning' | 'error';
  title?: string | undefined;
  body: string;
  /** Show the form again (false after an outcome that ends this round of codes). */
  form: boolean;
}

export interface VerifyPageModel {
  lang: PageLanguage;
  notice?: VerifyNotice | undefined;
  /** The phone to fill in again; the code and the certificate ending are never echoed. */
  phone?: string | undefined;
  fieldErrors?: Partial<Record<VerifyField, string>> | undefined;
  policy: { smsHours: number; smsResendIntervalSeconds: number; smsMaxSends: number };
  /** Seconds until this phone may ask for another code, when a resend was just asked for. */
  resendWaitSeconds?: number | undefined;
}

function field(model: VerifyPageModel, name: VerifyField, attributes: SafeHtml, value = ''): SafeHtml {
  const t = verifyPageText[model.lang];
  const error = model.fieldErrors?.[name];
  const described = [`${name}-hint`, error ? `${name}-error` : ''].filter(Boolean).join(' ');
  const hint = { phone: t.phoneHint, code: t.codeHint, certificateTail: t.certificateTailHint }[name];
  return html`<div class="field${error ? ' field-invalid' : ''}">
      <label for="${name}">${t[name]}</label>
      <input id="${name}" name="${name}" ${attributes} value="${value}" aria-describedby="${described}"${error ? html` aria-invalid="true"` : ''}>
      <p id="${name}-hint" class="hint">${hint}</p>
      ${error ? html`<p id="${name}-error" class="field-error">${error}</p>` : ''}
    </div>`;
}

/** The verification page the SMS names: a plain form that works without JavaScript, and the outcome of an entry. */
export function renderVerifyPage(model: VerifyPageModel): string {
  const t = verifyPageText[model.lang];
  const notice = model.notice;
  const showForm = notice?.form ?? true;
  const other = t.otherLanguage;
  const page = html`<!doctype html>
<html lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${notice?.title ? `${notice.title} · ` : ''}${t.title}</title>
<link rel="stylesheet" href="/verify/assets/verify.css">
<link rel="stylesheet" href="/verify/assets/altcha/altcha.css">
<script type="module" src="/verify/assets/verify.js"></script>
</head>
<body>
<header class="bar">
  <a class="brand" href="${model.lang === 'en' ? '/?lang=en' : '/'}">${t.siteName}</a>
  <a class="language" href="/verify?lang=${other.lang}" lang="${other.lang === 'zh' ? 'zh-CN' : 'en'}">${other.label}</a>
</header>
<main>
  <h1>${t.title}</h1>
  ${notice
    ? html`<section class="notice notice-${notice.tone}" role="${notice.tone === 'error' || notice.tone === 'warning' ? 'alert' : 'status'}">
    ${notice.title ? html`<h2>${notice.title}</h2>` : ''}
    <p>${notice.body}</p>
  </section>`
    : ''}
  ${showForm
    ? html`<p class="intro">${t.intro}</p>
  <form method="post" action="/verify">
    <input type="hidden" name="lang" value="${model.lang}">
    ${field(model, 'phone', html`type="tel" inputmode="tel" autocomplete="tel" required maxlength="20"`, model.phone ?? '')}
    ${field(model, 'code', html`type="text" inputmode="numeric" autocomplete="one-time-code" required pattern="[0-9]{6}" maxlength="6"`)}
    ${field(model, 'certificateTail', html`type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" required minlength="6" maxlength="6"`)}
    <altcha-widget challenge="${proofOfWorkChallengePath}" name="altcha" auto="onsubmit" language="${model.lang === 'zh' ? 'zh-cn' : 'en'}"></altcha-widget>
    <p class="note">${t.powNote}</p>
    <noscript><p class="note">${t.noScript}</p></noscript>
    <button type="submit">${t.submit}</button>
  </form>`
    : html`<p><a href="/verify?lang=${model.lang}">${t.back}</a></p>`}
  <section class="help" aria-labelledby="resend-title">
    <h2 id="resend-title">${t.resendTitle}</h2>
    <p>${t.resend(model.policy.smsHours, model.policy.smsResendIntervalSeconds, model.policy.smsMaxSends)}</p>
    <form method="post" action="/verify/resend" class="resend">
      <input type="hidden" name="lang" value="${model.lang}">
      <label for="resend-phone">${t.phone}</label>
      <div class="row">
        <input id="resend-phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" required maxlength="20" value="${model.phone ?? ''}">
        <button type="submit" class="secondary"${model.resendWaitSeconds ? html` data-wait="${model.resendWaitSeconds}"` : ''}>${t.resendButton}</button>
      </div>
      ${model.resendWaitSeconds ? html`<p class="note" id="resend-wait">${t.resendWait(model.resendWaitSeconds)}</p>` : ''}
    </form>
  </section>
</main>
</body>
</html>
`;
  return page.value;
}
