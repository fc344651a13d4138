import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import { defaultRegions } from '../domain/regions/index.js';
import { applicationBody } from '../domain/form/application-body.js';
import type { ServiceType } from '../domain/form/service-form.js';
import type { Actor } from '../flows/actor.js';
import { bureauApprove } from '../flows/bureau-approve.js';
import { createApplication } from '../flows/create-application.js';
import type { FlowDeps } from '../flows/flow-deps.js';
import { providerApprove } from '../flows/provider-approve.js';
import type { SecretHasher } from '../flows/sms/sms-code.js';
import { codeInSmsText } from '../flows/sms/sms-text.js';
import { verifySmsCode } from '../flows/sms/verify-sms-code.js';
import { submitApplication } from '../flows/submit-application.js';
import { hashPassword } from '../store/users.js';
import type { Database, Role } from '../store/schema.js';
import type { Insertable } from 'kysely';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import { seedParties } from '../store/seed/seed-parties.js';
import { uploadSampleMaterials } from './upload-sample-materials.js';

export const DEMO_PASSWORD = 'beian-demo';

export interface DemoLogin {
  login: string;
  role: Role;
  party: string;
}

/** Demo filings: province code, how many, and which kind of service. */
const demoFilings: Array<[string, number, ServiceType]> = [
  ['110000', 8, 'app'],
  ['110000', 2, 'mini_program'],
  ['310000', 6, 'app'],
  ['440000', 6, 'app'],
  ['440000', 2, 'mini_program'],
  ['330000', 5, 'app'],
  ['510000', 3, 'app'],
  ['620000', 2, 'app'],
];

/**
 * The demo's own SMS codes are typed in by the seed a moment after they are made, for invented people: a salted SHA-256
 * spares a first start the ~270 argon2id runs (seconds of CPU) they would otherwise cost. Every real code gets argon2id.
 */
const seedSecrets: SecretHasher = {
  async hash(value) {
    const salt = randomBytes(16).toString('hex');
    return `demo-sha256$${salt}$${createHash('sha256').update(salt + value).digest('hex')}`;
  },
  async matches(hash, value) {
    const [scheme, salt, digest] = hash.split('$');
    if (scheme !== 'demo-sha256' || !salt || !digest) return false;
    const expected = Buffer.from(digest, 'hex');
    const actual = createHash('sha256').update(salt + value).digest();
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  },
};

/**
 * Loads the demo: every party, one account per role (all with the demo password), and a few dozen approved filings
 * taken through the real flows — created, pre-checked, reviewed, confirmed by SMS and approved — spread over the
 * past weeks. Only for an empty database.
 */
export async function seedDemo(deps: FlowDeps): Promise<{ logins: DemoLogin[]; filings: number }> {
  const parties = await seedParties(deps.db);
  // One hash for the shared demo password keeps the first start quick; real accounts each get their own.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins: DemoLogin[] = [];
  // The accounts go in with one statement once all are listed.
  const accounts: Array<Insertable<Database['users']>> = [];
  const user = async (login: string, role: Role, partyId: string | null, party: string, provinceCode: string | null = null): Promise<Actor> => {
    const id = randomUUID();
    accounts.push({ id, login, role, party_id: partyId, display_name: party, password_hash: passwordHash });
    logins.push({ login, role, party });
    return { userId: id, role, partyId, provinceCode };
  };
  const applicant = await user('applicant', 'applicant', null, '示例主办者 Demo host');
  const provider = await user('provider', 'provider', parties.providers[0], '示例云计算 Example Cloud');
  await user('provider2', 'provider', parties.providers[1], '样例数据 Sample Data');
  const platform = await user('miniprogram', 'provider', parties.miniProgramPlatform, '示例小程序平台 Mini-program platform');
  await user('quickapp', 'provider', parties.quickAppPlatform, '示例快应用平台 Quick app platform');
  await user('appstore', 'checker', parties.appStore, '示例应用商店 App store');
  await user('terminal', 'checker', parties.terminalMaker, '示例终端 Terminal maker');
  await user('ministry', 'ministry', parties.ministry, '工业和信息化部 MIIT');
  const bureaus: Record<string, Actor> = {};
  for (const region of defaultRegions) {
    bureaus[region.code] = await user(`bureau-${region.code}`, 'bureau', parties.bureaus[region.code]!, `${region.name.zh}通信管理局`, region.code);
  }

  await deps.db.insertInto('users').values(accounts).execute();
  await uploadSampleMaterials(deps, applicant);

  const realNow = deps.now();
  let n = 100;
  let filings = 0;
  const total = demoFilings.reduce((sum, [, count]) => sum + count, 0);
  for (const [provinceCode, count, type] of demoFilings) {
    for (let i = 0; i < count; i += 1) {
      n += 1;
      // Spread approvals over the past six weeks, oldest first.
      const at = new Date(realNow.getTime() - (total - filings) * 26 * 3_600_000);
      const seedDeps: FlowDeps = { ...deps, now: () => at, secrets: seedSecrets };
      const channel = type === 'mini_program' ? platform : provider;
      const body = applicationBody.parse(sampleFirstFiling({ n, provinceCode, channelId: channel.partyId!, serviceType: type }));
      const { applicationId } = await createApplication(seedDeps, applicant, body);
      await submitApplication(seedDeps, applicant, { applicationId });
      await providerApprove(seedDeps, channel, { applicationId });
      const sent = await deps.db.selectFrom('outbox').select(['recipient', 'payload']).where('topic', '=', 'sms').where('delivered_at', 'is', null).execute();
      const people = [body.subject!.mainPerson, ...body.services.map((s) => s.responsiblePerson)];
      for (const message of sent) {
        const code = codeInSmsText(String((message.payload as { text?: string }).text));
        const person = people.find((p) => p.mobile === message.recipient);
        if (code && person && (message.payload as { meta?: { applicationId?: string } }).meta?.applicationId === applicationId) {
          await verifySmsCode(seedDeps, { applicationId, phone: person.mobile, code, certificateTail: person.certificate.number.slice(-6) });
        }
      }
      await bureauApprove(seedDeps, bureaus[provinceCode]!, { applicationId });
      filings += 1;
    }
  }
  // The demo's own codes were used above; they are not messages for anyone's inbox.
  await sql`update outbox set delivered_at = ${realNow}, payload = jsonb_set(payload, '{text}', '"(demo seed)"')
            where topic = 'sms' and delivered_at is null`.execute(deps.db);
  return { logins, filings };
}
