import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../domain/form/safe-text.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import { applicationBody, applicationKinds } from '../../domain/form/application-body.js';
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
import { applicationHistory, findVisibleApplication, listVisibleApplications } from '../../store/application-queries.js';
import { errorResponses } from '../error-schema.js';
import { presentApplication } from '../presenters/application-view.js';
import { flowOptions, requirePrincipal } from '../request-context.js';
import type { Principal } from '../auth/authenticate.js';

const idParams = z.object({ id: z.string().uuid() });
const noteBody = z.strictObject({ note: safeText({ max: 1000, multiline: true }).optional() }).default({});
const reasonsBody = z.strictObject({ reasons: z.array(returnReason).min(1).max(50) });
const applicationView = z.record(z.string(), z.unknown());

/** Applications: create, edit, list, read, and every lifecycle action — the contract providers' systems build on. */
export async function applicationRoutes(app: FastifyInstance, { deps, config }: { deps: FlowDeps; config: Config }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const view = async (principal: Principal, id: string) => {
    const application = await findVisibleApplication(deps.db, principal.actor, id);
    if (!application) throw new BeianError('NOT_FOUND', { path: 'params.id' });
    return presentApplication(application, principal.actor, await deps.calendar.get(), config.policy);
  };

  r.post(
    '/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Create a draft application of any kind',
        body: applicationBody,
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        response: { 201: applicationView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['applicant', 'provider']);
      const { applicationId } = await createApplication(deps, principal.actor, request.body, flowOptions(request, principal));
      return reply.status(201).send(await view(principal, applicationId));
    },
  );

  r.get(
    '/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Applications visible to the caller, most recently changed first',
        querystring: z.object({
          state: z.enum(applicationStates).optional(),
          kind: z.enum(applicationKinds).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).max(100_000).default(0),
        }),
        response: { 200: z.object({ items: z.array(applicationView) }), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const rows = await listVisibleApplications(deps.db, principal.actor, request.query);
      const calendar = await deps.calendar.get();
      return { items: rows.map((row) => presentApplication(row, principal.actor, calendar, config.policy)) };
    },
  );

  r.get(
    '/applications/:id',
    { schema: { tags: ['applications'], summary: 'One application with its allowed actions', params: idParams, response: { 200: applicationView, ...errorResponses(401, 404) } } },
    async (request) => view(requirePrincipal(request), request.params.id),
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
        summary: 'Replace the body of a draft or returned application (If-Match: its version)',
        params: idParams,
        body: applicationBody,
        headers: z.object({ 'if-match': z.string().regex(/^"?\d+"?$/).optional() }),
        response: { 200: applicationView, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request, ['applicant', 'provider']);
      const ifMatch = request.headers['if-match'];
      await updateApplication(
        deps,
        principal.actor,
        { applicationId: request.params.id, body: request.body, ...(ifMatch ? { expectedVersion: Number(ifMatch.replace(/"/g, '')) } : {}) },
        flowOptions(request, principal),
      );
      return view(principal, request.params.id);
    },
  );

  const action = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (principal: Principal, id: string, body: z.output<S>, options: ReturnType<typeof flowOptions>) => Promise<unknown>,
  ) =>
    r.post(
      `/applications/:id/${path}`,
      { schema: { tags: ['applications'], summary, params: idParams, body, response: { 200: applicationView, ...errorResponses(400, 401, 403, 404, 409, 422, 429) } } },
      async (request) => {
        const principal = requirePrincipal(request);
        await run(principal, request.params.id, (request.body ?? {}) as z.output<S>, flowOptions(request, principal));
        return view(principal, request.params.id);
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
