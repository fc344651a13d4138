import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificateTypes } from '../../domain/codes/certificate-types.js';
import { connectionMethods } from '../../domain/codes/connection-methods.js';
import { languages } from '../../domain/codes/languages.js';
import { materialKinds } from '../../domain/codes/material-kinds.js';
import { preApprovalCategories } from '../../domain/codes/pre-approval-categories.js';
import { provinces } from '../../domain/codes/regions.js';
import { serviceContentCatalogue } from '../../domain/codes/service-content-catalogue.js';
import { subjectNatures } from '../../domain/codes/subject-natures.js';

const entry = z.object({ code: z.string(), zh: z.string(), en: z.string() });
const pick = (items: readonly { code: string | number; zh: string; en: string }[]) => items.map((i) => ({ code: String(i.code), zh: i.zh, en: i.en }));

/** The code tables a form's values are written in, with their names in Chinese and English (public, cacheable). */
export async function codeTableRoutes(app: FastifyInstance): Promise<void> {
  const body = {
    natures: pick(subjectNatures),
    certificateTypes: pick(certificateTypes),
    provinces: provinces.map((p) => ({ code: `${p.code}0000`, zh: p.zh, en: p.en })),
    languages: pick(languages),
    connectionMethods: pick(connectionMethods),
    preApprovalCategories: pick(preApprovalCategories),
    materialKinds: pick(materialKinds),
    serviceContent: serviceContentCatalogue.flatMap((group) => group.entries.map((e) => ({ code: e.code, zh: `${group.zh} · ${e.zh}`, en: `${group.en} · ${e.en}` }))),
  };
  app.withTypeProvider<ZodTypeProvider>().get(
    '/code-tables',
    {
      schema: {
        tags: ['public'],
        summary: 'Code tables: subject natures, certificate types, provinces, languages, connection methods, pre-approval categories, material kinds, service content',
        response: { 200: z.object(Object.fromEntries(Object.keys(body).map((k) => [k, z.array(entry)])) as Record<keyof typeof body, z.ZodArray<typeof entry>>) },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return body;
    },
  );
}
