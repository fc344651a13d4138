import { BeianError } from '../domain/errors/beian-error.js';
import type { DraftApplicationBody } from '../domain/form/draft-application-body.js';
import { editableStates, type ApplicationState } from '../domain/lifecycle/application-states.js';
import type { Actor } from './actor.js';
import { lockApplication } from './application-access.js';
import { attachMaterials } from './attach-materials.js';
import type { FlowDeps } from './flow-deps.js';
import { runFlow, type FlowOptions } from './run-flow.js';

/**
 * Replaces the body of a draft or returned application with another, possibly half-filled one (see
 * draftApplicationBody). The kind, channel, subject and service it is about stay as created, and so do a first filing's
 * certificate and province; `expectedVersion` guards against overwriting someone else's edit.
 */
export async function updateApplication(
  deps: FlowDeps,
  actor: Actor,
  input: { applicationId: string; body: DraftApplicationBody; expectedVersion?: number },
  options: FlowOptions = {},
): Promise<{ applicationId: string }> {
  return runFlow(deps, actor, options, async ({ trx, now, record }) => {
    const application = await lockApplication(trx, actor, input.applicationId);
    // Editing is the applicant's, as submitting is: a channel edits only what it opened on the subject's behalf.
    if ((actor.role !== 'applicant' && actor.role !== 'provider') || !application.opened_by_viewer) {
      throw new BeianError('ACTION_NOT_PERMITTED', { details: { action: 'update' } });
    }
    if (!editableStates.includes(application.state as ApplicationState)) {
      throw new BeianError('INVALID_TRANSITION', { details: { action: 'update', state: application.state } });
    }
    if (input.expectedVersion !== undefined && input.expectedVersion !== application.version) throw new BeianError('APPLICATION_CHANGED');
    const previous = application.payload as DraftApplicationBody;
    for (const field of ['kind', 'channelId', 'subjectId', 'serviceId'] as const) {
      if ((input.body[field] ?? null) !== (previous[field] ?? null)) throw new BeianError('IMMUTABLE_FIELD', { path: field });
    }
    if (previous.kind === 'first_filing') {
      const before = previous.subject!.certificate!;
      const after = input.body.subject?.certificate;
      if (!after?.number || after.type !== before.type || after.number.trim().toUpperCase() !== before.number!.trim().toUpperCase()) {
        throw new BeianError('IMMUTABLE_FIELD', { path: 'subject.certificate.number' });
      }
      if (input.body.subject!.province !== previous.subject!.province) throw new BeianError('CROSS_PROVINCE_FILING', { path: 'subject.province' });
    }
    await attachMaterials(trx, actor, { id: application.id, subjectId: application.subject_id }, input.body);
    await trx
      .updateTable('applications')
      .set((eb) => ({ payload: JSON.stringify(input.body), updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', application.id)
      .execute();
    await record({ entityType: 'application', entityId: application.id, action: 'update', fromState: application.state, toState: application.state, reason: null, data: {} });
    return { applicationId: application.id };
  });
}
