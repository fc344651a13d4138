import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { FilingEvent } from '../../src/http/presenters/filing-event.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { approve, fileSample, type FiledSample } from '../support/lifecycle.js';

interface FeedAnswer {
  items: FilingEvent[];
  nextCursor: string;
}

/** A promise and its resolver: a transaction the test lets commit when it chooses. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('GET /api/v1/feed: filing events in commit order', () => {
  let h: HttpHarness;
  let filed: FiledSample;
  let cursor = '0';
  before(async () => {
    h = await createHttpHarness();
  });
  after(async () => h.close());

  const read = async (after: string, query = '') => {
    const answer = await h.anonymous.request<FeedAnswer>('GET', `/api/v1/feed?after=${after}${query}`);
    assert.equal(answer.status, 200, answer.text);
    return answer;
  };
  /** Everything after the test's cursor, which then moves to the end. */
  const readNew = async () => {
    const answer = await read(cursor);
    cursor = answer.body.nextCursor;
    return answer.body.items;
  };
  const limitAccess = (number: string, limited: boolean) =>
    h.store.db.updateTable('filings').set({ access_limited: limited, updated_at: h.clock.now }).where('number', '=', number).execute();

  it('lists the approval of a subject and its app, with public fields only, without sign-in', async () => {
    filed = await fileSample(h, 1);
    const answer = await read('0');
    assert.deepEqual(
      answer.body.items.map((e) => [e.type, e.filing.number]),
      [
        ['approved', filed.subjectNumber],
        ['approved', filed.serviceNumber],
      ],
    );
    const app = answer.body.items[1]!;
    assert.equal(app.filing.serviceName, filed.body.services![0]!.name);
    assert.equal(app.filing.subjectName, filed.body.subject!.name);
    assert.equal(app.filing.status, 'active');
    assert.equal(app.at, h.clock.now.toISOString());
    const person = filed.body.subject!.mainPerson;
    for (const secret of [person.mobile, person.certificate.number, person.email, filed.body.subject!.certificate.number]) {
      assert.ok(!answer.text.includes(secret), 'no certificate number, phone or e-mail');
    }
    assert.equal(answer.body.nextCursor, answer.body.items[1]!.cursor);
    assert.ok(Number(answer.body.items[0]!.cursor) < Number(answer.body.items[1]!.cursor));
    cursor = answer.body.nextCursor;

    const empty = await read(cursor);
    assert.deepEqual(empty.body, { items: [], nextCursor: cursor }, 'read to the end: poll again with the same cursor');
  });

  it('pages with limit and filters by type', async () => {
    const first = await read('0', '&limit=1');
    assert.equal(first.body.items.length, 1);
    const second = await read(first.body.nextCursor, '&limit=1');
    assert.equal(second.body.items[0]!.filing.number, filed.serviceNumber);
    const none = await read('0', '&types=cancelled,revoked');
    assert.deepEqual(none.body.items, []);
  });

  it('lists a change, a cancellation and the shell flag it raises', async () => {
    const service = filed.body.services![0]!;
    await approve(h, { kind: 'change_service', channelId: h.parties.providers[0], serviceId: filed.serviceId, services: [{ ...service, name: `${service.name}专业版` }] });
    const changed = await readNew();
    assert.deepEqual(
      changed.map((e) => [e.type, e.filing.number, e.filing.serviceName]),
      [['changed', filed.serviceNumber, `${service.name}专业版`]],
    );

    await approve(h, { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: filed.serviceId, reason: '停止运营' });
    const cancelled = await readNew();
    assert.deepEqual(
      cancelled.map((e) => [e.type, e.filing.number, e.filing.status, e.filing.shell]),
      [
        ['cancelled', filed.serviceNumber, 'cancelled', false],
        ['shell_flagged', filed.subjectNumber, 'active', true],
      ],
    );
  });

  it('lists access limited and restored', async () => {
    const other = await fileSample(h, 2);
    await readNew();
    await limitAccess(other.serviceNumber, true);
    await limitAccess(other.serviceNumber, false);
    assert.deepEqual(
      (await readNew()).map((e) => [e.type, e.filing.number, e.filing.accessLimited]),
      [
        ['access_limited', other.serviceNumber, true],
        ['access_restored', other.serviceNumber, false],
      ],
    );
  });

  it('never skips an event whose transaction commits after a later one has been read', async () => {
    const early = await fileSample(h, 3);
    const late = await fileSample(h, 4);
    await readNew();
    if (h.store.kind === 'postgres') {
      // Two real transactions: the first writes its event first and commits last.
      const written = gate();
      const commit = gate();
      let earlyId = 0;
      const slow = h.store.db.transaction().execute(async (trx) => {
        await trx.updateTable('filings').set({ access_limited: true, updated_at: h.clock.now }).where('number', '=', early.serviceNumber).execute();
        earlyId = (await trx.selectFrom('filing_events').select('id').where('number', '=', early.serviceNumber).orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
        written.open();
        await commit.opened;
      });
      await written.opened;
      await limitAccess(late.serviceNumber, true);
      const lateId = (await h.store.db.selectFrom('filing_events').select('id').where('number', '=', late.serviceNumber).orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
      assert.ok(earlyId < lateId, 'the open transaction wrote first');
      const seen = await readNew();
      assert.deepEqual(seen.map((e) => e.filing.number), [late.serviceNumber], 'the uncommitted change is not listed');
      commit.open();
      await slow;
    } else {
      // PGlite is one connection, so two transactions cannot interleave there; the late commit is reproduced by its
      // effect on the write order: an event carrying an earlier number than one already read becomes visible after it.
      const reserved = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('filing_events', 'id'))::integer as id`.execute(h.store.db);
      await limitAccess(late.serviceNumber, true);
      const seen = await readNew();
      assert.deepEqual(seen.map((e) => e.filing.number), [late.serviceNumber]);
      await sql`
        insert into filing_events (id, filing_id, number, type, at, data) overriding system value
        select ${reserved.rows[0]!.id}::bigint, filing_id, number, 'access_limited', at, data || '{"access_limited": true}'
        from filing_events where number = ${early.serviceNumber} and type = 'approved'
      `.execute(h.store.db);
    }
    const afterLate = await readNew();
    assert.deepEqual(
      afterLate.map((e) => [e.type, e.filing.number, e.filing.accessLimited]),
      [['access_limited', early.serviceNumber, true]],
      'listed after the cursor had passed the later one',
    );
  });

  it('refuses a malformed cursor and an unknown event type with the field named', async () => {
    const bad = await h.anonymous.request<{ error: { code: string; path: string } }>('GET', '/api/v1/feed?after=abc');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'VALIDATION_FAILED');
    assert.match(bad.body.error.path, /after/);
    const type = await h.anonymous.request<{ error: { code: string; path: string } }>('GET', '/api/v1/feed?types=approved,deleted');
    assert.equal(type.status, 400);
    assert.match(type.body.error.path, /types/);
  });
});
