import { z } from 'zod';
import { filingEventTypes, type FilingEventRow } from '../../store/filing-events.js';
import { presentPublicFiling, publicFilingSchema } from './public-filing.js';

/** One change of a filing as the feed and webhooks publish it: public fields only. */
export const filingEventSchema = z.object({
  cursor: z.string(),
  type: z.enum(filingEventTypes),
  at: z.string(),
  filing: publicFilingSchema,
});

export type FilingEvent = z.infer<typeof filingEventSchema>;

export function presentFilingEvent(event: FilingEventRow): FilingEvent {
  return { cursor: String(event.position), type: event.type, at: event.at.toISOString(), filing: presentPublicFiling(event.filing) };
}
