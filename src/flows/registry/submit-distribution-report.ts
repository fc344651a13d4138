import { BeianError } from '../../domain/errors/beian-error.js';
import { createReport, finishReport, storeReportRows } from '../../store/distribution-reports.js';
import type { Actor } from '../actor.js';
import type { FlowDeps } from '../flow-deps.js';
import { checkRows, isCheckStreamError, type CheckLine } from './check-rows.js';

export interface ReportMeta {
  kind: 'distribution' | 'preinstall';
  periodStart: string;
  periodEnd: string;
}

/** Opens a report for the actor's party (an app store, platform, terminal maker or provider): rows follow. */
export async function openDistributionReport(deps: FlowDeps, actor: Actor, meta: ReportMeta): Promise<string> {
  if (!actor.partyId || !actor.userId) throw new BeianError('FORBIDDEN');
  if (meta.periodEnd < meta.periodStart) throw new BeianError('VALIDATION_FAILED', { path: 'querystring.periodEnd', message: 'the period ends before it starts' });
  return createReport(deps.db, { partyId: actor.partyId, submittedBy: actor.userId, ...meta, now: deps.now() });
}

/**
 * Checks a report's rows as they arrive, stores each judged batch (one statement a batch) and yields the verdicts
 * in input order. The report is `complete` when every row was read, `failed` when the input ended it early (the
 * rows stored so far stay, for the reporter to see).
 */
export async function* streamDistributionReport(
  deps: FlowDeps,
  reportId: string,
  rows: AsyncIterable<unknown>,
  options: { grant?: (rows: number) => Promise<number> } = {},
): AsyncGenerator<CheckLine[]> {
  let count = 0;
  let failed = false;
  let finished = false;
  try {
    const lines = checkRows(deps.db, rows, {
      ...options,
      onBatch: async (judged) => {
        await storeReportRows(deps.db, reportId, judged);
        count += judged.length;
      },
    });
    for await (const batch of lines) {
      if (batch.some(isCheckStreamError)) failed = true;
      yield batch;
    }
    finished = true;
  } finally {
    await finishReport(deps.db, reportId, finished && !failed ? 'complete' : 'failed', count, deps.now());
  }
}
