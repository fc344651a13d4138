import { z } from 'zod';

/**
 * A party named in an application: its id (a UUID) or its code (`provider-example-cloud`, as GET /api/v1/parties
 * lists them). Either is a fixed shape, so nothing else (spaces, control or formatting characters) gets through.
 */
export function partyReference(description: string) {
  return z
    .string()
    .regex(/^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[a-z][a-z0-9-]{0,63})$/, 'a party id or code')
    .describe(description);
}
