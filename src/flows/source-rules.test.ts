import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isBeianError } from '../domain/errors/beian-error.js';
import type { ApplicationBodyInput } from '../domain/form/application-body.js';
import type { Finding } from '../domain/precheck/finding.js';
import { assertRefused, createFlowHarness, parseBody, type FlowHarness } from '../../test/support/flow-harness.js';
import { approve, fileSample } from '../../test/support/lifecycle.js';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import { sampleMaterials } from '../store/seed/sample-materials.js';
import type { Actor } from './actor.js';
import { createApplication } from './create-application.js';
import { submitApplication } from './submit-application.js';
import { updateApplication } from './update-application.js';
import { uploadMaterial } from './upload-material.js';

/** The findings a submission was refused with (PRECHECK_FAILED), as code@path. */
async function refusedFindings(promise: Promise<unknown>): Promise<Array<Pick<Finding, 'code' | 'path' | 'severity'> & { message: string }>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isBeianError(error) && error.code === 'PRECHECK_FAILED', `expected PRECHECK_FAILED, got ${String(error)}`);
    const findings = (error.details as { findings: Finding[] }).findings;
    return findings.map((f) => ({ code: f.code, path: f.path, severity: f.severity, message: f.message.en }));
  }
  assert.fail('the submission passed');
}

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1');

describe('rules the sources state, against the registry', () => {
  let h: FlowHarness;
  before(async () => {
    h = await createFlowHarness();
  });
  after(async () => h.close());

  const draft = async (body: ApplicationBodyInput, actor: Actor = h.actors.applicant) => (await createApplication(h.deps, actor, parseBody(body))).applicationId;
  const submit = (applicationId: string, actor: Actor = h.actors.applicant) => submitApplication(h.deps, actor, { applicationId });
  const sampleService = (n: number) => sampleFirstFiling({ n, channelId: h.parties.providers[0] }).services![0]!;

  it('refuses an Android package name another subject filed, naming its number', async () => {
    const filed = await fileSample(h, 301);
    const body = sampleFirstFiling({ n: 302, channelId: h.parties.providers[0] });
    body.services![0]!.featureInfo![0]!.packageName = filed.body.services![0]!.featureInfo![0]!.packageName;
    const findings = await refusedFindings(submit(await draft(body)));
    const hit = findings.find((f) => f.code === 'PACKAGE_FILED_BY_OTHER_SUBJECT');
    assert.equal(hit?.path, 'services[0].featureInfo[0].packageName');
    assert.ok(hit?.message.includes(filed.serviceNumber), hit?.message);
  });

  it('refuses the same APP name again as a new service of the same subject', async () => {
    const filed = await fileSample(h, 311);
    const again = { ...sampleService(312), name: filed.body.services![0]!.name };
    const findings = await refusedFindings(submit(await draft({ kind: 'add_service', channelId: h.parties.providers[0], subjectId: filed.subjectId, services: [again] })));
    assert.deepEqual(findings.filter((f) => f.code === 'SERVICE_ALREADY_FILED').map((f) => f.path), ['services[0].name']);
  });

  it('warns, without refusing, when a change gives a filed package other signing keys', async () => {
    const filed = await fileSample(h, 321);
    const service = structuredClone(filed.body.services![0]!);
    service.featureInfo![0]!.signatureMd5 = '00112233445566778899aabbccddeeff';
    const applicationId = await draft({ kind: 'change_service', channelId: h.parties.providers[0], serviceId: filed.serviceId, services: [service] });
    await submit(applicationId);
    const stored = await h.store.db.selectFrom('applications').select('findings').where('id', '=', applicationId).executeTakeFirstOrThrow();
    const warning = (stored.findings as Finding[]).find((f) => f.code === 'PACKAGE_SIGNING_KEYS_DIFFER');
    assert.equal(warning?.path, 'services[0].featureInfo[0].signatureMd5');
    assert.equal(warning?.severity, 'warning');
  });

  it('refuses add_service for a shell subject in Guangdong and lets one in Beijing add it', async () => {
    const guangdong = await approve(h, sampleFirstFiling({ n: 331, provinceCode: '440000', channelId: h.parties.providers[0] }), {
      bureau: { ...h.actors.beijingBureau, partyId: h.parties.bureaus['440000']!, provinceCode: '440000' },
    });
    const filing = await h.store.db.selectFrom('filings').select(['subject_id', 'service_id']).where('number', '=', guangdong.serviceNumbers[0]!).executeTakeFirstOrThrow();
    await approve(h, { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: filing.service_id!, reason: '停止运营' }, {
      bureau: { ...h.actors.beijingBureau, partyId: h.parties.bureaus['440000']!, provinceCode: '440000' },
    });
    const findings = await refusedFindings(submit(await draft({ kind: 'add_service', channelId: h.parties.providers[0], subjectId: filing.subject_id, services: [sampleService(332)] })));
    assert.deepEqual(findings.filter((f) => f.code === 'SHELL_SUBJECT_MUST_CANCEL').map((f) => f.path), ['subjectId']);

    const beijing = await fileSample(h, 333);
    await approve(h, { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: beijing.serviceId, reason: '停止运营' });
    await approve(h, { kind: 'add_service', channelId: h.parties.providers[0], subjectId: beijing.subjectId, services: [sampleService(334)] });
  });

  it('compares add_service\'s service person with the filed main person', async () => {
    const filed = await fileSample(h, 341);
    const service = sampleService(342);
    service.responsiblePerson = { ...service.responsiblePerson, mobile: filed.body.subject!.mainPerson.mobile };
    const findings = await refusedFindings(submit(await draft({ kind: 'add_service', channelId: h.parties.providers[0], subjectId: filed.subjectId, services: [service] })));
    assert.ok(findings.some((f) => f.code === 'DIFFERENT_PERSONS_SHARE_CONTACTS' && f.path === 'services[0].responsiblePerson.mobile'), JSON.stringify(findings));
  });

  it('refuses a domain added to a change by editing the draft after it was created', async () => {
    const filed = await fileSample(h, 351);
    const service = structuredClone(filed.body.services![0]!);
    const body: ApplicationBodyInput = { kind: 'change_service', channelId: h.parties.providers[0], serviceId: filed.serviceId, services: [service] };
    const applicationId = await draft(body);
    const edited = structuredClone(body);
    edited.services![0]!.domains = [...service.domains!, 'extra351.cn'];
    await updateApplication(h.deps, h.actors.applicant, { applicationId, body: parseBody(edited) });
    const findings = await refusedFindings(submit(applicationId));
    assert.deepEqual(findings.filter((f) => f.code === 'DOMAIN_ADDED_ON_CHANGE').map((f) => f.path), ['services[0].domains[1]']);
  });

  describe('materials belong to their uploader', () => {
    it('refuses a material another applicant uploaded, at the field that names it, and one that does not exist', async () => {
      const mine = await uploadMaterial(h.deps, h.actors.otherApplicant, { content: pdf('other applicant licence'), mediaType: 'application/pdf' });
      const body = sampleFirstFiling({ n: 361, channelId: h.parties.providers[0] });
      body.subject!.materials![0]!.materialId = mine.id;
      await assertRefused(createApplication(h.deps, h.actors.applicant, parseBody(body)), 'MATERIAL_NOT_AVAILABLE', 'subject.materials[0].materialId');
      body.subject!.materials![0]!.materialId = 'f'.repeat(64);
      await assertRefused(createApplication(h.deps, h.actors.applicant, parseBody(body)), 'MATERIAL_NOT_AVAILABLE', 'subject.materials[0].materialId');
      const preApproval = sampleFirstFiling({ n: 362, channelId: h.parties.providers[0] });
      preApproval.services![0]!.preApprovals = [{ category: 'finance', approvalNumber: 'J-1', materialId: mine.id }];
      await assertRefused(createApplication(h.deps, h.actors.applicant, parseBody(preApproval)), 'MATERIAL_NOT_AVAILABLE', 'services[0].preApprovals[0].materialId');
    });

    it('refuses the same bytes named by someone who never uploaded them (content addressing gives no rights)', async () => {
      const shared = await uploadMaterial(h.deps, h.actors.otherApplicant, { content: pdf('shared scan'), mediaType: 'application/pdf' });
      const body = sampleFirstFiling({ n: 363, channelId: h.parties.providers[0] });
      body.subject!.materials![0]!.materialId = shared.id;
      await assertRefused(createApplication(h.deps, h.actors.applicant, parseBody(body)), 'MATERIAL_NOT_AVAILABLE', 'subject.materials[0].materialId');
      await uploadMaterial(h.deps, h.actors.applicant, { content: pdf('shared scan'), mediaType: 'application/pdf' });
      await createApplication(h.deps, h.actors.applicant, parseBody(body));
    });

    it('lets a provider name what a colleague of its party uploaded', async () => {
      const colleague = await h.store.db
        .insertInto('users')
        .values({ login: 'provider-colleague', role: 'provider', party_id: h.parties.providers[0], display_name: 'colleague', password_hash: '!' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const sheet = await uploadMaterial(h.deps, { userId: colleague.id, role: 'provider', partyId: h.parties.providers[0], provinceCode: null }, { content: pdf('verification sheet 371'), mediaType: 'application/pdf' });
      const body = sampleFirstFiling({ n: 371, channelId: h.parties.providers[0] });
      body.services![0]!.materials = body.services![0]!.materials!.map((m) => (m.kind === 'verification_sheet' ? { ...m, materialId: sheet.id } : m));
      await createApplication(h.deps, h.actors.provider, parseBody(body));
      await assertRefused(createApplication(h.deps, h.actors.otherProvider, parseBody({ ...body, channelId: h.parties.providers[1] })), 'MATERIAL_NOT_AVAILABLE', 'services[0].materials[1].materialId');
    });

    it('requires the materials of the kind at their field: a first filing without its commitment letter is refused', async () => {
      const body = sampleFirstFiling({ n: 381, channelId: h.parties.providers[0] });
      body.subject!.materials = body.subject!.materials!.filter((m) => m.kind !== 'commitment_letter');
      const findings = await refusedFindings(submit(await draft(body)));
      const hit = findings.find((f) => f.code === 'MATERIAL_REQUIRED');
      assert.equal(hit?.path, 'subject.materials');
      assert.match(hit!.message, /commitment_letter/);
      assert.ok(sampleMaterials.some((m) => m.kind === 'commitment_letter'));
    });
  });
});
