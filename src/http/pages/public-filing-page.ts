import type { PublicFiling } from '../presenters/public-filing.js';
import { html, type SafeHtml } from './html.js';
import type { PageLanguage } from './page-language.js';
import { publicPageMessages, type PublicPageMessageKey } from './public-page-messages.js';
import { publicPageStyle } from './public-page-style.js';
import { qrCodeSvg } from './qr-code-svg.js';

export interface FilingPageFacts {
  filing: PublicFiling;
  provinceName: string;
  others: PublicFiling[];
  /** The deployment's public URL, for the QR code of the page's address. */
  publicUrl: string;
}

/** Where a filing's signed credential is served. */
export function credentialPath(number: string): string {
  return `/api/v1/public/filings/${encodeURIComponent(number)}/credential`;
}

function verifyCard(number: string, publicUrl: string, t: Record<PublicPageMessageKey, string>): SafeHtml {
  const base = publicUrl.replace(/\/+$/, '');
  const pageUrl = `${base}${filingPagePath(number)}`;
  return html`<section class="card verify" aria-labelledby="verify-title">
<h2 id="verify-title">${t.verifyTitle}</h2>
<div class="verify-row">${qrCodeSvg(pageUrl, { size: 148, label: t.qrLabel })}<div class="verify-text">
<p>${t.verifyText}</p>
<p class="verify-links"><a href="${credentialPath(number)}" download="${number}.jwt" type="application/jwt">${t.credentialLink}</a> <a href="/.well-known/jwks.json">${t.keysLink}</a></p>
<p class="muted verify-command">${t.verifyCommand}: <code>beian verify-credential ${number}.jwt --jwks ${base}/.well-known/jwks.json</code></p>
</div></div>
</section>`;
}

/** The URL of a filing's public page (the number URL-encoded as one path segment). */
export function filingPagePath(number: string, lang: PageLanguage = 'zh'): string {
  return `/filings/${encodeURIComponent(number)}${lang === 'en' ? '?lang=en' : ''}`;
}

function layout(lang: PageLanguage, title: string, otherLanguageHref: string, body: SafeHtml): string {
  const t = publicPageMessages[lang];
  return html`<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${publicPageStyle}</style>
</head>
<body>
<header class="bar"><a class="brand" href="${lang === 'en' ? '/?lang=en' : '/'}">${t.siteName}</a><a class="lang" href="${otherLanguageHref}" hreflang="${lang === 'en' ? 'zh-CN' : 'en'}" title="${t.otherLanguageLabel}">${t.otherLanguage}</a></header>
<main>
${body}
<form class="search" action="/filings" method="get" role="search">
<label for="q">${t.searchLabel}</label>
<div class="row"><input id="q" name="number" placeholder="${t.searchPlaceholder}" required maxlength="64">${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}<button type="submit">${t.searchButton}</button></div>
</form>
</main>
<footer>${t.footer}</footer>
</body>
</html>
`.value;
}

function statusBadges(filing: PublicFiling, t: Record<PublicPageMessageKey, string>): SafeHtml {
  const badges = [html`<span class="badge ${filing.status}">${t[`status.${filing.status}`]}</span>`];
  if (filing.accessLimited) badges.push(html`<span class="badge limited">${t['status.accessLimited']}</span>`);
  if (filing.shell) badges.push(html`<span class="badge limited">${t['status.shell']}</span>`);
  return html`${badges}`;
}

/** A filing's public page: complete HTML that reads without JavaScript. */
export function renderFilingPage(facts: FilingPageFacts, lang: PageLanguage): string {
  const t = publicPageMessages[lang];
  const { filing, provinceName, others, publicUrl } = facts;
  const nature = lang === 'en' ? filing.subjectNature.en : filing.subjectNature.zh;
  const rows: Array<[string, SafeHtml | string]> = [
    [t.number, html`<strong class="number">${filing.number}</strong>`],
    [t.status, statusBadges(filing, t)],
  ];
  if (filing.kind === 'service') {
    rows.push([t.serviceName, filing.serviceName ?? '']);
    rows.push([t.serviceType, filing.serviceType ? t[`type.${filing.serviceType}`] : '']);
  }
  rows.push([t.subjectName, filing.subjectName]);
  rows.push([t.subjectNature, nature]);
  if (filing.kind === 'service') rows.push([t.subjectNumber, html`<a href="${filingPagePath(filing.subjectNumber, lang)}">${filing.subjectNumber}</a>`]);
  rows.push([t.province, provinceName]);
  rows.push([t.approvalDate, filing.approvalDate]);
  const otherList = others.length
    ? html`<ul class="others">${others.map(
        (o) => html`<li><a href="${filingPagePath(o.number, lang)}">${o.serviceName ?? o.number}</a> <span class="muted">${o.serviceType ? t[`type.${o.serviceType}`] : ''} · ${o.number}</span></li>`,
      )}</ul>`
    : html`<p class="muted">${t.noOtherServices}</p>`;
  const body = html`<section class="card" aria-labelledby="filing-title">
<h1 id="filing-title">${filing.kind === 'service' ? (filing.serviceName ?? t.filingTitle) : filing.subjectName}</h1>
<dl>${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>
</section>
${verifyCard(filing.number, publicUrl, t)}
<section class="card" aria-labelledby="others-title">
<h2 id="others-title">${t.otherServices}</h2>
${otherList}
</section>`;
  const title = `${filing.number} · ${t.siteName}`;
  return layout(lang, title, filingPagePath(filing.number, lang === 'en' ? 'zh' : 'en'), body);
}

/** The answer for a number nobody filed (or a malformed one). */
export function renderFilingNotFoundPage(number: string, lang: PageLanguage): string {
  const t = publicPageMessages[lang];
  const body = html`<section class="card" aria-labelledby="nf-title">
<h1 id="nf-title">${t.notFoundTitle}</h1>
<p>${t.notFoundText.replace('{number}', number)}</p>
<p><a href="${lang === 'en' ? '/?lang=en' : '/'}">${t.backHome}</a></p>
</section>`;
  return layout(lang, `${t.notFoundTitle} · ${number}`, filingPagePath(number, lang === 'en' ? 'zh' : 'en'), body);
}
