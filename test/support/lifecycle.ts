import assert from 'node:assert/strict';
import type { ApplicationBodyInput } from '../../src/domain/form/application-body.js';
import type { Actor } from '../../src/flows/actor.js';
import { bureauApprove } from '../../src/flows/bureau-approve.js';
import { createApplication } from '../../src/flows/create-application.js';
import { providerApprove } from '../../src/flows/provider-approve.js';
import { submitApplication } from '../../src/flows/submit-application.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { confirmAllSms } from './drive.js';
import { parseBody, type FlowHarness } from './flow-harness.js';
import { applicationHistory as storedApplicationHistory } from '../../src/store/application-queries.js';

/** Who takes each step of an application; defaults are the harness's applicant, first provider and Beijing bureau. */
export interface Steps {
  applicant?: Actor;
  provider?: Actor;
  bureau?: Actor;
}

export async function applicationState(h: FlowHarness, applicationId: string): Promise<string> {
  return (await h.store.db.selectFrom('applications').select('state').where('id', '=', applicationId).executeTakeFirstOrThrow()).state;
}

/** The history rows of one application, in order. */
export function applicationHistory(h: FlowHarness, applicationId: string) {
  return storedApplicationHistory(h.store.db, applicationId);
}

/** Creates and submits; the application is then in provider review. */
export async function createAndSubmit(h: FlowHarness, body: ApplicationBodyInput, steps: Steps = {}): Promise<string> {
  const applicant = steps.applicant ?? h.actors.applicant;
  const { applicationId } = await createApplication(h.deps, applicant, parseBody(body));
  await submitApplication(h.deps, applicant, { applicationId });
  return applicationId;
}

/** Creates, submits, passes initial review and confirms every SMS code: the application is then in bureau review. */
export async function toBureauReview(h: FlowHarness, body: ApplicationBodyInput, steps: Steps = {}): Promise<string> {
  const applicationId = await createAndSubmit(h, body, steps);
  await providerApprove(h.deps, steps.provider ?? h.actors.provider, { applicationId });
  if ((await applicationState(h, applicationId)) === 'sms_pending') await confirmAllSms(h, applicationId);
  assert.equal(await applicationState(h, applicationId), 'bureau_review');
  return applicationId;
}

/** Drives an application of any kind to approval and returns the bureau's result. */
export async function approve(h: FlowHarness, body: ApplicationBodyInput, steps: Steps = {}) {
  const applicationId = await toBureauReview(h, body, steps);
  return bureauApprove(h.deps, steps.bureau ?? h.actors.beijingBureau, { applicationId });
}

export interface FiledSample {
  subjectId: string;
  serviceId: string;
  subjectNumber: string;
  serviceNumber: string;
  body: ApplicationBodyInput;
}

/** Files sample subject n in Beijing with one app (or mini-program) and returns its ids and numbers. */
export async function fileSample(
  h: FlowHarness,
  n: number,
  options: { serviceType?: 'app' | 'mini_program'; channel?: 'provider' | 'miniProgramPlatform'; edit?: (body: ApplicationBodyInput) => void } = {},
): Promise<FiledSample> {
  const channel = options.channel ?? (options.serviceType === 'mini_program' ? 'miniProgramPlatform' : 'provider');
  const channelId = channel === 'provider' ? h.parties.providers[0] : h.parties.miniProgramPlatform;
  const body = sampleFirstFiling({ n, provinceCode: '110000', channelId, ...(options.serviceType ? { serviceType: options.serviceType } : {}) });
  options.edit?.(body);
  const result = await approve(h, body, { provider: h.actors[channel] });
  const subjectNumber = result.subjectNumber!;
  const serviceNumber = result.serviceNumbers[0]!;
  const filing = await h.store.db.selectFrom('filings').select(['subject_id', 'service_id']).where('number', '=', serviceNumber).executeTakeFirstOrThrow();
  return { subjectId: filing.subject_id, serviceId: filing.service_id!, subjectNumber, serviceNumber, body };
}

/** The registry rows of a subject, by number. */
export async function filingsOf(h: FlowHarness, subjectId: string) {
  return h.store.db
    .selectFrom('filings')
    .select(['number', 'kind', 'status', 'shell'])
    .where('subject_id', '=', subjectId)
    .orderBy('number')
    .execute();
}
