import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkAndroidPackageName, checkHarmonyBundleName, checkIosBundleId } from './app-identifiers.js';

const segment = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);

describe('app identifiers', () => {
  it('accepts generated reverse-DNS names on every platform', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 3, maxLength: 5 }), (segments) => {
        const name = segments.join('.');
        assert.equal(checkAndroidPackageName(name).valid, true);
        assert.deepEqual(checkIosBundleId(name).issues, []);
        if (name.length >= 7) assert.equal(checkHarmonyBundleName(name).valid, true);
      }),
      { numRuns: 200 },
    );
  });

  it('allows underscores in Android and HarmonyOS names but not in iOS bundle ids', () => {
    assert.equal(checkAndroidPackageName('com.my_company.app').valid, true);
    assert.equal(checkHarmonyBundleName('com.my_company.app').valid, true);
    assert.equal(checkIosBundleId('com.my_company.app').valid, false);
  });

  it('rejects Android package names with one segment, a leading digit or hyphens', () => {
    for (const bad of ['example', 'com.1example', 'com.my-app', 'com..app', '.com.app', 'com.app.']) assert.equal(checkAndroidPackageName(bad).valid, false, bad);
  });

  it('allows hyphens in iOS bundle ids and warns on a single segment', () => {
    assert.equal(checkIosBundleId('com.my-company.app').valid, true);
    assert.deepEqual(checkIosBundleId('myapp').issues.map((i) => [i.code, i.severity]), [['IOS_BUNDLE_ID_SINGLE_SEGMENT', 'warning']]);
    for (const bad of ['com.my_app', 'com..app', 'com.app.', 'com.应用']) assert.equal(checkIosBundleId(bad).valid, false, bad);
  });

  it('requires HarmonyOS bundle names of 7 to 128 characters starting with a letter', () => {
    assert.equal(checkHarmonyBundleName('com.example.demo').valid, true);
    for (const bad of ['com.ab', '1com.example.app', 'comexampleapp', 'com.example-app', `com.${'a'.repeat(130)}`]) assert.equal(checkHarmonyBundleName(bad).valid, false, bad);
  });
});
