import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ErrorCode } from '../domain/errors/catalogue.js';
import { isBeianError } from '../domain/errors/beian-error.js';
import type { ApplicationBodyInput } from '../domain/form/application-body.js';
import { assertRefused, createFlowHarness, parseBody, type FlowHarness } from '../../test/support/flow-harness.js';
import { confirmAllSms } from '../../test/support/drive.js';
import { applicationState, approve, createAndSubmit, fileSample, toBureauReview, type FiledSample } from '../../test/support/lifecycle.js';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import type { Actor } from './actor.js';
import { bureauApprove } from './bureau-approve.js';
import { createApplication } from './create-application.js';
import { providerApprove } from './provider-approve.js';
import { returnApplication } from './return-application.js';
import { requestFingerprint } from './run-flow.js';
import { resendSmsCode } from './sms/resend-sms-code.js';
import { verifySmsCode } from './sms/verify-sms-code.js';
import { submitApplication } from './submit-application.js';
import { updateApplication } from './update-application.js';
import { withdrawApplication } from './withdraw-application.js';

describe('catalogued refusals of the flows', () => {
  let h: FlowHarness;
  let filed: FiledSample; // a Beijing subject with one app through the first provider
  let mini: FiledSample; // a Beijing subject with one mini-program
  before(async () => {
    h = await createFlowHarness();
    filed = await fileSample(h, 201);
    mini = await fileSample(h, 202, { serviceType: 'mini_program' });
  });
  after(async () => h.close());

  const historyHead = async () => Number((await h.store.db.selectFrom('history').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  /** The flow is refused with this code (and path) and leaves no history behind: nothing half-written. */
  async function refused(action: () => Promise<unknown>, code: ErrorCode, path?: string) {
    const seq = await historyHead();
    const applications = (await h.store.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    await assertRefused(action(), code, path);
    assert.equal(await historyHead(), seq, `${code}: no history row`);
    const after = (await h.store.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    assert.equal(Number(after), Number(applications), `${code}: no application row`);
  }
  const create = (body: ApplicationBodyInput, actor: Actor = h.actors.applicant) => createApplication(h.deps, actor, parseBody(body));
  const draft = async (body: ApplicationBodyInput, actor: Actor = h.actors.applicant) => (await create(body, actor)).applicationId;
  const sample = (n: number, options: { provinceCode?: string; channelId?: string; serviceType?: 'app' | 'mini_program' } = {}) =>
    sampleFirstFiling({ n, channelId: h.parties.providers[0], ...options });

  describe('the lifecycle table', () => {
    it('INVALID_TRANSITION: an action the state does not allow', async () => {
      const id = await draft(sample(211));
      await refused(() => providerApprove(h.deps, h.actors.provider, { applicationId: id }), 'INVALID_TRANSITION');
      await submitApplication(h.deps, h.actors.applicant, { applicationId: id });
      await refused(() => bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: id }), 'INVALID_TRANSITION');
      await refused(() => submitApplication(h.deps, h.actors.applicant, { applicationId: id }), 'INVALID_TRANSITION');
      await refused(() => updateApplication(h.deps, h.actors.applicant, { applicationId: id, body: parseBody(sample(211)) }), 'INVALID_TRANSITION');
      await providerApprove(h.deps, h.actors.provider, { applicationId: id });
      await refused(() => withdrawApplication(h.deps, h.actors.applicant, { applicationId: id }), 'INVALID_TRANSITION');
      await confirmAllSms(h, id);
      await refused(() => withdrawApplication(h.deps, h.actors.applicant, { applicationId: id }), 'INVALID_TRANSITION');
      await refused(() => returnApplication(h.deps, h.actors.provider, { applicationId: id, by: 'provider', reasons: [{ code: 'OTHER', note: '迟到的驳回' }] }), 'INVALID_TRANSITION');
      await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: id });
      await refused(() => bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: id }), 'INVALID_TRANSITION');
      await refused(() => withdrawApplication(h.deps, h.actors.applicant, { applicationId: id }), 'INVALID_TRANSITION');
    });

    it('ACTION_NOT_PERMITTED: a role the action is not for', async () => {
      const id = await createAndSubmit(h, sample(212));
      await refused(() => providerApprove(h.deps, h.actors.applicant, { applicationId: id }), 'ACTION_NOT_PERMITTED');
      await refused(() => returnApplication(h.deps, h.actors.provider, { applicationId: id, by: 'bureau', reasons: [{ code: 'OTHER', note: '越权' }] }), 'ACTION_NOT_PERMITTED');
      await refused(() => updateApplication(h.deps, h.actors.beijingBureau, { applicationId: id, body: parseBody(sample(212)) }), 'ACTION_NOT_PERMITTED');
      await refused(() => create(sample(213), h.actors.beijingBureau), 'ACTION_NOT_PERMITTED');
      await refused(() => create(sample(213), h.actors.ministry), 'ACTION_NOT_PERMITTED');
      // The applicant opened it: withdrawing and editing it are the applicant's, not the channel's.
      await refused(() => withdrawApplication(h.deps, h.actors.provider, { applicationId: id }), 'ACTION_NOT_PERMITTED');
      await refused(() => updateApplication(h.deps, h.actors.provider, { applicationId: id, body: parseBody(sample(212)) }), 'ACTION_NOT_PERMITTED');
      await providerApprove(h.deps, h.actors.provider, { applicationId: id });
      await confirmAllSms(h, id);
      await refused(() => bureauApprove(h.deps, h.actors.provider, { applicationId: id }), 'ACTION_NOT_PERMITTED');
      await refused(() => bureauApprove(h.deps, h.actors.ministry, { applicationId: id }), 'ACTION_NOT_PERMITTED');
      await refused(() => withdrawApplication(h.deps, h.actors.beijingBureau, { applicationId: id }), 'ACTION_NOT_PERMITTED');
      assert.equal(await applicationState(h, id), 'bureau_review');
      await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: id });
    });

    it('RETURN_REASON_INVALID: no reason, an unknown code, or OTHER without a note (so REASON_REQUIRED cannot arise from a return)', async () => {
      const id = await createAndSubmit(h, sample(214));
      await refused(() => returnApplication(h.deps, h.actors.provider, { applicationId: id, by: 'provider', reasons: [] }), 'RETURN_REASON_INVALID', 'reasons');
      await refused(() => returnApplication(h.deps, h.actors.provider, { applicationId: id, by: 'provider', reasons: [{ code: 'NO_SUCH_RULE' }] }), 'RETURN_REASON_INVALID', 'reasons.0.code');
      await refused(() => returnApplication(h.deps, h.actors.provider, { applicationId: id, by: 'provider', reasons: [{ code: 'OTHER', note: ' ' }] }), 'RETURN_REASON_INVALID', 'reasons.0.note');
      await refused(() => returnApplication(h.deps, h.actors.provider, { applicationId: id, by: 'provider', reasons: 'bad' }), 'RETURN_REASON_INVALID', 'reasons');
      assert.equal(await applicationState(h, id), 'provider_review');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: id });
    });
  });

  describe('scoping', () => {
    it('NOT_FOUND: another applicant, another provider, another province’s bureau', async () => {
      const id = await draft(sample(221));
      const other = h.actors.otherApplicant;
      await refused(() => submitApplication(h.deps, other, { applicationId: id }), 'NOT_FOUND', 'applicationId');
      await refused(() => updateApplication(h.deps, other, { applicationId: id, body: parseBody(sample(221)) }), 'NOT_FOUND', 'applicationId');
      await refused(() => withdrawApplication(h.deps, other, { applicationId: id }), 'NOT_FOUND', 'applicationId');
      await submitApplication(h.deps, h.actors.applicant, { applicationId: id });
      await refused(() => providerApprove(h.deps, h.actors.otherProvider, { applicationId: id }), 'NOT_FOUND', 'applicationId');
      await refused(() => providerApprove(h.deps, h.actors.miniProgramPlatform, { applicationId: id }), 'NOT_FOUND', 'applicationId');
      await refused(() => returnApplication(h.deps, h.actors.otherProvider, { applicationId: id, by: 'provider', reasons: [{ code: 'OTHER', note: 'x' }] }), 'NOT_FOUND', 'applicationId');
      await providerApprove(h.deps, h.actors.provider, { applicationId: id });
      await refused(() => resendSmsCode(h.deps, other, { applicationId: id }), 'NOT_FOUND', 'applicationId');
      await confirmAllSms(h, id);
      await refused(() => bureauApprove(h.deps, h.actors.shanghaiBureau, { applicationId: id }), 'NOT_FOUND', 'applicationId');
      await refused(() => returnApplication(h.deps, h.actors.shanghaiBureau, { applicationId: id, by: 'bureau', reasons: [{ code: 'OTHER', note: 'x' }] }), 'NOT_FOUND', 'applicationId');
      await refused(() => bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: 'no-such-application' }), 'NOT_FOUND', 'applicationId');
      await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: id });
    });

    it('NOT_FOUND: a subject or service reference that matches nothing', async () => {
      await refused(() => create({ kind: 'add_service', channelId: h.parties.providers[0], subjectId: '京ICP备2026999999号', services: sample(222).services }), 'NOT_FOUND', 'subjectId');
      await refused(() => create({ kind: 'cancel_subject', channelId: h.parties.providers[0], subjectId: 'no-such-subject' }), 'NOT_FOUND', 'subjectId');
      await refused(() => create({ kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: `${filed.subjectNumber}-9A` }), 'NOT_FOUND', 'serviceId');
    });

    it('FORBIDDEN: a provider creating an application for another channel', async () => {
      await refused(() => create(sampleFirstFiling({ n: 223, channelId: h.parties.providers[1] }), h.actors.provider), 'FORBIDDEN', 'channelId');
      const own = await draft(sample(223), h.actors.provider);
      assert.equal(await applicationState(h, own), 'draft', 'its own channel is fine');
      await withdrawApplication(h.deps, h.actors.provider, { applicationId: own });
    });
  });

  describe('the shape of an application', () => {
    it('FIELD_REQUIRED_FOR_KIND and FIELD_NOT_ALLOWED_FOR_KIND name the part', async () => {
      const channelId = h.parties.providers[0];
      await refused(() => create({ kind: 'add_service', channelId, services: sample(231).services }), 'FIELD_REQUIRED_FOR_KIND', 'subjectId');
      // New services may come later: the draft is saved without them, and submission names what is missing.
      const partial = await draft({ kind: 'add_service', channelId, subjectId: filed.subjectId });
      await refused(() => submitApplication(h.deps, h.actors.applicant, { applicationId: partial }), 'PRECHECK_FAILED', 'services');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: partial });
      await refused(() => create({ kind: 'add_access', channelId, serviceId: filed.serviceId }), 'FIELD_REQUIRED_FOR_KIND', 'access');
      await refused(() => create({ kind: 'first_filing', channelId, services: sample(231).services }), 'FIELD_REQUIRED_FOR_KIND', 'subject');
      await refused(() => create({ kind: 'cancel_service', channelId, serviceId: filed.serviceId, subjectId: filed.subjectId }), 'FIELD_NOT_ALLOWED_FOR_KIND', 'subjectId');
      await refused(() => create({ ...sample(231), serviceId: filed.serviceId }), 'FIELD_NOT_ALLOWED_FOR_KIND', 'serviceId');
      await refused(() => create({ kind: 'cancel_subject', channelId, subjectId: filed.subjectId, services: sample(231).services }), 'FIELD_NOT_ALLOWED_FOR_KIND', 'services');
    });

    it('CHANNEL_NOT_FOUND: no such party, or a party that is no channel', async () => {
      await refused(() => create(sampleFirstFiling({ n: 232, channelId: 'no-such-party' })), 'CHANNEL_NOT_FOUND', 'channelId');
      await refused(() => create(sampleFirstFiling({ n: 232, channelId: h.parties.bureaus['110000']! })), 'CHANNEL_NOT_FOUND', 'channelId');
      await refused(() => create(sampleFirstFiling({ n: 232, channelId: h.parties.terminalMaker })), 'CHANNEL_NOT_FOUND', 'channelId');
    });

    it('CHANNEL_MISMATCH: a service filed through the wrong kind of channel', async () => {
      await refused(() => create(sample(233, { serviceType: 'mini_program' })), 'CHANNEL_MISMATCH', 'services[0].type');
      await refused(() => create(sample(233, { channelId: h.parties.miniProgramPlatform })), 'CHANNEL_MISMATCH', 'services[0].type');
      await refused(() => create(sample(233, { channelId: h.parties.quickAppPlatform, serviceType: 'mini_program' })), 'CHANNEL_MISMATCH', 'services[0].type');
      const access = { providerId: h.parties.providers[1], connectionMethods: ['cloud'], serverLocations: ['110000'], ips: ['47.97.2.1'] };
      await refused(() => create({ kind: 'add_access', channelId: h.parties.providers[1], serviceId: mini.serviceId, access }), 'CHANNEL_MISMATCH', 'serviceId');
      await refused(() => create({ kind: 'cancel_access', channelId: h.parties.miniProgramPlatform, serviceId: mini.serviceId }), 'CHANNEL_MISMATCH', 'serviceId');
    });

    it('BUREAU_NOT_CONFIGURED: a province whose bureau is not set up', async () => {
      const tibet = h.parties.bureaus['540000']!;
      await h.store.db.deleteFrom('parties').where('id', '=', tibet).execute();
      try {
        await assertRefused(create(sample(234, { provinceCode: '540000' })), 'BUREAU_NOT_CONFIGURED', 'subject.province');
        await create(sample(234, { provinceCode: '540000' })).catch((error: unknown) => {
          assert.ok(isBeianError(error));
          assert.deepEqual(error.details, { province: '540000' });
        });
        const subjects = await h.store.db.selectFrom('subjects').select('id').where('province_code', '=', '540000').execute();
        assert.deepEqual(subjects, [], 'the refused creation left no subject behind');
      } finally {
        h.parties.bureaus['540000'] = (
          await h.store.db
            .insertInto('parties').values({ kind: 'bureau', name: '西藏自治区通信管理局', name_en: 'Tibet Communications Administration', province_code: '540000', platform_kind: null })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      }
    });
  });

  describe('the registry', () => {
    it('SUBJECT_ALREADY_FILED: a first filing for a filed subject, at creation and at submission', async () => {
      await refused(() => create({ ...sample(201), channelId: h.parties.providers[1] }), 'SUBJECT_ALREADY_FILED', 'subject.certificate.number');
      // One USCC is one subject whatever certificate type carries it (business licence, then the USCC certificate).
      const asType49 = sample(201);
      asType49.subject = { ...asType49.subject!, certificate: { ...asType49.subject!.certificate, type: 49, number: ` ${asType49.subject!.certificate.number.toLowerCase()} ` } };
      await refused(() => create(asType49), 'SUBJECT_ALREADY_FILED', 'subject.certificate.number');
      // Two drafts for one new subject: once the first is approved, the second cannot go on.
      const first = await draft(sample(241));
      const second = await draft(sample(241));
      await submitApplication(h.deps, h.actors.applicant, { applicationId: first });
      await providerApprove(h.deps, h.actors.provider, { applicationId: first });
      await confirmAllSms(h, first);
      await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: first });
      await refused(() => submitApplication(h.deps, h.actors.applicant, { applicationId: second }), 'SUBJECT_ALREADY_FILED', 'subject.certificate.number');
    });

    it('SUBJECT_NOT_FILED: an unfiled or cancelled subject', async () => {
      const pending = await draft(sample(242));
      const { subject_id: unfiled } = await h.store.db.selectFrom('applications').select('subject_id').where('id', '=', pending).executeTakeFirstOrThrow();
      await refused(() => create({ kind: 'add_service', channelId: h.parties.providers[0], subjectId: unfiled, services: sample(243).services }), 'SUBJECT_NOT_FILED', 'subjectId');
      const gone = await fileSample(h, 244);
      await approve(h, { kind: 'cancel_subject', channelId: h.parties.providers[0], subjectId: gone.subjectId });
      await refused(() => create({ kind: 'change_subject', channelId: h.parties.providers[0], subjectId: gone.subjectNumber, subject: gone.body.subject }), 'SUBJECT_NOT_FILED', 'subjectId');
      // Its service went with it.
      await refused(() => create({ kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: gone.serviceId }), 'SERVICE_NOT_FILED', 'serviceId');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: pending });
    });

    it('SERVICE_NOT_FILED: a cancelled service', async () => {
      const subject = await fileSample(h, 245);
      await approve(h, { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: subject.serviceId });
      await refused(() => create({ kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: subject.serviceNumber }), 'SERVICE_NOT_FILED', 'serviceId');
      const changed = { ...subject.body.services![0]! };
      await refused(() => create({ kind: 'change_service', channelId: h.parties.providers[0], serviceId: subject.serviceId, services: [changed] }), 'SERVICE_NOT_FILED', 'serviceId');
    });

    it('ACCESS_NOT_FOUND: cancelling an access the provider does not give', async () => {
      await refused(() => create({ kind: 'cancel_access', channelId: h.parties.providers[1], serviceId: filed.serviceId }), 'ACCESS_NOT_FOUND', 'serviceId');
    });

    it('CROSS_PROVINCE_FILING: a change cannot move the subject, nor an edit move a first filing', async () => {
      const subject = { ...filed.body.subject!, province: '310000', city: '310100', district: '310101' };
      await refused(() => create({ kind: 'change_subject', channelId: h.parties.providers[0], subjectId: filed.subjectId, subject }), 'CROSS_PROVINCE_FILING', 'subject.province');
      const id = await draft(sample(251));
      const moved = sample(251);
      moved.subject = { ...moved.subject!, province: '310000' };
      await refused(() => updateApplication(h.deps, h.actors.applicant, { applicationId: id, body: parseBody(moved) }), 'CROSS_PROVINCE_FILING', 'subject.province');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: id });
    });

    it('IMMUTABLE_FIELD: certificate, service type, new or altered domains, and what an application is about', async () => {
      const channelId = h.parties.providers[0];
      const other = sample(252).subject!.certificate;
      await refused(
        () => create({ kind: 'change_subject', channelId, subjectId: filed.subjectId, subject: { ...filed.body.subject!, certificate: other } }),
        'IMMUTABLE_FIELD',
        'subject.certificate.number',
      );
      const service = filed.body.services![0]!;
      const [domain] = service.domains!;
      await refused(() => create({ kind: 'change_service', channelId, serviceId: filed.serviceId, services: [{ ...service, domains: [domain!, 'new-domain.cn'] }] }), 'IMMUTABLE_FIELD', 'services[0].domains[1]');
      await refused(() => create({ kind: 'change_service', channelId, serviceId: filed.serviceId, services: [{ ...service, domains: [`m.${domain!}`] }] }), 'IMMUTABLE_FIELD', 'services[0].domains[0]');
      const asMini = { ...sample(252, { serviceType: 'mini_program', channelId: h.parties.miniProgramPlatform }).services![0]! };
      await refused(() => create({ kind: 'change_service', channelId: h.parties.miniProgramPlatform, serviceId: filed.serviceId, services: [asMini] }), 'IMMUTABLE_FIELD', 'services[0].type');

      const id = await draft(sample(253));
      const rebound = { ...sample(253), channelId: h.parties.providers[1] };
      await refused(() => updateApplication(h.deps, h.actors.applicant, { applicationId: id, body: parseBody(rebound) }), 'IMMUTABLE_FIELD', 'channelId');
      const recertified = sample(253);
      recertified.subject = { ...recertified.subject!, certificate: other };
      await refused(() => updateApplication(h.deps, h.actors.applicant, { applicationId: id, body: parseBody(recertified) }), 'IMMUTABLE_FIELD', 'subject.certificate.number');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: id });
    });
  });

  describe('submission', () => {
    it('PRECHECK_FAILED: the findings travel in the details, the first error names the field', async () => {
      const body = sample(261);
      body.services![0]!.remark = '记账工具';
      const id = await draft(body);
      await refused(() => submitApplication(h.deps, h.actors.applicant, { applicationId: id }), 'PRECHECK_FAILED', 'services[0].remark');
      const error = await submitApplication(h.deps, h.actors.applicant, { applicationId: id }).catch((e: unknown) => e);
      assert.ok(isBeianError(error));
      const findings = error.details!.findings as { code: string; path: string; severity: string }[];
      assert.ok(findings.some((f) => f.code === 'SERVICE_REMARK_LENGTH' && f.path === 'services[0].remark' && f.severity === 'error'));
      assert.equal(await applicationState(h, id), 'draft');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: id });
    });

    it('APPLICATION_IN_FLIGHT: one application at a time per subject, whatever its kind', async () => {
      const body = sample(262);
      const first = await draft(body);
      const second = await draft(body);
      await submitApplication(h.deps, h.actors.applicant, { applicationId: first });
      await refused(() => submitApplication(h.deps, h.actors.applicant, { applicationId: second }), 'APPLICATION_IN_FLIGHT');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: first });
      await submitApplication(h.deps, h.actors.applicant, { applicationId: second });
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: second });

      // A change of the subject in bureau review blocks cancelling an access of one of its services.
      const change = await toBureauReview(h, { kind: 'change_subject', channelId: h.parties.providers[0], subjectId: filed.subjectId, subject: filed.body.subject });
      const cancel = await draft({ kind: 'cancel_access', channelId: h.parties.providers[0], serviceId: filed.serviceId });
      const error = await submitApplication(h.deps, h.actors.applicant, { applicationId: cancel }).catch((e: unknown) => e);
      assert.ok(isBeianError(error) && error.code === 'APPLICATION_IN_FLIGHT', String(error));
      assert.deepEqual(error.details, { applicationId: change });
      await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: change });
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: cancel });
    });

    it('APPLICATION_CHANGED: an edit based on an old version', async () => {
      const id = await draft(sample(263));
      const { version } = await h.store.db.selectFrom('applications').select('version').where('id', '=', id).executeTakeFirstOrThrow();
      await updateApplication(h.deps, h.actors.applicant, { applicationId: id, body: parseBody(sample(263)), expectedVersion: version });
      await refused(() => updateApplication(h.deps, h.actors.applicant, { applicationId: id, body: parseBody(sample(263)), expectedVersion: version }), 'APPLICATION_CHANGED');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: id });
    });
  });

  describe('SMS', () => {
    it('SMS_NOT_PENDING: verifying or resending when no code is expected', async () => {
      const id = await draft(sample(271));
      const code = { phone: '13900000542', code: '123456', certificateTail: '123456' };
      await refused(() => verifySmsCode(h.deps, { applicationId: id, ...code }), 'SMS_NOT_PENDING', 'applicationId');
      await refused(() => verifySmsCode(h.deps, { applicationId: 'no-such-application', ...code }), 'SMS_NOT_PENDING', 'applicationId');
      await submitApplication(h.deps, h.actors.applicant, { applicationId: id });
      await refused(() => resendSmsCode(h.deps, h.actors.applicant, { applicationId: id }), 'SMS_NOT_PENDING', 'applicationId');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId: id });
    });
  });

  describe('idempotency keys', () => {
    it('the same key and request returns the first result without acting twice; another request with it is refused', async () => {
      const body = parseBody(sample(281));
      const idem = (key: string, request: unknown, principal = h.actors.applicant.userId!) => ({ idempotency: { principal, key, requestHash: requestFingerprint(request) } });
      const count = async () => Number((await h.store.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      const first = await createApplication(h.deps, h.actors.applicant, body, idem('create-281', body));
      const again = await createApplication(h.deps, h.actors.applicant, body, idem('create-281', body));
      assert.deepEqual(again, first);
      assert.equal(await count(), before + 1, 'one application created');
      const creates = await h.store.db.selectFrom('history').select('seq').where('entity_id', '=', first.applicationId).where('action', '=', 'create').execute();
      assert.equal(creates.length, 1, 'one history row');

      const changed = parseBody(sample(282));
      await refused(() => createApplication(h.deps, h.actors.applicant, changed, idem('create-281', changed)), 'IDEMPOTENCY_KEY_REUSED', 'headers.idempotency-key');
      const otherPrincipal = await createApplication(h.deps, h.actors.otherApplicant, changed, idem('create-281', changed, h.actors.otherApplicant.userId!));
      assert.notEqual(otherPrincipal.applicationId, first.applicationId, 'keys are scoped per principal');
      await withdrawApplication(h.deps, h.actors.otherApplicant, { applicationId: otherPrincipal.applicationId });

      const submit = { applicationId: first.applicationId };
      assert.deepEqual(await submitApplication(h.deps, h.actors.applicant, submit, idem('submit-281', submit)), submit);
      assert.deepEqual(await submitApplication(h.deps, h.actors.applicant, submit, idem('submit-281', submit)), submit, 'a replay is answered, not refused as an invalid transition');
      assert.equal((await h.store.db.selectFrom('history').select('seq').where('entity_id', '=', first.applicationId).where('action', '=', 'submit').execute()).length, 1);
      await withdrawApplication(h.deps, h.actors.applicant, submit);
    });

    it('a refused request does not use up its key: the transaction that claimed it rolled back', async () => {
      const body = sample(283);
      body.services![0]!.remark = '记账工具';
      const id = await draft(body);
      const submit = { applicationId: id };
      const idempotency = { principal: h.actors.applicant.userId!, key: 'submit-283', requestHash: requestFingerprint(submit) };
      await assertRefused(submitApplication(h.deps, h.actors.applicant, submit, { idempotency }), 'PRECHECK_FAILED');
      await updateApplication(h.deps, h.actors.applicant, { applicationId: id, body: parseBody(sample(283)) });
      await submitApplication(h.deps, h.actors.applicant, submit, { idempotency });
      assert.equal(await applicationState(h, id), 'provider_review');
      await withdrawApplication(h.deps, h.actors.applicant, submit);
    });
  });
});
