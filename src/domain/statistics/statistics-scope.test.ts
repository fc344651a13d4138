import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBeianError } from '../errors/beian-error.js';
import { statisticsScope } from './statistics-scope.js';

const ministry = { role: 'ministry', provinceCode: null };
const beijing = { role: 'bureau', provinceCode: '110000' };

describe('the scope of a statistics request', () => {
  it('counts whole Shanghai days, both ends included', () => {
    assert.deepEqual(statisticsScope(ministry, { from: '2026-03-01', to: '2026-03-31' }), {
      provinceCode: null,
      fromAt: new Date('2026-02-28T16:00:00.000Z'),
      untilAt: new Date('2026-03-31T16:00:00.000Z'),
    });
    assert.deepEqual(statisticsScope(ministry, { from: '2026-03-05', to: '2026-03-05', province: '440000' }), {
      provinceCode: '440000',
      fromAt: new Date('2026-03-04T16:00:00.000Z'),
      untilAt: new Date('2026-03-05T16:00:00.000Z'),
    });
  });

  it('leaves an end open when it is not given', () => {
    assert.deepEqual(statisticsScope(ministry, {}), { provinceCode: null, fromAt: null, untilAt: null });
  });

  it('holds a bureau to its own province, whether it names it or not', () => {
    assert.equal(statisticsScope(beijing, {}).provinceCode, '110000');
    assert.equal(statisticsScope(beijing, { province: '110000' }).provinceCode, '110000');
    assert.throws(
      () => statisticsScope(beijing, { province: '310000' }),
      (error) => isBeianError(error) && error.code === 'STATISTICS_PROVINCE_OUTSIDE' && error.path === 'querystring.province',
    );
  });

  it('refuses a period that ends before it starts, naming its start', () => {
    assert.throws(
      () => statisticsScope(ministry, { from: '2026-04-01', to: '2026-03-31' }),
      (error) => isBeianError(error) && error.code === 'STATISTICS_PERIOD_REVERSED' && error.path === 'querystring.from',
    );
  });
});
