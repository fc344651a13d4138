import type { Kysely } from 'kysely';
import { filingEventsAfter, numberFilingEvents, type FilingEventRow, type FilingEventType } from '../../store/filing-events.js';
import type { Database } from '../../store/schema.js';

export interface FeedPage {
  events: FilingEventRow[];
  /** Where the next read starts: the last event's position, or `after` when there was none. */
  next: number;
}

/**
 * One page of the change feed after a position. Events committed since the last numbering step are numbered first,
 * so a reader sees a change as soon as it has committed (the job loop numbers them too, when nobody reads).
 */
export async function readFeed(db: Kysely<Database>, input: { after: number; limit: number; types?: readonly FilingEventType[] }): Promise<FeedPage> {
  await numberFilingEvents(db);
  const events = await filingEventsAfter(db, input);
  return { events, next: events.at(-1)?.position ?? input.after };
}
