import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BeianError } from '../../domain/errors/beian-error.js';
import { signingMismatches, type SigningFacts } from '../../domain/form/package-facts.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { findVisibleApplication } from '../../store/application-queries.js';
import { latestPackageReads } from '../../store/package-reads.js';
import { errorResponses } from '../error-schema.js';
import { requirePrincipal } from '../request-context.js';

const facts = z.object({ platform: z.string().nullable(), packageName: z.string().nullable(), publicKey: z.string().nullable(), signatureMd5: z.string().nullable() });

interface DeclaredFeature {
  platform?: string;
  packageName?: string;
  publicKey?: string;
  signatureMd5?: string;
}

/**
 * `GET /applications/{id}/package-facts`: beside each declared feature info entry, what the latest package of that name
 * uploaded by the application's author said (POST /app-info), and which facts differ.
 */
export async function packageFactRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/applications/:id/package-facts',
    {
      schema: {
        tags: ['applications'],
        summary: "Each declared feature info entry beside the signing facts its package's upload read, with the facts that differ",
        params: z.object({ id: z.string().max(200) }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                path: z.string(),
                declared: facts,
                read: facts.extend({ appName: z.string().nullable(), versionName: z.string().nullable(), readAt: z.string() }).nullable(),
                mismatches: z.array(z.enum(['platform', 'packageName', 'publicKey', 'signatureMd5'])),
              }),
            ),
          }),
          ...errorResponses(401, 404),
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const id = request.params.id;
      const application = /^[0-9a-f-]{36}$/i.test(id) ? await findVisibleApplication(deps.db, principal.actor, id) : undefined;
      if (!application) throw new BeianError('NOT_FOUND', { path: 'params.id' });
      const services = ((application.payload as { services?: Array<{ featureInfo?: DeclaredFeature[] }> }).services ?? []);
      const entries = services.flatMap((service, s) => (service.featureInfo ?? []).map((feature, f) => ({ path: `services[${s}].featureInfo[${f}]`, feature })));
      const names = [...new Set(entries.map((e) => e.feature.packageName).filter((n): n is string => Boolean(n)))];
      const reads = await latestPackageReads(deps.db, application.created_by, names);
      return {
        items: entries.map(({ path, feature }) => {
          const declared: SigningFacts = {
            platform: feature.platform ?? null,
            packageName: feature.packageName ?? null,
            publicKey: feature.publicKey ?? null,
            signatureMd5: feature.signatureMd5 ?? null,
          };
          const row = feature.packageName ? reads.get(feature.packageName) : undefined;
          if (!row) return { path, declared, read: null, mismatches: [] };
          const read = { platform: row.platform, packageName: row.package_name, publicKey: row.public_key, signatureMd5: row.signature_md5 };
          return {
            path,
            declared,
            read: { ...read, appName: row.app_name, versionName: row.version_name, readAt: row.read_at.toISOString() },
            mismatches: signingMismatches(declared, read),
          };
        }),
      };
    },
  );
}
