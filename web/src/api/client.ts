import createClient from 'openapi-fetch';
import type { paths } from './schema';

/** The Beian HTTP API, typed from the server's OpenAPI document (same origin, session cookie). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
