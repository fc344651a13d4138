import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApplicationBodyInput } from '../domain/form/application-body.js';
import { assertRefused, createFlowHarness, parseBody, type FlowHarness } from '../../test/support/flow-harness.js';
import { approve, createAndSubmit, fileSample, type FiledSample } from '../../test/support/lifecycle.js';
import { sampleFirstFiling, sampleMobile } from '../store/seed/sample-filing.js';
import type { Actor } from './actor.js';
import { codeInClaimSmsText } from './claims/claim-policy.js';
import { confirmSubjectClaim } from './claims/confirm-subject-claim.js';
import { startSubjectClaim } from './claims/start-subject-claim.js';
import { createApplication } from './create-application.js';
import { providerApprove } from './provider-approve.js';
import { submitApplication } from './submit-application.js';
import { withdrawApplication } from './withdraw-application.js';

describe('who may act on a filed subject or service', () => {
  let h: FlowHarness;
  let app: FiledSample; // filed by the applicant account, one app through the first provider
  let mini: FiledSample; // filed by the applicant account, one mini-program through the mini-program platform
  before(async () => {
    h = await createFlowHarness();
    app = await fileSample(h, 301);
    mini = await fileSample(h, 302, { serviceType: 'mini_program' });
  });
  after(async () => h.close());

  const create = (body: ApplicationBodyInput, actor: Actor = h.actors.applicant) => createApplication(h.deps, actor, parseBody(body));
  const drafted = async (body: ApplicationBodyInput, actor: Actor = h.actors.applicant) => {
    const { applicationId } = await create(body, actor);
    await withdrawApplication(h.deps, actor, { applicationId });
  };
  const provider = () => h.parties.providers[0];
  const otherProvider = () => h.parties.providers[1];
  const newAccess = (providerId: string) => ({ providerId, connectionMethods: ['cloud'], serverLocations: ['110000'], ips: ['47.97.3.1'] });
  const changedApp = (filed: FiledSample) => ({ ...filed.body.services![0]!, remark: `${filed.body.services![0]!.remark!}新增导出功能。` });

  describe('applicant accounts', () => {
    it('refuses a stranger account every kind on another subject’s filing, as if it did not exist', async () => {
      const stranger = h.actors.otherApplicant;
      const subject = { ...app.body.subject!, mainPerson: { ...app.body.subject!.mainPerson, name: '张冒名', mobile: sampleMobile(9001) } };
      await assertRefused(create({ kind: 'change_subject', channelId: provider(), subjectId: app.subjectNumber, subject }, stranger), 'NOT_FOUND', 'subjectId');
      await assertRefused(create({ kind: 'cancel_subject', channelId: provider(), subjectId: app.subjectId }, stranger), 'NOT_FOUND', 'subjectId');
      const more = sampleFirstFiling({ n: 303, channelId: provider() }).services!;
      await assertRefused(create({ kind: 'add_service', channelId: provider(), subjectId: app.subjectId, services: more }, stranger), 'NOT_FOUND', 'subjectId');
      await assertRefused(create({ kind: 'change_service', channelId: provider(), serviceId: app.serviceNumber, services: [changedApp(app)] }, stranger), 'NOT_FOUND', 'serviceId');
      await assertRefused(create({ kind: 'cancel_service', channelId: provider(), serviceId: app.serviceId }, stranger), 'NOT_FOUND', 'serviceId');
      await assertRefused(create({ kind: 'cancel_access', channelId: provider(), serviceId: app.serviceId }, stranger), 'NOT_FOUND', 'serviceId');
      await assertRefused(create({ kind: 'add_access', channelId: otherProvider(), serviceId: app.serviceId, access: newAccess(otherProvider()) }, stranger), 'NOT_FOUND', 'serviceId');
    });

    it('lets the owner account act through the channel serving the target, and refuses another channel', async () => {
      await drafted({ kind: 'change_service', channelId: provider(), serviceId: app.serviceId, services: [changedApp(app)] });
      await drafted({ kind: 'change_subject', channelId: provider(), subjectId: app.subjectId, subject: app.body.subject });
      await drafted({ kind: 'cancel_service', channelId: h.parties.miniProgramPlatform, serviceId: mini.serviceNumber });
      // A provider that does not serve the app, a mini-program platform for an app, a provider for a mini-program.
      await assertRefused(create({ kind: 'change_service', channelId: otherProvider(), serviceId: app.serviceId, services: [changedApp(app)] }), 'CHANNEL_NOT_SERVING', 'channelId');
      await assertRefused(create({ kind: 'cancel_service', channelId: h.parties.miniProgramPlatform, serviceId: app.serviceId }), 'CHANNEL_NOT_SERVING', 'channelId');
      await assertRefused(create({ kind: 'cancel_service', channelId: provider(), serviceId: mini.serviceId }), 'CHANNEL_NOT_SERVING', 'channelId');
      await assertRefused(create({ kind: 'change_subject', channelId: otherProvider(), subjectId: app.subjectId, subject: app.body.subject }), 'CHANNEL_NOT_SERVING', 'channelId');
      await assertRefused(create({ kind: 'cancel_subject', channelId: h.parties.quickAppPlatform, subjectId: mini.subjectId }), 'CHANNEL_NOT_SERVING', 'channelId');
      // New services may go through any channel of their kind; a new access through the new provider only.
      await drafted({ kind: 'add_service', channelId: otherProvider(), subjectId: app.subjectId, services: sampleFirstFiling({ n: 304, channelId: otherProvider() }).services! });
      await drafted({ kind: 'add_access', channelId: otherProvider(), serviceId: app.serviceId, access: newAccess(otherProvider()) });
      await assertRefused(create({ kind: 'add_access', channelId: provider(), serviceId: app.serviceId, access: newAccess(otherProvider()) }), 'ACCESS_CHANNEL_MISMATCH', 'channelId');
      await drafted({ kind: 'cancel_access', channelId: provider(), serviceId: app.serviceId });
    });
  });

  describe('providers and platforms', () => {
    it('lets the access provider and the platform act for the services they serve, and for their subjects', async () => {
      await drafted({ kind: 'change_service', channelId: provider(), serviceId: app.serviceId, services: [changedApp(app)] }, h.actors.provider);
      await drafted({ kind: 'cancel_access', channelId: provider(), serviceId: app.serviceId }, h.actors.provider);
      await drafted({ kind: 'change_subject', channelId: provider(), subjectId: app.subjectNumber, subject: app.body.subject }, h.actors.provider);
      await drafted({ kind: 'cancel_service', channelId: h.parties.miniProgramPlatform, serviceId: mini.serviceId }, h.actors.miniProgramPlatform);
      const more = sampleFirstFiling({ n: 305, channelId: h.parties.miniProgramPlatform, serviceType: 'mini_program' }).services!;
      await drafted({ kind: 'add_service', channelId: h.parties.miniProgramPlatform, subjectId: mini.subjectId, services: more }, h.actors.miniProgramPlatform);
      // add_access by the new provider itself.
      await drafted({ kind: 'add_access', channelId: otherProvider(), serviceId: app.serviceNumber, access: newAccess(otherProvider()) }, h.actors.otherProvider);
    });

    it('refuses a provider or platform that does not serve the target (a platform cancelling an app, a provider changing a service it does not serve)', async () => {
      await assertRefused(create({ kind: 'cancel_service', channelId: h.parties.miniProgramPlatform, serviceId: app.serviceId }, h.actors.miniProgramPlatform), 'NOT_FOUND', 'serviceId');
      await assertRefused(create({ kind: 'change_service', channelId: otherProvider(), serviceId: app.serviceId, services: [changedApp(app)] }, h.actors.otherProvider), 'NOT_FOUND', 'serviceId');
      await assertRefused(create({ kind: 'cancel_access', channelId: otherProvider(), serviceId: app.serviceId }, h.actors.otherProvider), 'NOT_FOUND', 'serviceId');
      await assertRefused(create({ kind: 'change_subject', channelId: otherProvider(), subjectId: app.subjectId, subject: app.body.subject }, h.actors.otherProvider), 'NOT_FOUND', 'subjectId');
      await assertRefused(create({ kind: 'cancel_subject', channelId: h.parties.miniProgramPlatform, subjectId: app.subjectId }, h.actors.miniProgramPlatform), 'NOT_FOUND', 'subjectId');
      const more = sampleFirstFiling({ n: 306, channelId: otherProvider() }).services!;
      await assertRefused(create({ kind: 'add_service', channelId: otherProvider(), subjectId: app.subjectId, services: more }, h.actors.otherProvider), 'NOT_FOUND', 'subjectId');
      // Naming another provider as the new access does not make it the new provider.
      await assertRefused(create({ kind: 'add_access', channelId: otherProvider(), serviceId: app.serviceId, access: newAccess(provider()) }, h.actors.otherProvider), 'NOT_FOUND', 'serviceId');
    });

    it('checks again at submission: a provider whose access has ended can no longer file a change of the service', async () => {
      const filed = await fileSample(h, 307);
      await approve(h, { kind: 'add_access', channelId: otherProvider(), serviceId: filed.serviceId, access: newAccess(otherProvider()) }, { provider: h.actors.otherProvider });
      const { applicationId } = await create({ kind: 'change_service', channelId: provider(), serviceId: filed.serviceId, services: [changedApp(filed)] });
      await approve(h, { kind: 'cancel_access', channelId: provider(), serviceId: filed.serviceId });
      await assertRefused(submitApplication(h.deps, h.actors.applicant, { applicationId }), 'CHANNEL_NOT_SERVING', 'channelId');
      await withdrawApplication(h.deps, h.actors.applicant, { applicationId });
      // The remaining provider may.
      await drafted({ kind: 'change_service', channelId: otherProvider(), serviceId: filed.serviceId, services: [changedApp(filed)] });
    });

    it('leaves a service nobody serves any more to its owners, through a channel of its kind', async () => {
      const filed = await fileSample(h, 308);
      await approve(h, { kind: 'cancel_access', channelId: provider(), serviceId: filed.serviceId });
      await assertRefused(create({ kind: 'cancel_service', channelId: provider(), serviceId: filed.serviceId }, h.actors.provider), 'NOT_FOUND', 'serviceId');
      await assertRefused(create({ kind: 'cancel_service', channelId: h.parties.miniProgramPlatform, serviceId: filed.serviceId }), 'CHANNEL_MISMATCH', 'channelId');
      await approve(h, { kind: 'cancel_service', channelId: otherProvider(), serviceId: filed.serviceId }, { provider: h.actors.otherProvider });
    });
  });

  describe('a change that replaces a responsible person', () => {
    const smsTo = async (phone: string) =>
      (await h.store.db.selectFrom('outbox').select(['payload']).where('topic', '=', 'sms').where('recipient', '=', phone).orderBy('id').execute()).map(
        (m) => m.payload as { text: string; meta: Record<string, string> },
      );

    it('tells the outgoing main person, without a code, when SMS verification starts; the incoming one confirms', async () => {
      const filed = await fileSample(h, 311);
      const outgoing = filed.body.subject!.mainPerson.mobile;
      const incoming = sampleFirstFiling({ n: 312, channelId: provider() }).subject!.mainPerson;
      const before = (await smsTo(outgoing)).length;
      const id = await createAndSubmit(h, { kind: 'change_subject', channelId: provider(), subjectId: filed.subjectId, subject: { ...filed.body.subject!, mainPerson: incoming } });
      assert.equal((await smsTo(outgoing)).length, before, 'nothing before the provider passes it');
      await providerApprove(h.deps, h.actors.provider, { applicationId: id });
      const notices = (await smsTo(outgoing)).slice(before);
      assert.equal(notices.length, 1);
      assert.deepEqual(notices[0]!.meta, { applicationId: id, notice: 'replaced_person', role: 'main' });
      assert.match(notices[0]!.text, new RegExp(filed.subjectNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.doesNotMatch(notices[0]!.text, /验证码/, 'no code in the notice');
      const challenges = await h.store.db.selectFrom('sms_challenges').select('phone').where('application_id', '=', id).execute();
      assert.deepEqual(challenges.map((c) => c.phone), [incoming.mobile], 'only the incoming person confirms');
    });

    it('tells the outgoing service person, and nobody when the same person stays', async () => {
      const filed = await fileSample(h, 313);
      const outgoing = filed.body.services![0]!.responsiblePerson.mobile;
      const incoming = { ...sampleFirstFiling({ n: 314, channelId: provider() }).services![0]!.responsiblePerson };
      const before = (await smsTo(outgoing)).length;
      await approve(h, { kind: 'change_service', channelId: provider(), serviceId: filed.serviceId, services: [changedApp(filed)] });
      assert.equal((await smsTo(outgoing)).length, before + 1, 'the code to the same person, no notice');
      const replaced = await createAndSubmit(h, {
        kind: 'change_service',
        channelId: provider(),
        serviceId: filed.serviceId,
        services: [{ ...changedApp(filed), responsiblePerson: incoming }],
      });
      await providerApprove(h.deps, h.actors.provider, { applicationId: replaced });
      const notices = (await smsTo(outgoing)).slice(before + 1);
      assert.deepEqual(notices.map((n) => n.meta.notice), ['replaced_person']);
      assert.match(notices[0]!.text, new RegExp(filed.body.services![0]!.name));
    });
  });

  describe('linking an account to a subject a channel filed', () => {
    let filed: { subjectId: string; subjectNumber: string; mainPhone: string; body: ApplicationBodyInput };
    const claimCode = async (phone: string) => {
      const rows = await h.store.db.selectFrom('outbox').select('payload').where('topic', '=', 'sms').where('recipient', '=', phone).orderBy('id', 'desc').execute();
      for (const row of rows) {
        const code = codeInClaimSmsText((row.payload as { text: string }).text);
        if (code) return code;
      }
      throw new Error(`no claim code sent to ${phone}`);
    };
    const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

    before(async () => {
      const body = sampleFirstFiling({ n: 321, channelId: provider() });
      const result = await approve(h, body, { applicant: h.actors.provider });
      filed = { subjectId: '', subjectNumber: result.subjectNumber!, mainPhone: body.subject!.mainPerson.mobile, body };
      filed.subjectId = (await h.store.db.selectFrom('filings').select('subject_id').where('number', '=', result.subjectNumber!).executeTakeFirstOrThrow()).subject_id;
    });

    it('gives a subject filed by a provider no owner account until one proves control with the code sent to the main person', async () => {
      const owners = await h.store.db.selectFrom('subject_owners').select('user_id').where('subject_id', '=', filed.subjectId).execute();
      assert.deepEqual(owners, [], 'a provider account is no owner');
      const change = { kind: 'change_subject' as const, channelId: provider(), subjectId: filed.subjectId, subject: filed.body.subject };
      await assertRefused(create(change), 'NOT_FOUND', 'subjectId');

      const claim = await startSubjectClaim(h.deps, h.actors.applicant, { subject: filed.subjectNumber });
      assert.equal(claim.subjectNumber, filed.subjectNumber);
      const code = await claimCode(filed.mainPhone);
      const stored = await h.store.db.selectFrom('subject_claims').select(['code_hash', 'phone']).where('id', '=', claim.claimId).executeTakeFirstOrThrow();
      assert.ok(!stored.code_hash.includes(code) && stored.code_hash.startsWith('$argon2id$'), 'the code is stored hashed');

      await assertRefused(confirmSubjectClaim(h.deps, h.actors.otherApplicant, { claimId: claim.claimId, code }), 'NOT_FOUND', 'params.id');
      assert.deepEqual(await confirmSubjectClaim(h.deps, h.actors.applicant, { claimId: claim.claimId, code: wrongCode(code) }), { outcome: 'wrong', attemptsLeft: 4 });
      assert.deepEqual(await confirmSubjectClaim(h.deps, h.actors.applicant, { claimId: claim.claimId, code }), {
        outcome: 'linked',
        subjectId: filed.subjectId,
        subjectNumber: filed.subjectNumber,
      });
      const linked = await h.store.db.selectFrom('outbox').select('payload').where('recipient', '=', filed.mainPhone).orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal((linked.payload as { meta: { notice: string } }).meta.notice, 'claim_linked', 'the main person is told');
      await assertRefused(confirmSubjectClaim(h.deps, h.actors.applicant, { claimId: claim.claimId, code }), 'NOT_FOUND', 'params.id');
      await assertRefused(startSubjectClaim(h.deps, h.actors.applicant, { subject: filed.subjectNumber }), 'SUBJECT_ALREADY_OWNED', 'subject');
      await drafted(change);
      // The provider still acts for it as well.
      await drafted(change, h.actors.provider);
    });

    it('supports several owner accounts; limits sends, wrong codes and time', async () => {
      const other = h.actors.otherApplicant;
      const first = await startSubjectClaim(h.deps, other, { subject: filed.subjectId });
      await assertRefused(startSubjectClaim(h.deps, other, { subject: filed.subjectNumber }), 'SMS_RESEND_TOO_SOON', 'subject');
      h.clock.now = new Date(h.clock.now.getTime() + 61_000);
      const code = await claimCode(filed.mainPhone);
      for (let left = 4; left >= 1; left--) {
        assert.deepEqual(await confirmSubjectClaim(h.deps, other, { claimId: first.claimId, code: wrongCode(code) }), { outcome: 'wrong', attemptsLeft: left });
      }
      assert.deepEqual(await confirmSubjectClaim(h.deps, other, { claimId: first.claimId, code: wrongCode(code) }), { outcome: 'exhausted' });
      await assertRefused(confirmSubjectClaim(h.deps, other, { claimId: first.claimId, code }), 'NOT_FOUND', 'params.id');

      const late = await startSubjectClaim(h.deps, other, { subject: filed.subjectNumber });
      const lateCode = await claimCode(filed.mainPhone);
      h.clock.now = new Date(h.clock.now.getTime() + 16 * 60_000);
      assert.deepEqual(await confirmSubjectClaim(h.deps, other, { claimId: late.claimId, code: lateCode }), { outcome: 'expired' });

      const third = await startSubjectClaim(h.deps, other, { subject: filed.subjectNumber });
      assert.deepEqual(await confirmSubjectClaim(h.deps, other, { claimId: third.claimId, code: await claimCode(filed.mainPhone) }), {
        outcome: 'linked',
        subjectId: filed.subjectId,
        subjectNumber: filed.subjectNumber,
      });
      const owners = await h.store.db.selectFrom('subject_owners').select(['user_id', 'via']).where('subject_id', '=', filed.subjectId).orderBy('user_id').execute();
      assert.deepEqual(
        owners.map((o) => o.via),
        ['claim', 'claim'],
      );
      assert.equal(owners.length, 2, 'two owner accounts');
      await drafted({ kind: 'cancel_subject', channelId: provider(), subjectId: filed.subjectId }, other);
      await drafted({ kind: 'cancel_subject', channelId: provider(), subjectId: filed.subjectId });

      // A subject's phone gets at most the SMS send limit of claim codes a day, whoever asks.
      h.clock.now = new Date(h.clock.now.getTime() + 61_000);
      const spare = await fileSample(h, 322);
      for (let i = 0; i < h.deps.policy.smsMaxSends; i++) {
        await startSubjectClaim(h.deps, other, { subject: spare.subjectNumber });
        h.clock.now = new Date(h.clock.now.getTime() + 61_000);
      }
      await assertRefused(startSubjectClaim(h.deps, other, { subject: spare.subjectNumber }), 'SMS_SEND_LIMIT', 'subject');
    });

    it('is for applicant accounts only', async () => {
      await assertRefused(startSubjectClaim(h.deps, h.actors.provider, { subject: filed.subjectNumber }), 'ACTION_NOT_PERMITTED');
      await assertRefused(startSubjectClaim(h.deps, h.actors.applicant, { subject: '京ICP备2026999999号' }), 'NOT_FOUND', 'subject');
    });
  });
});
