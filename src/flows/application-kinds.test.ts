import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApplicationBodyInput } from '../domain/form/application-body.js';
import { createFlowHarness, parseBody, type FlowHarness } from '../../test/support/flow-harness.js';
import { confirmAllSms } from '../../test/support/drive.js';
import {
  applicationHistory,
  applicationState,
  approve,
  createAndSubmit,
  fileSample,
  filingsOf,
  toBureauReview,
} from '../../test/support/lifecycle.js';
import { sampleFirstFiling, sampleMobile } from '../store/seed/sample-filing.js';
import { verifyHistoryChain } from '../store/history-chain.js';
import { bureauApprove } from './bureau-approve.js';
import { createApplication } from './create-application.js';
import { providerApprove } from './provider-approve.js';
import { returnApplication } from './return-application.js';
import { submitApplication } from './submit-application.js';
import { updateApplication } from './update-application.js';
import { withdrawApplication } from './withdraw-application.js';

describe('every kind of application, approved', () => {
  let h: FlowHarness;
  before(async () => {
    h = await createFlowHarness();
  });
  after(async () => {
    const verdict = await verifyHistoryChain(h.store.db);
    assert.equal(verdict.intact, true, JSON.stringify(verdict));
    await h.close();
  });

  /** The phones asked to confirm an application by SMS (challenges stay after confirmation). */
  const smsPhones = async (applicationId: string) =>
    (await h.store.db.selectFrom('sms_challenges').select('phone').where('application_id', '=', applicationId).orderBy('phone').execute()).map((c) => c.phone);
  const applicationOf = async (result: { applicationId: string }) => result.applicationId;
  const service = (n: number, type: 'app' | 'mini_program' = 'app') =>
    sampleFirstFiling({ n, channelId: type === 'app' ? h.parties.providers[0] : h.parties.miniProgramPlatform, serviceType: type }).services![0]!;

  it('add_service: new services share the subject sequence (-2A, then -3X) without re-entering the subject', async () => {
    const filed = await fileSample(h, 11);
    assert.equal(filed.serviceNumber, `${filed.subjectNumber}-1A`);

    const addApp = await approve(h, { kind: 'add_service', channelId: h.parties.providers[0], subjectId: filed.subjectId, services: [service(12)] });
    assert.equal(addApp.subjectNumber, filed.subjectNumber);
    assert.deepEqual(addApp.serviceNumbers, [`${filed.subjectNumber}-2A`]);
    assert.deepEqual(await smsPhones(await applicationOf(addApp)), [sampleMobile(22), sampleMobile(25)], 'the filed main person and the new service person');

    // A mini-program through its platform, referring to the subject by number.
    const addMini = await approve(
      h,
      { kind: 'add_service', channelId: h.parties.miniProgramPlatform, subjectId: filed.subjectNumber, services: [service(13, 'mini_program')] },
      { provider: h.actors.miniProgramPlatform },
    );
    assert.deepEqual(addMini.serviceNumbers, [`${filed.subjectNumber}-3X`]);

    assert.deepEqual(await filingsOf(h, filed.subjectId), [
      { number: filed.subjectNumber, kind: 'subject', status: 'active', shell: false },
      { number: `${filed.subjectNumber}-1A`, kind: 'service', status: 'active', shell: false },
      { number: `${filed.subjectNumber}-2A`, kind: 'service', status: 'active', shell: false },
      { number: `${filed.subjectNumber}-3X`, kind: 'service', status: 'active', shell: false },
    ]);
    const subjects = await h.store.db.selectFrom('subjects').select('id').where('certificate_key', 'like', `%${filed.body.subject!.certificate.number}`).execute();
    assert.equal(subjects.length, 1, 'one subject row, however many services it adds');

    const history = await applicationHistory(h, addApp.applicationId);
    assert.deepEqual(
      history.map((r) => [r.action, r.actor_role]),
      [
        ['create', 'applicant'],
        ['submit', 'applicant'],
        ['providerApprove', 'provider'],
        ['smsConfirm', 'system'],
        ['smsConfirm', 'system'],
        ['smsComplete', 'system'],
        ['bureauApprove', 'bureau'],
      ],
    );
    assert.equal(history.at(-1)!.actor_user_id, h.actors.beijingBureau.userId);
  });

  it('cancel_access needs no SMS and leaves a shell service; add_access through another provider clears the flag', async () => {
    const filed = await fileSample(h, 21);
    const cancelId = await createAndSubmit(h, { kind: 'cancel_access', channelId: h.parties.providers[0], serviceId: filed.serviceId, reason: '业务迁移' });
    const approved = await providerApprove(h.deps, h.actors.provider, { applicationId: cancelId });
    assert.equal(approved.phones, 0);
    assert.equal(await applicationState(h, cancelId), 'bureau_review', 'straight to the bureau');
    const step = await h.store.db.selectFrom('history').select(['actor_role', 'actor_user_id']).where('entity_id', '=', cancelId).where('action', '=', 'smsComplete').executeTakeFirstOrThrow();
    assert.deepEqual([step.actor_role, step.actor_user_id], ['system', null], 'the automatic step is the system, not the provider');
    assert.deepEqual(await smsPhones(cancelId), []);
    const sms = await h.store.db.selectFrom('outbox').select('payload').where('topic', '=', 'sms').execute();
    assert.equal(sms.filter((m) => (m.payload as { meta: { applicationId: string } }).meta.applicationId === cancelId).length, 0, 'no code sent');
    await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: cancelId });
    assert.deepEqual(
      (await applicationHistory(h, cancelId)).map((r) => [r.action, r.to_state]),
      [
        ['create', 'draft'],
        ['submit', 'provider_review'],
        ['providerApprove', 'sms_pending'],
        ['smsComplete', 'bureau_review'],
        ['bureauApprove', 'approved'],
      ],
    );
    const access = await h.store.db.selectFrom('service_access').select(['provider_id', 'cancelled_at']).where('service_id', '=', filed.serviceId).execute();
    assert.equal(access.length, 1);
    assert.notEqual(access[0]!.cancelled_at, null);
    assert.deepEqual(await filingsOf(h, filed.subjectId), [
      { number: filed.subjectNumber, kind: 'subject', status: 'active', shell: false },
      { number: filed.serviceNumber, kind: 'service', status: 'active', shell: true },
    ]);

    const { applicationId: addId } = await approve(
      h,
      {
        kind: 'add_access',
        channelId: h.parties.providers[1],
        serviceId: filed.serviceNumber,
        access: { providerId: h.parties.providers[1], connectionMethods: ['cloud'], serverLocations: ['110000'], ips: ['47.97.1.9'], supportsIpv6: true },
      },
      { provider: h.actors.otherProvider },
    );
    assert.deepEqual(await smsPhones(addId), [sampleMobile(43)], 'the service person confirms a new access');
    const live = await h.store.db.selectFrom('service_access').select(['provider_id', 'ips']).where('service_id', '=', filed.serviceId).where('cancelled_at', 'is', null).execute();
    assert.deepEqual(live, [{ provider_id: h.parties.providers[1], ips: ['47.97.1.9'] }]);
    assert.deepEqual(await filingsOf(h, filed.subjectId), [
      { number: filed.subjectNumber, kind: 'subject', status: 'active', shell: false },
      { number: filed.serviceNumber, kind: 'service', status: 'active', shell: false },
    ]);
  });

  it('change_subject: the name and the main person change, the number stays; only the main person confirms', async () => {
    const filed = await fileSample(h, 31);
    const renamed = sampleFirstFiling({ n: 32, channelId: h.parties.providers[0] }).subject!;
    const subject = { ...filed.body.subject!, name: renamed.name, superior: renamed.name, mainPerson: renamed.mainPerson };
    const result = await approve(h, { kind: 'change_subject', channelId: h.parties.providers[0], subjectId: filed.subjectId, subject });
    assert.equal(result.subjectNumber, filed.subjectNumber);
    assert.deepEqual(result.serviceNumbers, []);
    assert.deepEqual(await smsPhones(result.applicationId), [sampleMobile(64)], 'the new main person');
    const row = await h.store.db.selectFrom('subjects').select(['name', 'province_code', 'certificate_key', 'status']).where('id', '=', filed.subjectId).executeTakeFirstOrThrow();
    assert.equal(row.name, renamed.name);
    assert.equal(row.province_code, '110000');
    assert.equal(row.certificate_key, `ORG:${filed.body.subject!.certificate.number}`);
    const main = await h.store.db.selectFrom('persons').select(['mobile']).where('subject_id', '=', filed.subjectId).where('role', '=', 'main').execute();
    assert.deepEqual(main, [{ mobile: sampleMobile(64) }]);
    assert.deepEqual((await filingsOf(h, filed.subjectId)).map((f) => f.number), [filed.subjectNumber, filed.serviceNumber]);
  });

  it('change_service: a domain may be dropped and the details updated; only the service person confirms', async () => {
    const filed = await fileSample(h, 41, { edit: (body) => body.services![0]!.domains!.push(body.services![0]!.domains![0]!.replace(/^api\./, 'www.')) });
    const before = filed.body.services![0]!;
    const [api, www] = before.domains!;
    const changed = { ...before, remark: `${before.remark!}新增云端备份功能。`, domains: [before.domains![0]!] };
    const result = await approve(h, { kind: 'change_service', channelId: h.parties.providers[0], serviceId: filed.serviceId, services: [changed] });
    assert.deepEqual(await smsPhones(result.applicationId), [sampleMobile(83)]);
    const domains = await h.store.db.selectFrom('service_domains').select(['domain', 'removed_at']).where('service_id', '=', filed.serviceId).orderBy('domain').execute();
    assert.deepEqual(
      domains.map((d) => [d.domain, d.removed_at === null]),
      [
        [api, true],
        [www, false],
      ],
    );
    const row = await h.store.db.selectFrom('services').select('data').where('id', '=', filed.serviceId).executeTakeFirstOrThrow();
    assert.equal((row.data as { remark: string }).remark, changed.remark);
    assert.deepEqual((await filingsOf(h, filed.subjectId)).map((f) => [f.number, f.status]), [
      [filed.subjectNumber, 'active'],
      [filed.serviceNumber, 'active'],
    ]);
  });

  it('cancel_service: the service filing is cancelled; the subject turns shell when its last service goes', async () => {
    const filed = await fileSample(h, 51);
    const second = await approve(h, { kind: 'add_service', channelId: h.parties.providers[0], subjectId: filed.subjectId, services: [service(52)] });
    const secondNumber = second.serviceNumbers[0]!;

    const first = await approve(h, { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: filed.serviceId, reason: '停止运营' });
    assert.deepEqual(await smsPhones(first.applicationId), [sampleMobile(103)], 'the cancelled service’s person');
    assert.deepEqual(await filingsOf(h, filed.subjectId), [
      { number: filed.subjectNumber, kind: 'subject', status: 'active', shell: false },
      { number: filed.serviceNumber, kind: 'service', status: 'cancelled', shell: false },
      { number: secondNumber, kind: 'service', status: 'active', shell: false },
    ]);
    const cancelled = await h.store.db.selectFrom('services').select('status').where('id', '=', filed.serviceId).executeTakeFirstOrThrow();
    assert.equal(cancelled.status, 'cancelled');
    const domains = await h.store.db.selectFrom('service_domains').select('removed_at').where('service_id', '=', filed.serviceId).execute();
    assert.ok(domains.every((d) => d.removed_at !== null), 'its domains are released');

    await approve(h, { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: secondNumber });
    const subjectFiling = (await filingsOf(h, filed.subjectId))[0]!;
    assert.deepEqual(subjectFiling, { number: filed.subjectNumber, kind: 'subject', status: 'active', shell: true });
  });

  it('cancel_subject: the subject and every service are cancelled; only the main person confirms', async () => {
    const filed = await fileSample(h, 61);
    const mini = await approve(
      h,
      { kind: 'add_service', channelId: h.parties.miniProgramPlatform, subjectId: filed.subjectId, services: [service(62, 'mini_program')] },
      { provider: h.actors.miniProgramPlatform },
    );
    const result = await approve(h, { kind: 'cancel_subject', channelId: h.parties.providers[0], subjectId: filed.subjectId, reason: '公司注销' });
    assert.deepEqual(await smsPhones(result.applicationId), [sampleMobile(122)]);
    assert.deepEqual(
      (await filingsOf(h, filed.subjectId)).map((f) => [f.number, f.status]),
      [
        [filed.subjectNumber, 'cancelled'],
        [filed.serviceNumber, 'cancelled'],
        [mini.serviceNumbers[0]!, 'cancelled'],
      ],
    );
    const subject = await h.store.db.selectFrom('subjects').select('status').where('id', '=', filed.subjectId).executeTakeFirstOrThrow();
    assert.equal(subject.status, 'cancelled');
    const services = await h.store.db.selectFrom('services').select('status').where('subject_id', '=', filed.subjectId).execute();
    assert.deepEqual(services.map((s) => s.status), ['cancelled', 'cancelled']);
    const access = await h.store.db.selectFrom('service_access').select('cancelled_at').where('service_id', '=', filed.serviceId).execute();
    assert.ok(access.every((a) => a.cancelled_at !== null));
  });

  it('withdraw: the applicant withdraws a draft and one in review, the provider only one it opened; the subject is free for a new application', async () => {
    const body = sampleFirstFiling({ n: 71, channelId: h.parties.providers[0] });
    const { applicationId: draft } = await createApplication(h.deps, h.actors.applicant, parseBody(body));
    await withdrawApplication(h.deps, h.actors.applicant, { applicationId: draft, reason: '信息填错' });
    assert.equal(await applicationState(h, draft), 'withdrawn');

    const inReview = await createAndSubmit(h, body);
    await assert.rejects(withdrawApplication(h.deps, h.actors.provider, { applicationId: inReview }), { code: 'ACTION_NOT_PERMITTED' });
    assert.equal(await applicationState(h, inReview), 'provider_review', 'the applicant’s application is not the provider’s to withdraw');
    await withdrawApplication(h.deps, h.actors.applicant, { applicationId: inReview });
    assert.equal(await applicationState(h, inReview), 'withdrawn');

    const onBehalf = await createAndSubmit(h, body, { applicant: h.actors.provider });
    await withdrawApplication(h.deps, h.actors.provider, { applicationId: onBehalf });
    assert.equal(await applicationState(h, onBehalf), 'withdrawn');
    assert.deepEqual(
      (await applicationHistory(h, onBehalf)).map((r) => [r.action, r.from_state, r.to_state, r.actor_role]),
      [
        ['create', null, 'draft', 'provider'],
        ['submit', 'draft', 'provider_review', 'provider'],
        ['withdraw', 'provider_review', 'withdrawn', 'provider'],
      ],
    );
    assert.equal((await applicationHistory(h, draft)).at(-1)!.reason, '信息填错');

    const result = await approve(h, body);
    assert.match(result.subjectNumber!, /^京ICP备2026\d{6}号$/);
  });

  it('provider return then resubmit: the reasons reach the applicant, the fixed application goes back to initial review', async () => {
    const body = sampleFirstFiling({ n: 81, channelId: h.parties.providers[0] });
    const applicationId = await createAndSubmit(h, body);
    const reasons = [{ code: 'SERVICE_REMARK_LENGTH', path: 'services[0].remark', note: '请写明具体业务' }];
    await returnApplication(h.deps, h.actors.provider, { applicationId, by: 'provider', reasons });
    assert.equal(await applicationState(h, applicationId), 'provider_returned');
    const returned = await h.store.db.selectFrom('applications').select(['return_reasons', 'version']).where('id', '=', applicationId).executeTakeFirstOrThrow();
    assert.deepEqual(
      (returned.return_reasons as { code: string; path: string; note: string }[]).map((r) => [r.code, r.path, r.note]),
      [['SERVICE_REMARK_LENGTH', 'services[0].remark', '请写明具体业务']],
    );
    const returnRow = (await applicationHistory(h, applicationId)).at(-1)!;
    assert.deepEqual([returnRow.action, returnRow.actor_role, returnRow.actor_user_id], ['providerReturn', 'provider', h.actors.provider.userId]);
    assert.match(returnRow.reason!, /SERVICE_REMARK_LENGTH@services\[0\]\.remark: 请写明具体业务/);

    const fixed = parseBody({ ...body, services: [{ ...body.services![0]!, remark: `${body.services![0]!.remark!}支持多设备同步。` }] });
    await updateApplication(h.deps, h.actors.applicant, { applicationId, body: fixed, expectedVersion: returned.version });
    await submitApplication(h.deps, h.actors.applicant, { applicationId });
    assert.equal(await applicationState(h, applicationId), 'provider_review');
    const resubmitted = await h.store.db.selectFrom('applications').select('return_reasons').where('id', '=', applicationId).executeTakeFirstOrThrow();
    assert.deepEqual(resubmitted.return_reasons, [], 'the reasons are cleared on resubmission');
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    await confirmAllSms(h, applicationId);
    const result = await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId });
    assert.equal(result.serviceNumbers.length, 1);
    assert.deepEqual(
      (await applicationHistory(h, applicationId)).map((r) => r.action),
      ['create', 'submit', 'providerReturn', 'update', 'submit', 'providerApprove', 'smsConfirm', 'smsConfirm', 'smsComplete', 'bureauApprove'],
    );
  });

  it('bureau return then resubmit: a new initial review and a new SMS round before the bureau decides again', async () => {
    const body: ApplicationBodyInput = sampleFirstFiling({ n: 91, channelId: h.parties.providers[0] });
    const applicationId = await toBureauReview(h, body);
    await returnApplication(h.deps, h.actors.beijingBureau, {
      applicationId,
      by: 'bureau',
      reasons: [{ code: 'OTHER', path: 'subject.address', note: '地址与营业执照不一致' }],
    });
    assert.equal(await applicationState(h, applicationId), 'bureau_returned');
    const returnRow = (await applicationHistory(h, applicationId)).at(-1)!;
    assert.deepEqual([returnRow.action, returnRow.from_state, returnRow.to_state, returnRow.actor_role], ['bureauReturn', 'bureau_review', 'bureau_returned', 'bureau']);
    assert.match(returnRow.reason!, /OTHER@subject\.address: 地址与营业执照不一致/);
    const decided = await h.store.db.selectFrom('applications').select('decided_at').where('id', '=', applicationId).executeTakeFirstOrThrow();
    assert.notEqual(decided.decided_at, null);
    assert.equal((await filingsOf(h, (await h.store.db.selectFrom('applications').select('subject_id').where('id', '=', applicationId).executeTakeFirstOrThrow()).subject_id)).length, 0, 'nothing filed');

    await submitApplication(h.deps, h.actors.applicant, { applicationId });
    assert.equal(await applicationState(h, applicationId), 'provider_review', 'a bureau return restarts the initial review');
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    assert.equal(await applicationState(h, applicationId), 'sms_pending');
    await confirmAllSms(h, applicationId);
    const result = await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId });
    assert.match(result.subjectNumber!, /^京ICP备2026\d{6}号$/);
    assert.deepEqual(
      (await applicationHistory(h, applicationId)).map((r) => r.action),
      [
        'create', 'submit', 'providerApprove', 'smsConfirm', 'smsConfirm', 'smsComplete', 'bureauReturn',
        'submit', 'providerApprove', 'smsConfirm', 'smsConfirm', 'smsComplete', 'bureauApprove',
      ],
    );
  });
});
