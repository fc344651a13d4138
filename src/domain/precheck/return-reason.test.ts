import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { presentReturnReason, returnReason } from './return-reason.js';
import { ruleCatalogue } from './rule-catalogue.js';

describe('returnReason', () => {
  it('accepts catalogued codes with a path and presents the rule\'s message and fix', () => {
    const reason = returnReason.parse({ code: 'IOS_SIGNATURE_IS_MD5', path: 'services[0].featureInfo[1].signatureMd5', note: '请改填SHA-1' });
    const shown = presentReturnReason(reason);
    const rule = ruleCatalogue.find((r) => r.code === 'IOS_SIGNATURE_IS_MD5')!;
    assert.deepEqual(shown, { code: rule.code, path: reason.path, severity: 'error', message: rule.message, fix: rule.fix, note: '请改填SHA-1' });
  });

  it('rejects codes outside the catalogue', () => {
    assert.equal(returnReason.safeParse({ code: 'MADE_UP', path: '', note: 'x' }).success, false);
  });

  it('accepts OTHER only with a note', () => {
    assert.equal(returnReason.safeParse({ code: 'OTHER', path: 'subject.name' }).success, false);
    const reason = returnReason.parse({ code: 'OTHER', path: 'subject.name', note: '名称与营业执照不一致' });
    assert.equal(presentReturnReason(reason).note, '名称与营业执照不一致');
  });
});
