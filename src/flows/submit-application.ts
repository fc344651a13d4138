import { BeianError } from '../domain/errors/beian-error.js';
import { inFlightStates } from '../domain/lifecycle/application-states.js';
import { shanghaiDateOf } from '../domain/calendar/index.js';
import { precheckApplication, passesPrecheck } from '../domain/precheck/index.js';
import type { ApplicationBody } from '../domain/form/application-body.js';
import { databasePrecheckContext } from '../store/precheck-context-db.js';
import { filedSubjectWithKey } from '../store/subject-authority.js';
import type { Actor } from './actor.js';
import { lockApplication } from './application-access.js';
import { applyTransition } from './apply-transition.js';
import { authorizeFiledAction } from './authorize-filed-action.js';
import type { FlowDeps } from './flow-deps.js';
import { runFlow, type FlowOptions } from './run-flow.js';

/**
 * Sends a draft or returned application to its provider's initial review (初审). Every pre-check rule runs first:
 * errors refuse the submission with the findings; warnings travel with the application to the reviewers.
 */
export async function submitApplication(deps: FlowDeps, actor: Actor, input: { applicationId: string }, options: FlowOptions = {}): Promise<{ applicationId: string }> {
  return runFlow(deps, actor, options, async (scope) => {
    const application = await lockApplication(scope.trx, actor, input.applicationId);
    // Submissions for one subject queue on its row, so the one that comes second sees the first as in flight here
    // (and not only later, through the pre-check's own in-flight rule or the unique index).
    const subject = await scope.trx.selectFrom('subjects').select(['status', 'certificate_key']).where('id', '=', application.subject_id).forUpdate().executeTakeFirstOrThrow();
    const other = await scope.trx
      .selectFrom('applications')
      .select('id')
      .where('subject_id', '=', application.subject_id)
      .where('id', '!=', application.id)
      .where('state', 'in', [...inFlightStates])
      .executeTakeFirst();
    if (other) throw new BeianError('APPLICATION_IN_FLIGHT', { details: { applicationId: other.id } });
    // Another first filing of the same subject may have been approved since this one was drafted.
    if (application.kind === 'first_filing') {
      if (subject.status === 'filed' || (await filedSubjectWithKey(scope.trx, subject.certificate_key, application.subject_id))) {
        throw new BeianError('SUBJECT_ALREADY_FILED', { path: 'subject.certificate.number' });
      }
    } else {
      // Who may act on the filing, and through which channel, is checked again: an access may have ended since the draft.
      const channel = await scope.trx.selectFrom('parties').selectAll().where('id', '=', application.channel_id).executeTakeFirstOrThrow();
      const service = application.service_id
        ? await scope.trx.selectFrom('services').select(['id', 'type']).where('id', '=', application.service_id).executeTakeFirstOrThrow()
        : null;
      await authorizeFiledAction(scope.trx, actor, channel, application.payload as ApplicationBody, { subjectId: application.subject_id, service });
    }
    const bureau = await scope.trx.selectFrom('parties').select('province_code').where('id', '=', application.bureau_id).executeTakeFirstOrThrow();
    const context = databasePrecheckContext(scope.trx, {
      filingTlds: deps.filingTlds,
      bureauPolicies: deps.bureauPolicies,
      excludeApplicationId: application.id,
      subjectId: application.subject_id,
    });
    const findings = await precheckApplication(application.payload, context, {
      today: shanghaiDateOf(scope.now),
      ...(bureau.province_code ? { bureauProvince: bureau.province_code } : {}),
    });
    if (!passesPrecheck(findings)) {
      const first = findings.find((f) => f.severity === 'error');
      throw new BeianError('PRECHECK_FAILED', { ...(first ? { path: first.path } : {}), details: { findings } });
    }
    await applyTransition(scope, application, 'submit', {
      set: { submitted_at: scope.now, findings: JSON.stringify(findings), return_reasons: '[]', sms_wrong_codes: 0 },
      data: { warnings: findings.length },
    });
    return { applicationId: application.id };
  });
}
