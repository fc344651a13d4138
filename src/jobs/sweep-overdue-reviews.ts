import { bureauReviewDeadline, providerReviewDeadline } from '../domain/calendar/index.js';
import { systemActor } from '../flows/actor.js';
import type { FlowDeps } from '../flows/flow-deps.js';
import { runFlow } from '../flows/run-flow.js';
import { sendApplicationNotices } from '../flows/notices/send-application-notices.js';
import { enqueueOutbox } from '../store/outbox.js';

/**
 * Flags reviews that ran past their deadline (provider: 3 working days, bureau: 20, by default) and tells the
 * applicant and the channel by SMS and e-mail, once per stay in the state: a marker row keyed by the time the state
 * was entered makes the notice exactly-once across processes.
 * Deadlines are computed from the stored timestamps with the current calendar; a deadline the calendar cannot
 * compute (a year beyond the statutory rules' range, or without data when the calendar is not provisional) raises a
 * calendar notice instead of a guess; one counted over a provisional year says so (`provisional: true`).
 */
export async function sweepOverdueReviews(deps: FlowDeps, batchSize = 200): Promise<number> {
  const calendar = await deps.calendar.get();
  const now = deps.now();
  // Working days are never fewer than calendar days, so this bound only skips applications that cannot be late yet.
  const reviews = [
    { state: 'provider_review', days: deps.policy.providerReviewWorkingDays, deadline: (at: Date) => providerReviewDeadline(at, calendar, deps.policy) },
    { state: 'bureau_review', days: deps.policy.bureauReviewWorkingDays, deadline: (at: Date) => bureauReviewDeadline(at, calendar, deps.policy) },
  ] as const;
  let flagged = 0;
  for (const review of reviews) {
    // Oldest first, page by page: candidates whose deadline is not due or not yet known stay candidates, so a single
    // unordered page of them would hold back the overdue ones behind it.
    let after: { at: Date; id: string } | undefined;
    for (;;) {
      const page: { at: Date; id: string } | undefined = after;
      const candidates = await deps.db
        .selectFrom('applications')
        .select(['id', 'state_entered_at', 'channel_id', 'bureau_id'])
        .where('state', '=', review.state)
        .where('state_entered_at', '<=', new Date(now.getTime() - review.days * 86_400_000))
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('application_markers').select('marker').whereRef('application_markers.application_id', '=', 'applications.id').where('marker', 'like', `${review.state}_overdue:%`).whereRef('application_markers.at', '>=', 'applications.state_entered_at'))),
        )
        .$if(page !== undefined, (qb) => qb.where((eb) => eb.or([eb('state_entered_at', '>', page!.at), eb.and([eb('state_entered_at', '=', page!.at), eb('id', '>', page!.id)])])))
        .orderBy('state_entered_at')
        .orderBy('id')
        .limit(batchSize)
        .execute();
      for (const application of candidates) {
        const deadline = review.deadline(application.state_entered_at);
        const marker = `${review.state}_${deadline.unknown ? 'deadline_unknown' : 'overdue'}:${application.state_entered_at.toISOString()}`;
        if (!deadline.unknown && deadline.at.getTime() > now.getTime()) continue;
        const inserted = await runFlow(deps, systemActor, {}, async (scope) => {
          const claimed = await scope.trx
            .insertInto('application_markers')
            .values({ application_id: application.id, marker, at: scope.now })
            .onConflict((oc) => oc.doNothing())
            .returning('marker')
            .executeTakeFirst();
          if (!claimed) return false;
          const recipient = review.state === 'provider_review' ? application.channel_id : application.bureau_id;
          await enqueueOutbox(
            scope.trx,
            {
              topic: deadline.unknown ? 'calendar.deadline_unknown' : 'application.overdue',
              recipient,
              payload: { applicationId: application.id, state: review.state, ...(deadline.unknown ? { reason: deadline.reason } : { deadline: deadline.at.toISOString(), provisional: deadline.provisional }) },
            },
            scope.now,
          );
          if (!deadline.unknown) {
            const row = await scope.trx.selectFrom('applications').selectAll().where('id', '=', application.id).executeTakeFirstOrThrow();
            await sendApplicationNotices(scope, row, { event: 'overdue', stage: review.state, deadline: deadline.at.toISOString(), provisional: deadline.provisional });
          }
          await scope.record({ entityType: 'application', entityId: application.id, action: deadline.unknown ? 'deadlineUnknown' : 'overdue', fromState: review.state, toState: review.state, reason: null, data: deadline.unknown ? {} : { deadline: deadline.at.toISOString(), provisional: deadline.provisional } });
          return true;
        });
        if (inserted) flagged += 1;
      }
      if (candidates.length < batchSize) break;
      const last = candidates.at(-1)!;
      after = { at: last.state_entered_at, id: last.id };
    }
  }
  return flagged;
}
