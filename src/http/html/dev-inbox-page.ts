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
a{color:#0958d9}
`;

function row(entry: DevInboxEntry): SafeHtml {
  return html`<tr>
      <td class="time"><time datetime="${entry.createdAt.toISOString()}">${entry.createdAt.toISOString().replace('T', ' ').slice(0, 19)}</time></td>
      <td>${entry.channel === 'sms' ? '短信 SMS' : entry.channel === 'email' ? '邮件 E-mail' : entry.channel}</td>
      <td class="to">${entry.recipient}</td>
      <td class="for">${(entry.roles ?? []).map((r, i) => html`${i > 0 ? html`<br>` : ''}${roleText(r)}`)}</td>
      <td class="code">${entry.code ?? ''}</td>
      <td class="text">${entry.body}</td>
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
    <thead><tr>
      <th scope="col">时间 <span lang="en">Time</span> (UTC)</th>
      <th scope="col">渠道 <span lang="en">Channel</span></th>
      <th scope="col">收件人 <span lang="en">To</span></th>
      <th scope="col">核验人 <span lang="en">For</span></th>
      <th scope="col">验证码 <span lang="en">Code</span></th>
      <th scope="col">内容 <span lang="en">Text</span></th>
    </tr></thead>
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
