import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificateTypes } from '../../domain/codes/certificate-types.js';
import { connectionMethods } from '../../domain/codes/connection-methods.js';
import { languages } from '../../domain/codes/languages.js';
import { materialKinds } from '../../domain/codes/material-kinds.js';
import { preApprovalCategories } from '../../domain/codes/pre-approval-categories.js';
import { prefectureCodes, provinces } from '../../domain/codes/regions.js';
import { serverLocations } from '../../domain/codes/server-locations.js';
import { serviceContentCatalogue } from '../../domain/codes/service-content-catalogue.js';
import { subjectNatures } from '../../domain/codes/subject-natures.js';

const named = { zh: z.string(), en: z.string() };
const codeTablesSchema = z.object({
  natures: z.array(z.object({ code: z.number(), ...named })),
  certificateTypes: z.array(z.object({ code: z.number(), ...named, natures: z.array(z.number()), person: z.boolean() })),
  provinces: z.array(z.object({ code: z.string(), ...named, mainland: z.boolean(), prefectures: z.array(z.string()) })),
  serviceContent: z.array(z.object({ code: z.string(), ...named, entries: z.array(z.object({ code: z.string(), ...named, preApprovals: z.array(z.string()), individualAllowed: z.boolean() })) })),
  preApprovalCategories: z.array(z.object({ code: z.string(), ...named })),
  connectionMethods: z.array(z.object({ code: z.string(), ...named })),
  serverLocations: z.array(z.object({ code: z.string(), ...named })),
  languages: z.array(z.object({ code: z.string(), ...named })),
  materialKinds: z.array(z.object({ code: z.string(), ...named })),
});

/** The code tables a filing form picks from, built once from the domain tables (public, read-only, cacheable). */
function buildCodeTables(): z.infer<typeof codeTablesSchema> {
  const prefectures = prefectureCodes().sort();
  const pick = <T extends { code: string | number; zh: string; en: string }>(rows: readonly T[]) => rows.map(({ code, zh, en }) => ({ code, zh, en }));
  return {
    natures: pick(subjectNatures) as Array<{ code: number; zh: string; en: string }>,
    certificateTypes: certificateTypes.map(({ code, zh, en, natures, person }) => ({ code, zh, en, natures: [...natures], person })),
    provinces: provinces.map((p) => ({
      code: `${p.code}0000`,
      zh: p.zh,
      en: p.en,
      mainland: p.mainland,
      prefectures: prefectures.filter((c) => c.startsWith(p.code)).map((c) => `${c}00`),
    })),
    serviceContent: serviceContentCatalogue.map((g) => ({
      code: g.code,
      zh: g.zh,
      en: g.en,
      entries: g.entries.map((e) => ({ code: e.code, zh: e.zh, en: e.en, preApprovals: [...e.preApprovals], individualAllowed: e.individualAllowed })),
    })),
    preApprovalCategories: pick(preApprovalCategories) as Array<{ code: string; zh: string; en: string }>,
    connectionMethods: pick(connectionMethods) as Array<{ code: string; zh: string; en: string }>,
    serverLocations: pick(serverLocations) as Array<{ code: string; zh: string; en: string }>,
    languages: pick(languages) as Array<{ code: string; zh: string; en: string }>,
    materialKinds: pick(materialKinds) as Array<{ code: string; zh: string; en: string }>,
  };
}

/** GET /code-tables: natures, certificate types, regions, service content, pre-approval categories and the other pick lists. */
export async function codeTableRoutes(app: FastifyInstance): Promise<void> {
  const tables = buildCodeTables();
  app.withTypeProvider<ZodTypeProvider>().get(
    '/code-tables',
    {
      schema: {
        tags: ['public'],
        summary: 'The code tables a filing form picks from: natures, certificate types, provinces and prefectures, service content, pre-approval categories, connection methods, server locations, languages, material kinds',
        response: { 200: codeTablesSchema },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=3600').send(tables),
  );
}
