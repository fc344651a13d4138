import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config/config.js';
import { buildApp } from '../../src/http/build-app.js';
import { createFlowHarness, type FlowHarness } from './flow-harness.js';

export interface HttpHarness extends FlowHarness {
  app: FastifyInstance;
  baseUrl: string;
  /** Signs in through the API and returns a client that sends the session cookie. */
  signIn(login: string, password?: string): Promise<ApiClient>;
  anonymous: ApiClient;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers?: Headers;
}

export interface ApiClient {
  request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
}

function client(baseUrl: string, cookie?: string): ApiClient {
  return {
    async request(method, path, body, headers = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}), ...headers },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON
      }
      return { status: response.status, body: parsed as never, text, headers: response.headers };
    },
  };
}

/**
 * The real HTTP server on an ephemeral loopback port, over the flow harness's database and users. With `logStream`
 * the server's log lines go there (set `logLevel` in the overrides too).
 */
export async function createHttpHarness(
  overrides: Omit<Partial<Config>, 'policy'> & { policy?: Partial<Config['policy']> } = {},
  options: { logStream?: { write(line: string): void } } = {},
): Promise<HttpHarness> {
  const flows = await createFlowHarness();
  // Policy overrides reach the flows (the SMS guards' limits, for instance), not only the HTTP layer.
  if (overrides.policy) Object.assign(flows.deps.policy, overrides.policy);
  const config = { ...loadConfig({ BEIAN_LOG_LEVEL: 'silent' }), demo: true, ...overrides, policy: flows.deps.policy };
  const app = await buildApp(flows.deps, config, options);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    ...flows,
    app,
    baseUrl: address,
    anonymous: client(address),
    async signIn(login, password = 'test-password') {
      const response = await fetch(`${address}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password }),
      });
      if (response.status !== 200) throw new Error(`sign-in of ${login} failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      return client(address, cookie);
    },
    close: async () => {
      await app.close();
      await flows.close();
    },
  };
}
