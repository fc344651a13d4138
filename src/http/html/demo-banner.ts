/** Marks the banner so that a page that placed it itself does not get a second one. */
export const DEMO_BANNER_MARK = 'data-beian-demo-banner';

/**
 * The strip every server-rendered page shows in demo mode: the data are invented, the passwords published, the SMS
 * "sent" land in the developer inbox. Plain HTML with inline styles, readable without JavaScript.
 */
export function demoBanner(): string {
  return (
    `<div ${DEMO_BANNER_MARK} role="note" style="background:#fff3cd;color:#5c4400;border-bottom:1px solid #e0c36a;padding:6px 12px;font:14px/1.5 system-ui,sans-serif">` +
    '演示模式：数据均为虚构，演示账号的密码是公开的，短信验证码显示在 <a href="/dev/inbox">开发收件箱</a>，请勿填写真实信息。' +
    ' · Demo mode: the data are invented, the demo passwords are public and SMS codes appear in the <a href="/dev/inbox">developer inbox</a>; do not enter real information.' +
    '</div>'
  );
}

/** The page with the demo banner right after its opening <body> tag (or at its start), unless it has one already. */
export function withDemoBanner(html: string): string {
  if (html.includes(DEMO_BANNER_MARK)) return html;
  const body = /<body\b[^>]*>/i.exec(html);
  if (body) return html.slice(0, body.index + body[0].length) + demoBanner() + html.slice(body.index + body[0].length);
  const head = /^\s*(<!doctype[^>]*>)?\s*(<html\b[^>]*>)?(\s*<meta\b[^>]*>)*(\s*<title>[^<]*<\/title>)?/i.exec(html);
  const at = head ? head[0].length : 0;
  return html.slice(0, at) + demoBanner() + html.slice(at);
}
