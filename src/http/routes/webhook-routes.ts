import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BeianError } from '../../domain/errors/beian-error.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { createWebhook } from '../../flows/webhooks/create-webhook.js';
import { deleteWebhook } from '../../flows/webhooks/delete-webhook.js';
import { replayDelivery } from '../../flows/webhooks/replay-delivery.js';
import { partyWebhookExists, partyWebhooks, webhookDeliveries, webhookDelivery, type DeliveryRow } from '../../flows/webhooks/webhook-queries.js';
import { filingEventTypes } from '../../store/filing-events.js';
import { requireScope } from '../auth/require-scope.js';
import { errorResponses } from '../error-schema.js';
import { decodeInstantCursor, encodeInstantCursor } from '../paging/instant-cursor.js';
import { flowOptions, requirePrincipal } from '../request-context.js';

/** An http(s) URL of visible ASCII (internationalised host names in their xn-- form). */
const webhookUrl = z
  .string()
  .max(2000)
  .regex(/^[\x21-\x7e]+$/, 'visible ASCII only (write internationalised host names in their xn-- form)')
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'an http:// or https:// URL');

const eventType = z.enum(filingEventTypes);
const webhookId = z.string().uuid();
const deliveryId = z.string().regex(/^msg_[0-9a-f]{32}$/, 'a delivery id');

const webhookSchema = z.object({ id: z.string(), url: z.string(), eventTypes: z.array(eventType), createdAt: z.string() });
const deliverySchema = z.object({
  id: z.string(),
  eventType: eventType,
  eventCursor: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
const attemptSchema = z.object({ at: z.string(), statusCode: z.number().nullable(), error: z.string().nullable(), durationMs: z.number(), replay: z.boolean() });

function presentDelivery(row: DeliveryRow): z.infer<typeof deliverySchema> {
  return {
    id: row.id,
    eventType: row.event_type as z.infer<typeof eventType>,
    eventCursor: String(row.event_position),
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    lastAttemptAt: row.last_attempt_at?.toISOString() ?? null,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

function afterDelivery(cursor: string) {
  const { at, id } = decodeInstantCursor(cursor, /^msg_[0-9a-f]{32}$/);
  return { createdAt: at, id };
}

/**
 * Subscriptions belong to parties: the caller holds the `webhooks` scope (providers, platforms, app stores, terminal
 * makers, bureaus, the ministry, or their keys carrying it) and works for a party.
 */
function subscriber(request: FastifyRequest) {
  const principal = requirePrincipal(request);
  if (!principal.actor.partyId) throw new BeianError('FORBIDDEN');
  return { principal, partyId: principal.actor.partyId };
}

export async function webhookRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ownWebhook = async (partyId: string, id: string) => {
    if (!(await partyWebhookExists(deps.db, partyId, id))) throw new BeianError('NOT_FOUND', { path: 'params.webhookId' });
  };

  r.post(
    '/webhooks',
    {
      onRequest: requireScope('webhooks'),
      schema: {
        tags: ['webhooks'],
        summary: "Subscribe a URL to filing events (the signing secret is in this answer only)",
        description:
          'Each event is POSTed as `{ type: "filing.<event>", timestamp, data }` and signed per the Standard Webhooks specification: headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_`). Failed deliveries are retried with exponential back-off.',
        body: z.strictObject({ url: webhookUrl, eventTypes: z.array(eventType).min(1).max(filingEventTypes.length) }),
        response: { 201: webhookSchema.extend({ secret: z.string() }), ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { principal } = subscriber(request);
      const created = await createWebhook(deps, principal.actor, request.body, flowOptions(request, principal));
      return reply.status(201).send(created);
    },
  );
  r.get(
    '/webhooks',
    { onRequest: requireScope('webhooks'), schema: { tags: ['webhooks'], summary: "Your organisation's webhook subscriptions", response: { 200: z.object({ items: z.array(webhookSchema) }), ...errorResponses(401, 403) } } },
    async (request) => {
      const { partyId } = subscriber(request);
      const rows = await partyWebhooks(deps.db, partyId);
      return { items: rows.map((row) => ({ id: row.id, url: row.url, eventTypes: row.event_types as z.infer<typeof eventType>[], createdAt: row.created_at.toISOString() })) };
    },
  );
  r.delete(
    '/webhooks/:webhookId',
    { onRequest: requireScope('webhooks'), schema: { tags: ['webhooks'], summary: 'End a subscription', params: z.object({ webhookId }), response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const { principal } = subscriber(request);
      await deleteWebhook(deps, principal.actor, { webhookId: request.params.webhookId });
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/webhooks/:webhookId/deliveries',
    {
      onRequest: requireScope('webhooks'),
      schema: {
        tags: ['webhooks'],
        summary: "A subscription's delivery log, newest first",
        params: z.object({ webhookId }),
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(100).default(20),
          cursor: z.string().max(200).optional(),
          status: z.enum(['pending', 'delivered', 'failed']).optional(),
        }),
        response: { 200: z.object({ items: z.array(deliverySchema), nextCursor: z.string().nullable() }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { partyId } = subscriber(request);
      await ownWebhook(partyId, request.params.webhookId);
      const { limit, cursor, status } = request.query;
      const rows = await webhookDeliveries(deps.db, request.params.webhookId, { limit, ...(cursor ? { after: afterDelivery(cursor) } : {}), ...(status ? { status } : {}) });
      const last = rows.at(-1);
      return { items: rows.map(presentDelivery), nextCursor: rows.length === limit && last ? encodeInstantCursor(last.created_at, last.id) : null };
    },
  );
  r.get(
    '/webhooks/:webhookId/deliveries/:deliveryId',
    {
      onRequest: requireScope('webhooks'),
      schema: {
        tags: ['webhooks'],
        summary: 'One delivery: the body sent and every attempt',
        params: z.object({ webhookId, deliveryId }),
        response: { 200: deliverySchema.extend({ body: z.string(), attemptLog: z.array(attemptSchema) }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { partyId } = subscriber(request);
      await ownWebhook(partyId, request.params.webhookId);
      const delivery = await webhookDelivery(deps.db, request.params.webhookId, request.params.deliveryId);
      if (!delivery) throw new BeianError('NOT_FOUND', { path: 'params.deliveryId' });
      return {
        ...presentDelivery(delivery),
        body: delivery.body,
        attemptLog: delivery.attemptLog.map((a) => ({ at: a.at.toISOString(), statusCode: a.status_code, error: a.error, durationMs: a.duration_ms, replay: a.replay })),
      };
    },
  );
  r.post(
    '/webhooks/:webhookId/deliveries/:deliveryId/replay',
    {
      onRequest: requireScope('webhooks'),
      schema: {
        tags: ['webhooks'],
        summary: 'Send a delivery again (same webhook-id and body, new timestamp and signature)',
        params: z.object({ webhookId, deliveryId }),
        response: { 202: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { principal } = subscriber(request);
      await replayDelivery(deps, principal.actor, request.params);
      return reply.status(202).send(null);
    },
  );
}
