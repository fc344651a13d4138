import type { Transaction } from 'kysely';
import { BeianError } from '../domain/errors/beian-error.js';
import { missingFirstFilingAnchors, type DraftApplicationBody } from '../domain/form/draft-application-body.js';
import { subjectKey } from '../domain/identity/subject-key.js';
import { applicationKindRules, unexpectedParts } from '../domain/lifecycle/application-kinds.js';
import type { Database } from '../store/schema.js';
import { filedSubjectWithKey } from '../store/subject-authority.js';
import type { Actor } from './actor.js';
import { attachMaterials } from './attach-materials.js';
import { authorizeFiledActor, checkFiledChannel, type FiledTarget, type ServingChannels } from './authorize-filed-action.js';
import { channelServes } from './channel-serves.js';
import type { FlowDeps } from './flow-deps.js';
import { resolveFiledService, resolveFiledSubject } from './resolve-filed.js';
import { runFlow, type FlowOptions } from './run-flow.js';

async function bureauOf(trx: Transaction<Database>, provinceCode: string, path: string): Promise<string> {
  const bureau = await trx.selectFrom('parties').select('id').where('kind', '=', 'bureau').where('province_code', '=', provinceCode).executeTakeFirst();
  if (!bureau) throw new BeianError('BUREAU_NOT_CONFIGURED', { path, details: { province: provinceCode } });
  return bureau.id;
}

/**
 * The parts a kind needs to be saved as a draft: what identifies the filed subject or service, the subject of a first
 * filing or change of subject, the access of an add_access. New services may come later: submit requires them.
 */
function checkBodyShape(body: DraftApplicationBody): void {
  const present = new Set<'subject' | 'subjectId' | 'services' | 'serviceId' | 'access'>();
  if (body.subject) present.add('subject');
  if (body.subjectId) present.add('subjectId');
  if (body.services.length > 0) present.add('services');
  if (body.serviceId) present.add('serviceId');
  if (body.access) present.add('access');
  for (const part of applicationKindRules[body.kind].requires) {
    if (part !== 'services' && !present.has(part)) throw new BeianError('FIELD_REQUIRED_FOR_KIND', { path: part, details: { kind: body.kind } });
  }
  const extra = unexpectedParts(body.kind, present);
  if (extra.length > 0) throw new BeianError('FIELD_NOT_ALLOWED_FOR_KIND', { path: extra[0]!, details: { kind: body.kind } });
  if (body.kind === 'first_filing') {
    const missing = missingFirstFilingAnchors(body.subject);
    if (missing.length > 0) throw new BeianError('DRAFT_FIELD_REQUIRED', { path: missing[0]!, details: { missing } });
  }
  if (body.kind === 'change_service' && body.services.length !== 1) {
    throw new BeianError('VALIDATION_FAILED', { path: 'services', message: 'a change application carries exactly one service' });
  }
}

/**
 * Creates a draft application of any kind, from a body that may be half-filled (see draftApplicationBody). Nothing is
 * filed until a bureau approves it.
 */
export async function createApplication(deps: FlowDeps, actor: Actor, body: DraftApplicationBody, options: FlowOptions = {}): Promise<{ applicationId: string }> {
  if (actor.role !== 'applicant' && actor.role !== 'provider') throw new BeianError('ACTION_NOT_PERMITTED', { details: { action: 'create' } });
  checkBodyShape(body);
  return runFlow(deps, actor, options, async ({ trx, now, record }) => {
    const channel = await trx.selectFrom('parties').selectAll().where('id', '=', body.channelId).executeTakeFirst();
    if (!channel || (channel.kind !== 'access_provider' && channel.kind !== 'distribution_platform')) {
      throw new BeianError('CHANNEL_NOT_FOUND', { path: 'channelId' });
    }
    if (actor.role === 'provider' && actor.partyId !== channel.id) throw new BeianError('FORBIDDEN', { path: 'channelId' });
    body.services.forEach((service, i) => {
      if (service.type && !channelServes(channel, service.type)) throw new BeianError('CHANNEL_MISMATCH', { path: `services[${i}].type` });
    });

    let subjectId: string;
    let serviceId: string | null = null;
    let provinceCode: string;
    let target: FiledTarget | null = null;
    let serving: ServingChannels = new Set();

    if (body.kind === 'first_filing') {
      const form = body.subject!;
      const certificate = { type: form.certificate!.type!, number: form.certificate!.number! };
      const region = deps.regions.byCode(form.province!);
      if (!region) throw new BeianError('VALIDATION_FAILED', { path: 'subject.province', message: 'unknown province code' });
      provinceCode = region.code;
      // One subject, one filing: the same number under another certificate type is the same subject.
      const key = subjectKey(certificate.type, certificate.number);
      const existing = await trx.selectFrom('subjects').selectAll().where('certificate_key', '=', key).forUpdate().executeTakeFirst();
      if (existing?.status === 'filed' || (await filedSubjectWithKey(trx, key, existing?.id ?? ''))) {
        throw new BeianError('SUBJECT_ALREADY_FILED', { path: 'subject.certificate.number' });
      }
      if (existing) {
        await trx
          .updateTable('subjects')
          .set({ name: form.name!, nature: form.nature!, province_code: provinceCode, updated_at: now })
          .where('id', '=', existing.id)
          .execute();
        subjectId = existing.id;
      } else {
        // Two first filings for one new certificate may race: the loser reuses the winner's row.
        const inserted = await trx
          .insertInto('subjects')
          .values({
            certificate_type: certificate.type,
            certificate_key: key,
            name: form.name!,
            nature: form.nature!,
            province_code: provinceCode,
            status: 'unfiled',
            owner_user_id: actor.role === 'applicant' ? actor.userId : null,
            data: null,
            created_at: now,
            updated_at: now,
          })
          .onConflict((oc) => oc.column('certificate_key').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted) subjectId = inserted.id;
        else {
          const winner = await trx.selectFrom('subjects').select(['id', 'status']).where('certificate_key', '=', key).forUpdate().executeTakeFirstOrThrow();
          if (winner.status === 'filed') throw new BeianError('SUBJECT_ALREADY_FILED', { path: 'subject.certificate.number' });
          subjectId = winner.id;
        }
      }
    } else if (body.subjectId) {
      const subject = await resolveFiledSubject(trx, body.subjectId, 'subjectId');
      subjectId = subject.id;
      provinceCode = subject.province_code;
      target = { subjectId, service: null };
      serving = await authorizeFiledActor(trx, actor, channel, body, target);
      if (body.kind === 'change_subject') {
        const form = body.subject!;
        if (form.province !== subject.province_code) throw new BeianError('CROSS_PROVINCE_FILING', { path: 'subject.province' });
        const certificate = form.certificate;
        if (!certificate?.type || !certificate.number || subjectKey(certificate.type, certificate.number) !== subject.certificate_key.split('#')[0]) {
          throw new BeianError('IMMUTABLE_FIELD', { path: 'subject.certificate.number' });
        }
      }
    } else {
      const service = await resolveFiledService(trx, body.serviceId!, 'serviceId');
      const subject = await trx.selectFrom('subjects').selectAll().where('id', '=', service.subject_id).executeTakeFirstOrThrow();
      subjectId = subject.id;
      serviceId = service.id;
      provinceCode = subject.province_code;
      target = { subjectId, service: { id: service.id, type: service.type } };
      serving = await authorizeFiledActor(trx, actor, channel, body, target);
      if (body.kind === 'change_service') {
        const form = body.services[0]!;
        if (form.type !== service.type) throw new BeianError('IMMUTABLE_FIELD', { path: 'services[0].type' });
        const filedDomains = new Set(
          (await trx.selectFrom('service_domains').select('domain').where('service_id', '=', service.id).where('removed_at', 'is', null).execute()).map(
            (d) => d.domain,
          ),
        );
        (form.domains ?? []).forEach((domain, i) => {
          if (!filedDomains.has(domain.toLowerCase())) throw new BeianError('IMMUTABLE_FIELD', { path: `services[0].domains[${i}]` });
        });
      }
      if (body.kind === 'add_access' || body.kind === 'cancel_access') {
        if (service.type === 'mini_program' || service.type === 'quick_app') throw new BeianError('CHANNEL_MISMATCH', { path: 'serviceId' });
        const providerId = body.kind === 'add_access' ? body.access!.providerId : channel.id;
        if (!providerId) throw new BeianError('FIELD_REQUIRED_FOR_KIND', { path: 'access.providerId', details: { kind: body.kind } });
        const active = await trx
          .selectFrom('service_access')
          .select('id')
          .where('service_id', '=', service.id)
          .where('provider_id', '=', providerId)
          .where('cancelled_at', 'is', null)
          .executeTakeFirst();
        if (body.kind === 'cancel_access' && !active) throw new BeianError('ACCESS_NOT_FOUND', { path: 'serviceId' });
        if (body.kind === 'add_access' && active) throw new BeianError('VALIDATION_FAILED', { path: 'access.providerId', message: 'this provider already serves the service' });
      }
    }

    if (target) checkFiledChannel(channel, body, target, serving);

    const bureauId = await bureauOf(trx, provinceCode, body.kind === 'first_filing' ? 'subject.province' : 'subjectId');
    const application = await trx
      .insertInto('applications')
      .values({
        kind: body.kind,
        state: 'draft',
        subject_id: subjectId,
        service_id: serviceId,
        channel_id: channel.id,
        bureau_id: bureauId,
        created_by: actor.userId!,
        payload: JSON.stringify(body),
        return_reasons: '[]',
        findings: '[]',
        state_entered_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await attachMaterials(trx, actor, { id: application.id, subjectId }, body);
    await record({
      entityType: 'application',
      entityId: application.id,
      action: 'create',
      fromState: null,
      toState: 'draft',
      reason: null,
      data: { kind: body.kind, subjectId, serviceId, channelId: channel.id },
    });
    return { applicationId: application.id };
  });
}
