import { BeianError } from '../domain/errors/beian-error.js';
import { createWorkingDayCalendar } from '../domain/calendar/index.js';
import type { Actor } from './actor.js';
import type { FlowDeps } from './flow-deps.js';
import { runFlow } from './run-flow.js';

function requireMinistry(actor: Actor): void {
  if (actor.role !== 'ministry') throw new BeianError('ACTION_NOT_PERMITTED', { details: { action: 'calendar' } });
}

/** The ministry marks a date a holiday or a working day; deadlines computed afterwards use it. */
export async function setCalendarOverride(deps: FlowDeps, actor: Actor, input: { date: string; kind: 'holiday' | 'workday'; name?: string | undefined }) {
  requireMinistry(actor);
  // Validates the date the same way the calendar will read it.
  createWorkingDayCalendar({ overrides: [{ date: input.date, kind: input.kind }] });
  await runFlow(deps, actor, {}, async ({ trx, now, record }) => {
    await trx
      .insertInto('calendar_overrides')
      .values({ date: input.date, kind: input.kind, name: input.name ?? null, updated_by: actor.userId, updated_at: now })
      .onConflict((oc) => oc.column('date').doUpdateSet({ kind: input.kind, name: input.name ?? null, updated_by: actor.userId, updated_at: now }))
      .execute();
    await record({ entityType: 'calendar', entityId: input.date, action: 'setOverride', fromState: null, toState: input.kind, reason: input.name ?? null, data: {} });
  });
  deps.calendar.invalidate();
}

export async function removeCalendarOverride(deps: FlowDeps, actor: Actor, input: { date: string }) {
  requireMinistry(actor);
  await runFlow(deps, actor, {}, async ({ trx, record }) => {
    const removed = await trx.deleteFrom('calendar_overrides').where('date', '=', input.date).returning('date').executeTakeFirst();
    if (!removed) throw new BeianError('NOT_FOUND', { path: 'params.date' });
    await record({ entityType: 'calendar', entityId: input.date, action: 'removeOverride', fromState: null, toState: null, reason: null, data: {} });
  });
  deps.calendar.invalidate();
}

/** A day loaded with a year: a day off or a make-up working day, with a note (the festival). */
export interface LoadedDay {
  date: string;
  kind: 'holiday' | 'workday';
  name?: string | undefined;
}

/**
 * Declares a year's schedule loaded in full, so dates in it are answered (and never guessed before). `days`, when
 * given, are its holidays and make-up working days, written as overrides in the same transaction.
 */
export async function declareCalendarYear(deps: FlowDeps, actor: Actor, input: { year: number; days?: readonly LoadedDay[] }) {
  requireMinistry(actor);
  const days = input.days ?? [];
  const seen = new Set<string>();
  days.forEach((day, i) => {
    if (!day.date.startsWith(`${input.year}-`)) {
      throw new BeianError('VALIDATION_FAILED', { path: `days.${i}.date`, message: `a day of ${input.year}`, details: { value: day.date } });
    }
    if (seen.has(day.date)) throw new BeianError('VALIDATION_FAILED', { path: `days.${i}.date`, message: 'each date once', details: { value: day.date } });
    seen.add(day.date);
  });
  // Validates the dates the same way the calendar will read them.
  createWorkingDayCalendar({ overrides: days.map((day) => ({ date: day.date, kind: day.kind })) });
  await runFlow(deps, actor, {}, async ({ trx, now, record }) => {
    for (const day of days) {
      const name = day.name ?? null;
      await trx
        .insertInto('calendar_overrides')
        .values({ date: day.date, kind: day.kind, name, updated_by: actor.userId, updated_at: now })
        .onConflict((oc) => oc.column('date').doUpdateSet({ kind: day.kind, name, updated_by: actor.userId, updated_at: now }))
        .execute();
    }
    await trx.insertInto('calendar_years').values({ year: input.year, declared_by: actor.userId, declared_at: now }).onConflict((oc) => oc.column('year').doNothing()).execute();
    await record({
      entityType: 'calendar',
      entityId: String(input.year),
      action: 'declareYear',
      fromState: null,
      toState: null,
      reason: null,
      data: { days: days.map((day) => ({ date: day.date, kind: day.kind })) },
    });
  });
  deps.calendar.invalidate();
}
