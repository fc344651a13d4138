import { html, SafeHtml } from '../pages/html.js';
import { demoBanner } from './demo-banner.js';

/** One message as the developer inbox lists it. */
export interface DevInboxEntry {
  createdAt: Date;
  channel: string;
  recipient: string;
  body: string;
  /** The verification code an SMS carries, when it carries one. */
  code?: string | undefined;
  /** Whom a verification SMS asks to confirm (the challenge's roles: main, service:<name>). */
  roles?: readonly string[] | undefined;
}

/** A confirmer's role in both languages: the subject's main responsible person, or a service's. */
function roleText(role: string): string {
  if (role === 'main') return '主体负责人 · Main responsible person';
  const service = /^service:(.+)$/.exec(role)?.[1];
  return service ? `服务负责人（${service}）· Responsible person of ${service}` : '服务负责人 · Service responsible person';
}

const style = `
body{margin:0;font:14px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f1f1f;background:#f5f7fa}
main{max-width:1100px;margin:16px auto;padding:0 16px}
h1{font-size:20px;margin:8px 0}
p{margin:4px 0 12px;color:#434343}
.table{overflow-x:auto;background:#fff;border:1px solid #e5e8ef;border-radius:8px}
table{border-collapse:collapse;width:100%}
caption{text-align:left;padding:10px 12px;font-weight:600}
th,td{border-top:1px solid #f0f0f0;padding:8px 12px;text-align:left;vertical-align:top}
th{background:#fafafa;font-weight:600;white-space:nowrap}
td.to,td.time{white-space:nowrap}
td.code{font:600 18px/1.3 ui-monospace,Menlo,Consolas,monospace;letter-spacing:2px;white-space:nowrap}
td.text{min-width:18em;word-break:break-word;color:#434343}
.label{display:none}
@media (max-width:700px){
  main{padding:0 8px}
  table,caption,tbody,tr,td{display:block}
  thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  tr{border-top:1px solid #e5e8ef;padding:6px 0}
  td{border:0;padding:3px 12px}
  td.text{min-width:0}
  td.code .value{font-size:20px}
  .label{display:inline-block;min-width:7.5em;margin-right:8px;color:#595959;font:13px/1.5 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;letter-spacing:0}
}
a{color:#0958d9}
`;

const columns = {
  to: html`收件人 <span lang="en">To</span>`,
  for: html`核验人 <span lang="en">For</span>`,
  code: html`验证码 <span lang="en">Code</span>`,
  time: html`时间 <span lang="en">Time</span> (UTC)`,
  channel: html`渠道 <span lang="en">Channel</span>`,
  text: html`内容 <span lang="en">Text</span>`,
};

/** A cell that names its column on a narrow screen, where the rows stack as cards. */
function cell(column: keyof typeof columns, content: SafeHtml | string): SafeHtml {
  return html`<td class="${column}"><span class="label" aria-hidden="true">${columns[column]}</span><span class="value">${content}</span></td>`;
}

function row(entry: DevInboxEntry): SafeHtml {
  return html`<tr>
      ${cell('to', entry.recipient)}
      ${cell('for', html`${(entry.roles ?? []).map((r, i) => html`${i > 0 ? html`<br>` : ''}${roleText(r)}`)}`)}
      ${cell('code', entry.code ?? '')}
      ${cell('time', html`<time datetime="${entry.createdAt.toISOString()}">${entry.createdAt.toISOString().replace('T', ' ').slice(0, 19)}</time>`)}
      ${cell('channel', entry.channel === 'sms' ? '短信 SMS' : entry.channel === 'email' ? '邮件 E-mail' : entry.channel)}
      ${cell('text', entry.body)}
    </tr>`;
}

/**
 * The developer inbox (demo mode only): what was "sent", newest first. A verification SMS shows its code on its own
 * and whom it asks to confirm, so a person trying the demo finds the code for each phone at a glance.
 */
export function renderDevInboxPage(entries: readonly DevInboxEntry[]): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>开发收件箱 · Developer inbox</title>
<style>${new SafeHtml(style)}</style>
</head>
<body>
${new SafeHtml(demoBanner())}
<main>
  <h1>开发收件箱 · <span lang="en">Developer inbox</span></h1>
  <p>演示模式下"发送"的短信和邮件，最新的在前。负责人在 <a href="/verify">/verify</a> 用收到短信的手机号码、验证码和本人证件号码后六位完成核验。 · <span lang="en">Messages "sent" in demo mode, newest first. Responsible persons confirm at <a href="/verify?lang=en">/verify</a> with the phone the SMS went to, its code and the last six characters of their own certificate number.</span></p>
  <p><a href="/dev/inbox">刷新 · <span lang="en">Refresh</span></a></p>
  <div class="table" role="region" aria-labelledby="messages" tabindex="0">
  <table>
    <caption id="messages">${entries.length} 条消息 · <span lang="en">${entries.length} ${entries.length === 1 ? 'message' : 'messages'}</span></caption>
    <thead><tr>${Object.values(columns).map((name) => html`<th scope="col">${name}</th>`)}    </tr></thead>
    <tbody>
    ${entries.map(row)}
    </tbody>
  </table>
  </div>
</main>
</body>
</html>
`.value;
}
