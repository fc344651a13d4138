import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase } from '../../test/support/test-database.js';
import { calendarSource } from './calendar-source.js';
import type { OpenDatabase } from './open-database.js';

describe('the cached calendar', () => {
  let store: OpenDatabase;
  before(async () => {
    store = await openTestDatabase();
  });
  after(async () => store.close());

  it('serves the same calendar until it expires or is invalidated, then reads the overrides again', async () => {
    let clock = 0;
    const source = calendarSource(store.db, 1000, () => clock);
    assert.equal((await source.get()).isWorkingDay('2026-03-04'), true);
    await store.db.insertInto('calendar_overrides').values({ date: '2026-03-04', kind: 'holiday', name: 'test' }).execute();
    assert.equal((await source.get()).isWorkingDay('2026-03-04'), true, 'still the cached calendar');
    clock = 1000;
    assert.equal((await source.get()).isWorkingDay('2026-03-04'), false, 'reloaded after the time to live');
    await store.db.deleteFrom('calendar_overrides').execute();
    source.invalidate();
    assert.equal((await source.get()).isWorkingDay('2026-03-04'), true, 'reloaded at once after invalidation');
  });
});
