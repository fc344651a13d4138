import type { WorkingDayCalendar } from '../../domain/calendar/index.js';
import { bureauReviewDeadline, providerReviewDeadline, smsDeadline } from '../../domain/calendar/index.js';
import { shanghaiDateOf } from '../../domain/calendar/shanghai-time.js';
import type { ApplicationState } from '../../domain/lifecycle/application-states.js';
import { allowedActions } from '../../domain/lifecycle/transition.js';
import type { Actor } from '../../flows/actor.js';
import type { Config } from '../../config/config.js';
import type { VisibleApplication } from '../../store/application-queries.js';

/** Working days from today (Shanghai) to the deadline's day: 0 on its last day, negative once it has passed. */
function workingDaysLeft(at: Date, calendar: WorkingDayCalendar, now: Date | undefined): number | undefined {
  if (!now) return undefined;
  try {
    return calendar.workingDaysBetween(shanghaiDateOf(now), shanghaiDateOf(at));
  } catch {
    return undefined;
  }
}

function deadline(result: ReturnType<typeof bureauReviewDeadline>, calendar: WorkingDayCalendar, now: Date | undefined) {
  if (result.unknown) return { at: null, unknown: true, provisional: false, reason: result.reason };
  const left = workingDaysLeft(result.at, calendar, now);
  return {
    at: result.at.toISOString(),
    unknown: false,
    provisional: result.provisional,
    ...(now ? { overdue: result.at.getTime() < now.getTime() } : {}),
    ...(left === undefined ? {} : { workingDaysLeft: left }),
  };
}

/**
 * An application as its applicant, provider, bureau or the ministry sees it: the body, findings, return reasons,
 * the deadline of the current stage (computed now from stored timestamps), what an approval filed (ids and numbers)
 * and the actions this caller may take.
 */
export function presentApplication(application: VisibleApplication, actor: Actor, calendar: WorkingDayCalendar, policy: Config['policy'], now?: Date) {
  const state = application.state as ApplicationState;
  let currentDeadline = null;
  if (state === 'provider_review' && application.submitted_at) {
    currentDeadline = { stage: 'provider_review', ...deadline(providerReviewDeadline(application.state_entered_at, calendar, policy), calendar, now) };
  } else if (state === 'sms_pending' && application.sms_started_at) {
    const at = smsDeadline(application.sms_started_at, policy);
    currentDeadline = { stage: 'sms_pending', at: at.toISOString(), unknown: false, provisional: false, ...(now ? { overdue: at.getTime() < now.getTime() } : {}) };
  } else if (state === 'bureau_review' && application.bureau_entered_at) {
    currentDeadline = { stage: 'bureau_review', ...deadline(bureauReviewDeadline(application.bureau_entered_at, calendar, policy), calendar, now) };
  }
  return {
    id: application.id,
    kind: application.kind,
    state,
    version: application.version,
    subjectId: application.subject_id,
    serviceId: application.service_id,
    channelId: application.channel_id,
    bureauId: application.bureau_id,
    body: application.payload,
    findings: application.findings,
    returnReasons: application.return_reasons,
    smsWrongCodes: application.sms_wrong_codes,
    /** Once approved: the filed subject and services with their numbers (the new ones for a first filing or new APP). */
    filed: application.outcome ?? null,
    deadline: currentDeadline,
    allowedActions: allowedActions(state, { role: actor.role, openedByCaller: application.opened_by_viewer }),
    createdAt: application.created_at.toISOString(),
    updatedAt: application.updated_at.toISOString(),
    submittedAt: application.submitted_at?.toISOString() ?? null,
    smsStartedAt: application.sms_started_at?.toISOString() ?? null,
    bureauEnteredAt: application.bureau_entered_at?.toISOString() ?? null,
    decidedAt: application.decided_at?.toISOString() ?? null,
  };
}
