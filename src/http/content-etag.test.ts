import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentEtag, notModified } from './content-etag.js';

describe('content ETags', () => {
  const etag = contentEtag('<html>京ICP备2026000001号-1A</html>');

  it('tags the same bytes alike and different bytes apart, as a strong quoted tag', () => {
    assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
    assert.equal(contentEtag(Buffer.from('<html>京ICP备2026000001号-1A</html>')), etag);
    assert.notEqual(contentEtag('<html>京ICP备2026000001号-2A</html>'), etag);
  });

  it('answers 304 for the tag itself, its weak form, a list holding it, and *', () => {
    assert.equal(notModified(etag, etag), true);
    assert.equal(notModified(`W/${etag}`, etag), true);
    assert.equal(notModified(`"other", W/${etag} ,"third"`, etag), true);
    assert.equal(notModified(['"other"', etag], etag), true);
    assert.equal(notModified('*', etag), true);
  });

  it('answers in full without If-None-Match or when no tag in it matches', () => {
    assert.equal(notModified(undefined, etag), false);
    assert.equal(notModified('', etag), false);
    assert.equal(notModified('"other", W/"another"', etag), false);
    assert.equal(notModified(etag.slice(0, -2) + '"', etag), false);
  });
});
