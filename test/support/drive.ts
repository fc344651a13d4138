import assert from 'node:assert/strict';
import type { ApplicationBodyInput } from '../../src/domain/form/application-body.js';
import type { Actor } from '../../src/flows/actor.js';
import { bureauApprove } from '../../src/flows/bureau-approve.js';
import { createApplication } from '../../src/flows/create-application.js';
import { providerApprove } from '../../src/flows/provider-approve.js';
import { verifySmsCode } from '../../src/flows/sms/verify-sms-code.js';
import { submitApplication } from '../../src/flows/submit-application.js';
import { type FlowHarness, parseBody, sentSmsCodes } from './flow-harness.js';

/** Confirms every pending SMS challenge of an application with the codes from the outbox. */
export async function confirmAllSms(h: FlowHarness, applicationId: string): Promise<void> {
  const codes = await sentSmsCodes(h);
  const challenges = await h.store.db.selectFrom('sms_challenges').select(['phone']).where('application_id', '=', applicationId).where('verified_at', 'is', null).execute();
  const body = (await h.store.db.selectFrom('applications').select('payload').where('id', '=', applicationId).executeTakeFirstOrThrow()).payload as ApplicationBodyInput;
  const people = [body.subject?.mainPerson, ...(body.services ?? []).map((s) => s.responsiblePerson)].filter((p) => p !== undefined);
  for (const challenge of challenges) {
    const person = people.find((p) => p.mobile.replace(/\D/g, '').endsWith(challenge.phone));
    const persons = await h.store.db.selectFrom('persons').select(['mobile', 'certificate_number']).where('mobile', '=', challenge.phone).execute();
    const certificate = person?.certificate.number ?? persons[0]?.certificate_number;
    assert.ok(certificate, `no certificate known for ${challenge.phone}`);
    const result = await verifySmsCode(h.deps, { applicationId, phone: challenge.phone, code: codes.get(challenge.phone)!, certificateTail: certificate.slice(-6) });
    assert.ok(result.outcome === 'confirmed' || result.outcome === 'complete', `unexpected ${result.outcome}`);
  }
}

/** Drives an application from draft to bureau approval; returns the approval result. */
export async function driveToApproval(h: FlowHarness, body: ApplicationBodyInput, actors: { applicant?: Actor; provider?: Actor; bureau?: Actor } = {}) {
  const applicant = actors.applicant ?? h.actors.applicant;
  const { applicationId } = await createApplication(h.deps, applicant, parseBody(body));
  await submitApplication(h.deps, applicant, { applicationId });
  await providerApprove(h.deps, actors.provider ?? h.actors.provider, { applicationId });
  await confirmAllSms(h, applicationId);
  const result = await bureauApprove(h.deps, actors.bureau ?? h.actors.beijingBureau, { applicationId });
  return result;
}
