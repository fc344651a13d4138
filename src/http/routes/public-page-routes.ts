import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseFilingNumber } from '../../domain/numbers/parse-filing-number.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { contentEtag, notModified } from '../content-etag.js';
import { findFilingByNumber } from '../../store/public-filings.js';
import { otherServicesOfSubject } from '../../store/public-subject-services.js';
import { pageLanguage } from '../pages/page-language.js';
import { filingPagePath, renderFilingNotFoundPage, renderFilingPage } from '../pages/public-filing-page.js';
import { presentPublicFiling } from '../presenters/public-filing.js';

/** Public pages are cached by browsers and proxies for a few minutes; a status change shows within that time. */
const FOUND_CACHE = 'public, max-age=300';
const NOT_FOUND_CACHE = 'public, max-age=60';

function sendHtml(request: FastifyRequest, reply: FastifyReply, status: number, body: string, cacheControl: string) {
  const etag = contentEtag(body);
  reply.header('cache-control', cacheControl).header('etag', etag).header('vary', 'accept-encoding');
  if (notModified(request.headers['if-none-match'], etag)) return reply.status(304).send();
  return reply.status(status).type('text/html; charset=utf-8').send(body);
}

/**
 * The filing's public page, `/filings/{number}` — the page an app's "备案号" link points to — answered as complete
 * HTML that reads without JavaScript, with a `<title>` naming the number and cache headers.
 */
export async function publicPageRoutes(app: FastifyInstance, { deps, publicUrl }: { deps: FlowDeps; publicUrl: string }): Promise<void> {
  app.get<{ Params: { number: string }; Querystring: { lang?: string } }>('/filings/:number', { schema: { hide: true } }, async (request, reply) => {
    const lang = pageLanguage(request.query.lang, undefined);
    const requested = request.params.number.trim().slice(0, 64);
    const parsed = parseFilingNumber(requested, deps.regions);
    const row = parsed.valid ? await findFilingByNumber(deps.db, parsed.number.text) : undefined;
    if (!row) return sendHtml(request, reply, 404, renderFilingNotFoundPage(requested, lang), NOT_FOUND_CACHE);
    if (row.number !== requested) return reply.redirect(filingPagePath(row.number, lang), 301);
    const filing = presentPublicFiling(row);
    const others = (await otherServicesOfSubject(deps.db, row.id)).map(presentPublicFiling);
    const region = deps.regions.byCode(filing.province);
    const provinceName = region ? (lang === 'en' ? region.name.en : region.name.zh) : filing.province;
    return sendHtml(request, reply, 200, renderFilingPage({ filing, others, provinceName, publicUrl }, lang), FOUND_CACHE);
  });

  // The search form on the public pages works without JavaScript: it lands here and is sent to the number's page.
  app.get<{ Querystring: { number?: string; lang?: string } }>('/filings', { schema: { hide: true } }, async (request, reply) => {
    const number = String(request.query.number ?? '').trim().slice(0, 64);
    const lang = pageLanguage(request.query.lang, undefined);
    return reply.redirect(number ? filingPagePath(number, lang) : lang === 'en' ? '/?lang=en' : '/', 303);
  });
}
