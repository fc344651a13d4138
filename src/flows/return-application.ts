import { z } from 'zod';
import { BeianError } from '../domain/errors/beian-error.js';
import { presentReturnReason, returnReason, type ReturnReason } from '../domain/precheck/index.js';
import type { Actor } from './actor.js';
import { lockApplication } from './application-access.js';
import { applyTransition } from './apply-transition.js';
import type { FlowDeps } from './flow-deps.js';
import { sendApplicationNotices } from './notices/send-application-notices.js';
import { runFlow, type FlowOptions } from './run-flow.js';

export const returnInput = z.strictObject({
  reasons: z.array(returnReason).min(1).max(50),
});

function parseReasons(reasons: unknown): ReturnReason[] {
  const parsed = returnInput.safeParse({ reasons });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BeianError('RETURN_REASON_INVALID', { path: issue.path.join('.'), message: issue.message });
  }
  return parsed.data.reasons;
}

/**
 * A reviewer returns an application with reasons picked from the pre-check catalogue (code + field + note), so the
 * applicant sees each problem at its field with the fix, and is told by SMS and e-mail (so is the channel). Provider
 * returns (初审驳回) and bureau returns (管局驳回).
 */
export async function returnApplication(
  deps: FlowDeps,
  actor: Actor,
  input: { applicationId: string; by: 'provider' | 'bureau'; reasons: unknown },
  options: FlowOptions = {},
) {
  const reasons = parseReasons(input.reasons);
  return runFlow(deps, actor, options, async (scope) => {
    const application = await lockApplication(scope.trx, actor, input.applicationId);
    const presented = reasons.map(presentReturnReason);
    const summary = presented.map((r) => `${r.code}@${r.path || '-'}${r.note ? `: ${r.note}` : ''}`).join('; ');
    await applyTransition(scope, application, input.by === 'provider' ? 'providerReturn' : 'bureauReturn', {
      reason: summary,
      set: {
        return_reasons: JSON.stringify(presented),
        ...(input.by === 'bureau' ? { decided_at: scope.now } : {}),
      },
      data: { reasons: reasons.map((r) => ({ code: r.code, path: r.path })) },
    });
    await sendApplicationNotices(scope, application, { event: 'returned', by: input.by, reasonCount: reasons.length });
    return { applicationId: application.id };
  });
}
