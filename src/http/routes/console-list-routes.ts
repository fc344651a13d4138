import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../domain/form/safe-text.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { channelCustomers, provinceFilings } from '../../store/console-queries.js';
import { errorResponses } from '../error-schema.js';
import { requirePrincipal } from '../request-context.js';

const paging = {
  q: safeText({ min: 1, max: 60 }).optional().describe('part of a name or a filing number'),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

/** The lists the consoles page through: a channel's customers, a bureau's (or the ministry's) filings. */
export async function consoleListRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/customers',
    {
      schema: {
        tags: ['providers'],
        summary: 'The subjects filed through the calling access provider or platform, with their numbers, latest approval first',
        querystring: z.object(paging),
        response: {
          200: z.object({
            total: z.number().int(),
            items: z.array(
              z.object({
                subjectId: z.string(),
                name: z.string(),
                nature: z.number().int(),
                province: z.string(),
                status: z.string(),
                number: z.string().nullable(),
                activeServices: z.number().int(),
                lastApprovedAt: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request, ['provider']);
      const { total, rows } = await channelCustomers(deps.db, principal.actor.partyId ?? '', request.query);
      return {
        total,
        items: rows.map((row) => ({
          subjectId: row.id,
          name: row.name,
          nature: row.nature,
          province: row.province_code,
          status: row.status,
          number: row.number ?? null,
          activeServices: Number(row.services ?? 0),
          lastApprovedAt: row.last_approved_at ? new Date(row.last_approved_at as unknown as string).toISOString() : null,
        })),
      };
    },
  );

  r.get(
    '/filings',
    {
      schema: {
        tags: ['bureaus'],
        summary: "The filings of the calling bureau's province (the ministry: every province), newest approval first",
        querystring: z.object({ ...paging, status: z.enum(['active', 'cancelled', 'revoked']).optional() }),
        response: {
          200: z.object({
            total: z.number().int(),
            items: z.array(
              z.object({
                id: z.string(),
                kind: z.enum(['subject', 'service']),
                number: z.string(),
                status: z.string(),
                serviceType: z.string().nullable(),
                shell: z.boolean(),
                accessLimited: z.boolean(),
                approvedAt: z.string(),
                subjectName: z.string(),
                subjectNature: z.number().int(),
                serviceName: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request, ['bureau', 'ministry']);
      const province = principal.actor.role === 'bureau' ? (principal.actor.provinceCode ?? '') : null;
      const { total, rows } = await provinceFilings(deps.db, province, request.query);
      return {
        total,
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          number: row.number,
          status: row.status,
          serviceType: row.service_type,
          shell: row.shell,
          accessLimited: row.access_limited,
          approvedAt: row.approved_at.toISOString(),
          subjectName: row.subject_name,
          subjectNature: row.subject_nature,
          serviceName: row.service_name ?? null,
        })),
      };
    },
  );
}
