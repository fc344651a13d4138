import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { fanOutWebhookEvents } from '../../src/flows/webhooks/fan-out-events.js';
import { deliverOutbox } from '../../src/jobs/deliver-outbox.js';
import { webhookGateway } from '../../src/jobs/webhooks/webhook-gateway.js';
import { numberAllFilingEvents } from '../../src/store/filing-events.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';
import { approve, fileSample } from '../support/lifecycle.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A subscriber's endpoint on 127.0.0.1: records what it receives and answers the statuses queued (200 when none). */
async function startReceiver() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = statuses.shift() ?? 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/beian`;
  return { url, received, statuses, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const signatureHeaders = (r: Received) => ({
  'webhook-id': String(r.headers['webhook-id']),
  'webhook-timestamp': String(r.headers['webhook-timestamp']),
  'webhook-signature': String(r.headers['webhook-signature']),
});

interface Created {
  id: string;
  url: string;
  eventTypes: string[];
  secret: string;
}

interface Delivery {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  attemptLog: { statusCode: number | null; replay: boolean }[];
}

describe('webhooks: subscriptions, signed deliveries, retries, log and replay', () => {
  let h: HttpHarness;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let provider: ApiClient;
  let subscription: Created;
  before(async () => {
    // Signatures carry the time; the receiver's library checks it against its own clock.
    h = await createHttpHarness();
    h.clock.now = new Date(Math.floor(Date.now() / 1000) * 1000);
    receiver = await startReceiver();
    provider = await h.signIn('provider');
  });
  after(async () => {
    await receiver.close();
    await h.close();
  });

  const gateways = (allowPrivateAddresses = true) => ({ webhook: webhookGateway(h.store.db, { allowPrivateAddresses, now: h.deps.now, timeoutMs: 5000 }) });
  /** One round of the job loop's feed work and outbox delivery, repeated until nothing is due. */
  const runJobs = async (allowPrivateAddresses = true) => {
    await numberAllFilingEvents(h.store.db);
    while ((await fanOutWebhookEvents(h.store.db, h.deps.now())) > 0);
    while ((await deliverOutbox(h.deps, gateways(allowPrivateAddresses))) > 0);
  };
  const subscribe = async (client: ApiClient, url: string, eventTypes: string[]) => {
    const answer = await client.request<Created>('POST', '/api/v1/webhooks', { url, eventTypes });
    assert.equal(answer.status, 201, answer.text);
    return answer.body;
  };
  const deliveries = async (webhookId: string) => (await provider.request<{ items: Delivery[] }>('GET', `/api/v1/webhooks/${webhookId}/deliveries`)).body.items;

  it('subscribes a URL; the secret is shown once', async () => {
    subscription = await subscribe(provider, receiver.url, ['approved', 'cancelled']);
    assert.match(subscription.secret, /^whsec_[A-Za-z0-9+/]{32}$/);
    assert.deepEqual(subscription.eventTypes, ['approved', 'cancelled']);
    const list = await provider.request<{ items: Record<string, unknown>[] }>('GET', '/api/v1/webhooks');
    assert.deepEqual(list.body.items.map((w) => w.id), [subscription.id]);
    assert.ok(!list.text.includes(subscription.secret), 'the list never shows the secret');
  });

  it('delivers each event signed per Standard Webhooks, verified by an independent implementation', async () => {
    const filed = await fileSample(h, 1);
    await runJobs();
    assert.equal(receiver.received.length, 2);
    const verifier = new Webhook(subscription.secret);
    const payloads = receiver.received.map((r) => verifier.verify(r.body, signatureHeaders(r)) as { type: string; data: { filing: { number: string } } });
    assert.deepEqual(
      payloads.map((p) => [p.type, p.data.filing.number]),
      [
        ['filing.approved', filed.subjectNumber],
        ['filing.approved', filed.serviceNumber],
      ],
    );
    assert.equal(receiver.received[0]!.headers['content-type'], 'application/json');
    assert.equal(receiver.received[0]!.headers['webhook-timestamp'], String(h.clock.now.getTime() / 1000));
    const person = filed.body.subject!.mainPerson;
    assert.ok(receiver.received.every((r) => !r.body.includes(person.mobile) && !r.body.includes(person.certificate.number)), 'public fields only');

    const tampered = receiver.received[1]!.body.replace(filed.serviceNumber, filed.subjectNumber);
    assert.throws(() => verifier.verify(tampered, signatureHeaders(receiver.received[1]!)), 'a changed body fails verification');
    assert.throws(() => new Webhook(`whsec_${Buffer.alloc(24, 7).toString('base64')}`).verify(receiver.received[1]!.body, signatureHeaders(receiver.received[1]!)), 'another secret fails');

    const log = await deliveries(subscription.id);
    assert.deepEqual(log.map((d) => [d.eventType, d.status, d.attempts, d.lastStatusCode]), [
      ['approved', 'delivered', 1, 200],
      ['approved', 'delivered', 1, 200],
    ]);
    assert.deepEqual(new Set(log.map((d) => d.id)), new Set(receiver.received.map((r) => r.headers['webhook-id'])));
  });

  it('sends only the event types subscribed, and only events after the subscription was made', async () => {
    const late = await subscribe(provider, receiver.url, ['changed']);
    const filed = await fileSample(h, 2);
    receiver.received.length = 0;
    const service = filed.body.services![0]!;
    await approve(h, { kind: 'change_service', channelId: h.parties.providers[0], serviceId: filed.serviceId, services: [{ ...service, name: `${service.name}二代` }] });
    await runJobs();
    const byId = new Map<string, string>(receiver.received.map((r) => [String(r.headers['webhook-id']), JSON.parse(r.body).type as string]));
    const lateLog = await deliveries(late.id);
    assert.deepEqual(lateLog.map((d) => d.eventType), ['changed'], 'the earlier approvals are not sent to the later subscription');
    assert.equal(byId.get(lateLog[0]!.id), 'filing.changed');
    assert.deepEqual((await deliveries(subscription.id)).map((d) => d.eventType), ['approved', 'approved', 'approved', 'approved'], 'no change events to a subscription without them');
    const del = await provider.request('DELETE', `/api/v1/webhooks/${late.id}`);
    assert.equal(del.status, 204);
  });

  it('retries a failed delivery with exponential back-off, logging each attempt', async () => {
    const filed = await fileSample(h, 3);
    receiver.received.length = 0;
    receiver.statuses.push(500, 503);
    await runJobs();
    const failing = (await deliveries(subscription.id)).filter((d) => d.status !== 'delivered');
    assert.deepEqual(failing.map((d) => [d.status, d.attempts]), [
      ['pending', 1],
      ['pending', 1],
    ]);
    assert.deepEqual(failing.map((d) => d.lastStatusCode).sort(), [500, 503]);
    const outbox = () => h.store.db.selectFrom('outbox').select(['available_at', 'attempts']).where('topic', '=', 'webhook').where('delivered_at', 'is', null).orderBy('id').execute();
    assert.deepEqual((await outbox()).map((p) => p.available_at.getTime() - h.clock.now.getTime()), [1000, 1000], 'due again 1 s later');

    h.clock.now = new Date(h.clock.now.getTime() + 1000);
    receiver.statuses.push(502);
    await runJobs();
    assert.deepEqual((await outbox()).map((p) => p.available_at.getTime() - h.clock.now.getTime()), [2000], 'the next wait doubles');

    h.clock.now = new Date(h.clock.now.getTime() + 2000);
    await runJobs();
    assert.deepEqual(await outbox(), []);
    const logs = await Promise.all(
      failing.map(async (d) => (await provider.request<Delivery>('GET', `/api/v1/webhooks/${subscription.id}/deliveries/${d.id}`)).body),
    );
    assert.ok(logs.every((d) => d.status === 'delivered'));
    assert.deepEqual(logs.map((d) => d.attemptLog.length).sort(), [2, 3]);
    assert.deepEqual(logs.flatMap((d) => d.attemptLog.map((a) => a.statusCode)).sort(), [200, 200, 500, 502, 503]);
    const numbers = receiver.received.map((r) => (JSON.parse(r.body) as { data: { filing: { number: string } } }).data.filing.number);
    assert.deepEqual(new Set(numbers), new Set([filed.subjectNumber, filed.serviceNumber]));
  });

  it('replays a delivery: the same webhook-id and body, a new valid signature', async () => {
    const [latest] = await deliveries(subscription.id);
    receiver.received.length = 0;
    h.clock.now = new Date(h.clock.now.getTime() + 5000);
    const replay = await provider.request('POST', `/api/v1/webhooks/${subscription.id}/deliveries/${latest!.id}/replay`);
    assert.equal(replay.status, 202, replay.text);
    await runJobs();
    assert.equal(receiver.received.length, 1);
    const again = receiver.received[0]!;
    assert.equal(again.headers['webhook-id'], latest!.id);
    new Webhook(subscription.secret).verify(again.body, signatureHeaders(again));
    const detail = await provider.request<Delivery>('GET', `/api/v1/webhooks/${subscription.id}/deliveries/${latest!.id}`);
    assert.deepEqual(detail.body.attemptLog.at(-1), { ...detail.body.attemptLog.at(-1)!, statusCode: 200, replay: true });
  });

  it('does not connect to a loopback address unless private addresses are allowed', async () => {
    receiver.received.length = 0;
    await fileSample(h, 4);
    await runJobs(false);
    assert.equal(receiver.received.length, 0, 'nothing reached the receiver');
    const refused = (await deliveries(subscription.id)).slice(0, 2);
    assert.ok(refused.every((d) => d.status === 'pending' && d.lastStatusCode === null));
    const detail = await provider.request<Delivery & { lastError: string }>('GET', `/api/v1/webhooks/${subscription.id}/deliveries/${refused[0]!.id}`);
    assert.match(detail.body.lastError, /not a public one/);
  });

  it('refuses URLs that are not http(s), other parties and accounts without a party', async () => {
    for (const url of ['ftp://example.com/hook', 'file:///etc/passwd', 'javascript:alert(1)', 'http://例子.cn/hook', 'not a url']) {
      const answer = await provider.request<{ error: { code: string; path: string } }>('POST', '/api/v1/webhooks', { url, eventTypes: ['approved'] });
      assert.equal(answer.status, 400, url);
      assert.equal(answer.body.error.code, 'VALIDATION_FAILED');
      assert.match(answer.body.error.path, /url/);
    }
    const noTypes = await provider.request<{ error: { path: string } }>('POST', '/api/v1/webhooks', { url: receiver.url, eventTypes: [] });
    assert.equal(noTypes.status, 400);

    const other = await h.signIn('other-provider');
    assert.deepEqual((await other.request<{ items: unknown[] }>('GET', '/api/v1/webhooks')).body.items, []);
    assert.equal((await other.request('GET', `/api/v1/webhooks/${subscription.id}/deliveries`)).status, 404);
    assert.equal((await other.request('DELETE', `/api/v1/webhooks/${subscription.id}`)).status, 404);
    const applicant = await h.signIn('applicant');
    assert.equal((await applicant.request('GET', '/api/v1/webhooks')).status, 403);
    assert.equal((await h.anonymous.request('GET', '/api/v1/webhooks')).status, 401);

    const key = async (scopes: string[]) => (await provider.request<{ key: string }>('POST', '/api/v1/api-keys', { label: scopes.join('+'), scopes })).body.key;
    const lookupOnly = await key(['lookup']);
    const refused = await h.anonymous.request<{ error: { code: string } }>('GET', '/api/v1/webhooks', undefined, { authorization: `Bearer ${lookupOnly}` });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'API_KEY_SCOPE_MISSING');
    const scoped = await h.anonymous.request<{ items: { id: string }[] }>('GET', '/api/v1/webhooks', undefined, { authorization: `Bearer ${await key(['webhooks'])}` });
    assert.deepEqual(scoped.body.items.map((w) => w.id), [subscription.id], "a key with the scope sees its party's subscriptions");
  });
});
