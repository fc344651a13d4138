import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../domain/form/safe-text.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import { applicationKinds } from '../../domain/form/application-body.js';
import { draftApplicationBody } from '../../domain/form/draft-application-body.js';
import { applicationStates } from '../../domain/lifecycle/application-states.js';
import { returnReason } from '../../domain/precheck/index.js';
import { bureauApprove } from '../../flows/bureau-approve.js';
import { createApplication } from '../../flows/create-application.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { providerApprove } from '../../flows/provider-approve.js';
import { returnApplication } from '../../flows/return-application.js';
import { resendSmsCode } from '../../flows/sms/resend-sms-code.js';
import { submitApplication } from '../../flows/submit-application.js';
import { updateApplication } from '../../flows/update-application.js';
import { withdrawApplication } from '../../flows/withdraw-application.js';
import type { Config } from '../../config/config.js';
import { applicationHistory, countVisibleApplications, findVisibleApplication, listVisibleApplications } from '../../store/application-queries.js';
import { serviceTypes } from '../../domain/form/service-form.js';
import { resolvePartyCodes } from '../../store/party-references.js';
import { errorResponses } from '../error-schema.js';
import { presentApplication } from '../presenters/application-view.js';
import { flowOptions, requirePrincipal } from '../request-context.js';
import type { Principal } from '../auth/authenticate.js';
import type { WorkingDayCalendar } from '../../domain/calendar/index.js';
import type { FlowOptions } from '../../flows/run-flow.js';
import type { Database } from '../../store/schema.js';

const idParams = z.object({ id: z.string().uuid() });
/** If-Match as sent back from an ETag ("3", W/"3") or as the bare version (3). */
const IF_MATCH = /^(?:W\/)?"?(\d{1,9})"?$/;
const etagOf = (application: Record<string, unknown>) => `"${String(application.version)}"`;
const noteBody = z.strictObject({ note: safeText({ max: 1000, multiline: true }).optional() }).default({});
const reasonsShape = 'expected { "reasons": [{ "code": rule code or "OTHER", "path": field path, "note": text }] }';
const reasonsBody = z.strictObject({ reasons: z.array(returnReason, { error: reasonsShape }).min(1).max(50) }, { error: reasonsShape });
const applicationView = z.record(z.string(), z.unknown());

/** Applications: create, edit, list, read, and every lifecycle action — the contract providers' systems build on. */
export async function applicationRoutes(app: FastifyInstance, { deps, config }: { deps: FlowDeps; config: Config }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const present = async (db: Kysely<Database>, principal: Principal, id: string, calendar: WorkingDayCalendar) => {
    const application = await findVisibleApplication(db, principal.actor, id);
    if (!application) throw new BeianError('NOT_FOUND', { path: 'params.id' });
    return presentApplication(application, principal.actor, calendar, config.policy, deps.now());
  };
  const view = async (principal: Principal, id: string) => present(deps.db, principal, id, await deps.calendar.get());

  /**
   * Runs a write and answers with the application as it stands after it, with its version as the ETag. With an
   * Idempotency-Key the answer is built in the write's transaction and kept: a retry, however late, gets it back as it was.
   */
  const answer = async (
    request: FastifyRequest,
    reply: FastifyReply,
    principal: Principal,
    status: number,
    run: (options: FlowOptions) => Promise<unknown>,
    applicationId?: string,
  ) => {
    const calendar = await deps.calendar.get();
    const options = flowOptions(request, principal);
    const idOf = (result: unknown) => applicationId ?? (result as { applicationId: string }).applicationId;
    if (options.idempotency) options.idempotency.answer = async (trx, result) => ({ status, body: await present(trx, principal, idOf(result), calendar) });
    const result = await run(options);
    const kept = options.idempotency?.kept;
    const body = kept ? (kept.body as Record<string, unknown>) : await present(deps.db, principal, idOf(result), calendar);
    return reply.status(kept?.status ?? status).header('etag', etagOf(body)).send(body);
  };

  r.post(
    '/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Create a draft application of any kind; the body may be half-filled (each field present is checked; submit requires the whole form)',
        body: draftApplicationBody,
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        response: { 201: applicationView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['applicant', 'provider']);
      const body = await resolvePartyCodes(deps.db, request.body);
      return answer(request, reply, principal, 201, (options) => createApplication(deps, principal.actor, body, options));
    },
  );

  r.get(
    '/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Applications visible to the caller, most recently changed first (or earliest deadline first), filtered',
        querystring: z.object({
          state: z.enum(applicationStates).optional(),
          kind: z.enum(applicationKinds).optional(),
          province: z.string().regex(/^\d{6}$/, 'a six-digit division code').optional().describe("the subject's province"),
          type: z.enum(serviceTypes).optional().describe('any of the services is of this type'),
          q: safeText({ min: 1, max: 60 }).optional().describe("part of the subject's or a service's name"),
          order: z.enum(['updated', 'deadline']).default('updated').describe('`deadline`: earliest stage deadline first'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).max(100_000).default(0),
        }),
        response: { 200: z.object({ items: z.array(applicationView), total: z.number().int() }), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const { type, ...query } = request.query;
      const filter = { ...query, serviceType: type };
      const [rows, total] = await Promise.all([listVisibleApplications(deps.db, principal.actor, filter), countVisibleApplications(deps.db, principal.actor, filter)]);
      const calendar = await deps.calendar.get();
      return { items: rows.map((row) => presentApplication(row, principal.actor, calendar, config.policy, deps.now())), total };
    },
  );

  r.get(
    '/applications/:id',
    {
      schema: {
        tags: ['applications'],
        summary: 'One application with its allowed actions (ETag: its version, for If-Match on PUT)',
        params: idParams,
        response: { 200: applicationView, ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const body = await view(requirePrincipal(request), request.params.id);
      return reply.header('etag', etagOf(body)).send(body);
    },
  );

  r.get(
    '/applications/:id/history',
    {
      schema: {
        tags: ['applications'],
        summary: 'Every recorded step of an application',
        params: idParams,
        response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }), ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      await view(principal, request.params.id);
      const rows = await applicationHistory(deps.db, request.params.id);
      return { items: rows.map((row) => ({ seq: row.seq, at: row.at.toISOString(), actorRole: row.actor_role, action: row.action, from: row.from_state, to: row.to_state, reason: row.reason })) };
    },
  );

  r.put(
    '/applications/:id',
    {
      schema: {
        tags: ['applications'],
        summary: 'Replace the body of a draft or returned application, half-filled or whole; If-Match (its ETag or version) is required',
        params: idParams,
        body: draftApplicationBody,
        headers: z.object({ 'if-match': z.string().regex(IF_MATCH).optional() }),
        response: { 200: applicationView, ...errorResponses(400, 401, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['applicant', 'provider']);
      const ifMatch = request.headers['if-match'];
      if (ifMatch === undefined) throw new BeianError('PRECONDITION_REQUIRED', { path: 'headers.if-match' });
      const expectedVersion = Number(IF_MATCH.exec(ifMatch)![1]);
      const body = await resolvePartyCodes(deps.db, request.body);
      return answer(request, reply, principal, 200, (options) => updateApplication(deps, principal.actor, { applicationId: request.params.id, body, expectedVersion }, options), request.params.id);
    },
  );

  const action = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (principal: Principal, id: string, body: z.output<S>, options: FlowOptions) => Promise<unknown>,
  ) =>
    r.post(
      `/applications/:id/${path}`,
      { schema: { tags: ['applications'], summary, params: idParams, body, response: { 200: applicationView, ...errorResponses(400, 401, 403, 404, 409, 422, 429) } } },
      async (request, reply) => {
        const principal = requirePrincipal(request);
        return answer(request, reply, principal, 200, (options) => run(principal, request.params.id, (request.body ?? {}) as z.output<S>, options), request.params.id);
      },
    );

  action('submit', 'Submit for initial review (runs the pre-check)', noteBody, (p, id, _b, o) => submitApplication(deps, p.actor, { applicationId: id }, o));
  action('provider-approve', 'Pass initial review; SMS codes go out', noteBody, (p, id, b, o) =>
    providerApprove(deps, p.actor, { applicationId: id, ...(b.note ? { note: b.note } : {}) }, o),
  );
  action('provider-return', 'Return after initial review, with catalogued reasons', reasonsBody, (p, id, b, o) =>
    returnApplication(deps, p.actor, { applicationId: id, by: 'provider', reasons: b.reasons }, o),
  );
  action('bureau-approve', 'Approve at the bureau; numbers are issued', noteBody, (p, id, b, o) =>
    bureauApprove(deps, p.actor, { applicationId: id, ...(b.note ? { note: b.note } : {}) }, o),
  );
  action('bureau-return', 'Return from the bureau, with catalogued reasons', reasonsBody, (p, id, b, o) =>
    returnApplication(deps, p.actor, { applicationId: id, by: 'bureau', reasons: b.reasons }, o),
  );
  const withdrawBody = z.strictObject({ reason: safeText({ max: 500, multiline: true }).optional() }).default({});
  action('withdraw', 'Withdraw the application', withdrawBody, (p, id, b, o) =>
    withdrawApplication(deps, p.actor, { applicationId: id, ...(b.reason ? { reason: b.reason } : {}) }, o),
  );
  action('sms/resend', 'Send fresh codes to the persons who have not confirmed', noteBody, (p, id) => resendSmsCode(deps, p.actor, { applicationId: id }));
}
