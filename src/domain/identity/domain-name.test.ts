import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDomainName } from './domain-name.js';

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);

describe('checkDomainName', () => {
  it('accepts generated domains of two to four levels', () => {
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'cn', 'net'), (labels, tld) => {
        const result = checkDomainName([...labels, tld].join('.'));
        assert.equal(result.valid, true);
        assert.equal(result.levels, labels.length + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('converts internationalised names to punycode', () => {
    const result = checkDomainName('例子.中国');
    assert.equal(result.valid, true);
    assert.equal(result.ascii, 'xn--fsqu00a.xn--fiqs8s');
    assert.equal(result.tld, 'xn--fiqs8s');
    assert.equal(result.unicode, '例子.中国');
  });

  it('lower-cases and drops a trailing dot', () => {
    assert.equal(checkDomainName('API.Example.COM.').normalized, 'api.example.com');
  });

  it('rejects a fifth level', () => {
    assert.deepEqual(checkDomainName('a.b.c.example.com').issues.map((i) => i.code), ['DOMAIN_TOO_MANY_LEVELS']);
  });

  it('tells URLs and wildcards from malformed names', () => {
    assert.deepEqual(checkDomainName('https://example.com/app').issues.map((i) => i.code), ['DOMAIN_IS_URL']);
    assert.deepEqual(checkDomainName('example.com:8080').issues.map((i) => i.code), ['DOMAIN_IS_URL']);
    assert.deepEqual(checkDomainName('*.example.com').issues.map((i) => i.code), ['DOMAIN_WILDCARD']);
    for (const bad of ['example', '-a.example.com', 'a-.example.com', 'exa mple.com', 'a..com', 'example.c0m', `${'a'.repeat(64)}.com`]) {
      assert.deepEqual(checkDomainName(bad).issues.map((i) => i.code), ['DOMAIN_FORMAT'], bad);
    }
  });
});
