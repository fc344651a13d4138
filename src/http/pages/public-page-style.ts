/** The public pages' whole style sheet, inlined so a page is one request (the CSP admits inline styles). */
export const publicPageStyle = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:#1f1f1f;background:#f5f7fa}
.bar{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#003a8c;color:#fff}
.bar a{color:#fff;text-decoration:none}.brand{font-weight:600;font-size:17px}.lang{border:1px solid rgba(255,255,255,.6);border-radius:4px;padding:2px 10px}
main{max-width:880px;margin:24px auto;padding:0 16px}
.card{background:#fff;border:1px solid #e5e8ef;border-radius:8px;padding:20px 24px;margin-bottom:16px}
h1{font-size:22px;margin:0 0 16px}h2{font-size:17px;margin:0 0 12px}
dl{margin:0;display:grid;grid-template-columns:1fr;gap:0}
dl div{display:grid;grid-template-columns:10em 1fr;border-top:1px solid #f0f0f0;padding:10px 0}
dt{color:#595959}dd{margin:0;word-break:break-all}
.number{font-size:17px}
.badge{display:inline-block;padding:0 8px;border-radius:4px;font-size:13px;margin-right:6px;border:1px solid}
.badge.active{color:#135200;background:#f6ffed;border-color:#b7eb8f}
.badge.cancelled,.badge.revoked{color:#a8071a;background:#fff1f0;border-color:#ffa39e}
.badge.limited{color:#873800;background:#fff7e6;border-color:#ffd591}
.others{margin:0;padding-left:20px}.others li{margin:4px 0}
.muted{color:#595959}
a{color:#0958d9}
.search{background:#fff;border:1px solid #e5e8ef;border-radius:8px;padding:16px 24px}
.search label{display:block;margin-bottom:6px;font-weight:600}
.search .row{display:flex;gap:8px}
.search input{flex:1;min-width:0;padding:8px 10px;font-size:15px;border:1px solid #d9d9d9;border-radius:6px}
.search button{padding:8px 18px;font-size:15px;border:0;border-radius:6px;background:#0958d9;color:#fff;cursor:pointer}
footer{max-width:880px;margin:0 auto 32px;padding:0 16px;color:#595959;font-size:13px}
.verify-row{display:flex;gap:20px;align-items:flex-start}.qr{flex:none;border:1px solid #e5e8ef}
.verify-text{min-width:0}.verify-text p{margin:0 0 8px}.verify-links a{margin-right:16px;white-space:nowrap}
.verify-command code{font-size:12px;word-break:break-all}
@media (max-width:600px){dl div{grid-template-columns:1fr}.bar{padding:12px 16px}main{margin-top:16px}.card{padding:16px}.verify-row{flex-direction:column;align-items:center}}
`;
