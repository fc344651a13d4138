import { logFailure } from '../error-handler.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import { isBeianError } from '../../domain/errors/beian-error.js';
import { packageRoot } from '../../runtime/package-root.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { resendSmsCodeToPhone } from '../../flows/sms/resend-sms-code-to-phone.js';
import { submitSmsCode } from '../../flows/sms/submit-sms-code.js';
import type { SmsVerifyOutcome } from '../../flows/sms/verify-sms-code.js';
import { smsEntryFields } from '../routes/sms-routes.js';
import { pageLanguage, type PageLanguage } from './page-language.js';
import { renderVerifyPage, type VerifyField, type VerifyNotice, type VerifyPageModel } from './verify-page-html.js';
import { verifyPageText } from './verify-page-text.js';

/** The page's own files, in the sources of the package that is running (bundled or not). */
const own = join(packageRoot(), 'src', 'http', 'pages', 'assets');
const altchaRoot = join(dirname(createRequire(import.meta.url).resolve('altcha')), '..', '..');

/** The page's own files and the ALTCHA widget's strict-CSP build (styles and workers as files, nothing inline). */
const assets: Record<string, { file: string; type: string }> = {
  'verify.css': { file: join(own, 'verify.css'), type: 'text/css; charset=utf-8' },
  'verify.js': { file: join(own, 'verify.js'), type: 'text/javascript; charset=utf-8' },
  'altcha/altcha.js': { file: join(altchaRoot, 'dist', 'external', 'altcha.min.js'), type: 'text/javascript; charset=utf-8' },
  'altcha/altcha.css': { file: join(altchaRoot, 'dist', 'external', 'altcha.css'), type: 'text/css; charset=utf-8' },
  'altcha/zh-cn.js': { file: join(altchaRoot, 'dist', 'i18n', 'zh-cn.js'), type: 'text/javascript; charset=utf-8' },
  'altcha/pbkdf2.js': { file: join(altchaRoot, 'dist', 'workers', 'pbkdf2.js'), type: 'text/javascript; charset=utf-8' },
};

const form = z.object({ lang: z.string().optional(), ...smsEntryFields });
const resendForm = z.object({ lang: z.string().optional(), phone: smsEntryFields.phone });

function waitSeconds(details: Record<string, unknown> | undefined, fallback: number): number {
  return typeof details?.retryAfterSeconds === 'number' ? details.retryAfterSeconds : fallback;
}

/** A refused resend, in words, with the wait when there is one. */
function resendRefusal(lang: PageLanguage, error: unknown, interval: number): { notice: VerifyNotice; wait?: number } | undefined {
  if (!isBeianError(error)) return undefined;
  const t = verifyPageText[lang];
  switch (error.code) {
    case 'SMS_NO_PENDING_CODE':
      return { notice: { tone: 'error', body: t.resendNoPending, form: true } };
    case 'SMS_RESEND_TOO_SOON': {
      const wait = waitSeconds(error.details, interval);
      return { notice: { tone: 'warning', body: t.resendTooSoon(wait), form: true }, wait };
    }
    case 'SMS_SEND_LIMIT':
      return { notice: { tone: 'error', body: t.resendLimit, form: true } };
    default:
      return undefined;
  }
}

function minutes(details: Record<string, unknown> | undefined): number {
  const seconds = typeof details?.retryAfterSeconds === 'number' ? details.retryAfterSeconds : 60;
  return Math.max(1, Math.ceil(seconds / 60));
}

function outcomeNotice(lang: PageLanguage, result: SmsVerifyOutcome): { status: number; notice: VerifyNotice } {
  const t = verifyPageText[lang];
  switch (result.outcome) {
    case 'complete':
      return { status: 200, notice: { tone: 'success', ...t.complete, form: false } };
    case 'confirmed':
      return { status: 200, notice: { tone: 'success', title: t.confirmed.title, body: t.confirmed.body(result.remaining), form: false } };
    case 'wrong':
      return { status: 400, notice: { tone: 'warning', title: t.wrong.title, body: t.wrong.body(result.attemptsLeft), form: true } };
    case 'exhausted':
      return { status: 409, notice: { tone: 'error', ...t.exhausted, form: false } };
    case 'expired':
      return { status: 409, notice: { tone: 'error', ...t.expired, form: false } };
  }
}

function refusalNotice(lang: PageLanguage, error: unknown): VerifyNotice | undefined {
  if (!isBeianError(error)) return undefined;
  const t = verifyPageText[lang];
  const notice = (body: string, tone: VerifyNotice['tone'] = 'error'): VerifyNotice => ({ tone, body, form: true });
  switch (error.code) {
    case 'SMS_NO_PENDING_CODE':
      return notice(t.noPendingCode);
    case 'SMS_VERIFY_PHONE_LIMITED':
      return notice(t.phoneLimited(minutes(error.details)));
    case 'RATE_LIMITED':
      return notice(t.addressLimited(minutes(error.details)));
    case 'PROOF_OF_WORK_REQUIRED':
      return notice(t.powRequired(minutes(error.details)), 'warning');
    case 'PROOF_OF_WORK_INVALID':
      return notice(t.powInvalid, 'warning');
    default:
      return undefined;
  }
}

/**
 * `GET /verify` and `POST /verify`: the page the SMS names, where a responsible person confirms with the phone, the
 * code and the last six characters of the certificate number. Server-rendered HTML, a plain form POST, no inline
 * script; the proof-of-work widget is loaded from this origin and only needed once a limit asks for it.
 */
export async function verifyPageRoutes(app: FastifyInstance, { deps, config }: { deps: FlowDeps; config: Config }): Promise<void> {
  const policy = deps.policy;
  const send = (reply: FastifyReply, status: number, model: Omit<VerifyPageModel, 'policy'>) =>
    reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(renderVerifyPage({ ...model, policy }));

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  // Failures on these routes (the address rate limit included) answer as the page, in the page's language.
  app.setErrorHandler((error, request, reply) => {
    const body = request.body as Record<string, unknown> | undefined;
    const lang = pageLanguage(body?.lang ?? (request.query as Record<string, unknown> | undefined)?.lang, request.headers['accept-language']);
    const notice = refusalNotice(lang, error);
    if (notice && isBeianError(error)) return send(reply, error.status, { lang, notice });
    // A request the server could not read (too large, another content type) is the client's; anything else is ours.
    const clientStatus = typeof (error as { statusCode?: unknown }).statusCode === 'number' ? (error as { statusCode: number }).statusCode : 500;
    const status = isBeianError(error) ? error.status : clientStatus >= 400 && clientStatus < 500 ? clientStatus : 500;
    // By code and route only: the error may carry what the person typed.
    if (status >= 500) logFailure(request, error);
    return send(reply, status, { lang, notice: { tone: 'error', body: verifyPageText[lang].failure, form: true } });
  });

  app.get('/verify', { schema: { hide: true } }, async (request, reply) => {
    const lang = pageLanguage((request.query as Record<string, unknown>).lang, request.headers['accept-language']);
    return send(reply, 200, { lang });
  });

  app.post('/verify', { schema: { hide: true }, config: { rateLimit: { max: config.rateLimits.smsVerify, timeWindow: 60_000 } } }, async (request, reply) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const lang = pageLanguage(raw.lang, request.headers['accept-language']);
    const phone = typeof raw.phone === 'string' ? raw.phone.slice(0, 20) : '';
    const parsed = form.safeParse(raw);
    if (!parsed.success) {
      const invalid = verifyPageText[lang].invalid;
      const fieldErrors: Partial<Record<VerifyField, string>> = {};
      for (const issue of parsed.error.issues) {
        const name = issue.path[0];
        if (name === 'phone' || name === 'code' || name === 'certificateTail') fieldErrors[name] = invalid[name];
      }
      return send(reply, 400, { lang, phone, fieldErrors });
    }
    const { altcha, lang: _lang, ...entry } = parsed.data;
    try {
      const result = await submitSmsCode(deps, { ...entry, clientAddress: request.ip, proofOfWork: altcha });
      const { status, notice } = outcomeNotice(lang, result);
      return send(reply, status, { lang, notice, phone });
    } catch (error) {
      const notice = refusalNotice(lang, error);
      if (!notice || !isBeianError(error)) throw error;
      return send(reply, error.status, { lang, notice, phone });
    }
  });

  app.post('/verify/resend', { schema: { hide: true }, config: { rateLimit: { max: config.rateLimits.smsVerify, timeWindow: 60_000 } } }, async (request, reply) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const lang = pageLanguage(raw.lang, request.headers['accept-language']);
    const phone = typeof raw.phone === 'string' ? raw.phone.slice(0, 20) : '';
    const parsed = resendForm.safeParse(raw);
    if (!parsed.success) return send(reply, 400, { lang, phone, fieldErrors: { phone: verifyPageText[lang].invalid.phone } });
    try {
      const result = await resendSmsCodeToPhone(deps, { phone: parsed.data.phone });
      const t = verifyPageText[lang];
      const notice: VerifyNotice = { tone: 'success', title: t.resent.title, body: t.resent.body(result.nextAfterSeconds, result.sendsLeft), form: true };
      return send(reply, 200, { lang, notice, phone, resendWaitSeconds: result.sendsLeft > 0 ? result.nextAfterSeconds : undefined });
    } catch (error) {
      const refusal = resendRefusal(lang, error, policy.smsResendIntervalSeconds);
      if (!refusal || !isBeianError(error)) throw error;
      return send(reply, error.status, { lang, notice: refusal.notice, phone, resendWaitSeconds: refusal.wait });
    }
  });

  for (const [name, asset] of Object.entries(assets)) {
    const content = readFileSync(asset.file);
    app.get(`/verify/assets/${name}`, { schema: { hide: true } }, async (_request, reply) =>
      reply.header('content-type', asset.type).header('cache-control', 'public, max-age=3600').send(content),
    );
  }
}
