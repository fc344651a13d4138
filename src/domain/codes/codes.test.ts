import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateType, certificateTypes, certificateTypesForNature, personCertificateTypeCodes } from './certificate-types.js';
import { subjectNatures } from './subject-natures.js';
import { preApprovalCategories, signalledPreApprovals } from './pre-approval-categories.js';
import { serviceContentCatalogue, serviceContentEntry } from './service-content-catalogue.js';
import { serverLocation, serverLocations } from './server-locations.js';
import { bureauPolicy } from './bureau-policies.js';
import { loadFilingTlds } from '../../runtime/load-filing-tlds.js';
import { parseFilingTlds } from './filing-tlds.js';
import { languages } from './languages.js';
import { connectionMethods } from './connection-methods.js';

describe('code tables', () => {
  it('lets responsible persons use only types 2, 7, 11, 14, 30, 41 and 42, all of them individuals\' types', () => {
    assert.deepEqual([...personCertificateTypeCodes].sort((a, b) => a - b), [2, 7, 11, 14, 30, 41, 42]);
    assert.deepEqual(certificateTypesForNature(5).map((t) => t.code), [2, 7, 11, 14, 30, 41, 42]);
  });

  it('gives every subject nature at least one certificate type and every type a known nature', () => {
    for (const nature of subjectNatures) assert.ok(certificateTypesForNature(nature.code).length > 0, nature.zh);
    const natureCodes = new Set(subjectNatures.map((n) => n.code));
    for (const type of certificateTypes) for (const n of type.natures) assert.ok(natureCodes.has(n), `${type.code} → ${n}`);
    assert.deepEqual(certificateType(1)?.natures, [4]);
  });

  it('has unique codes in every table', () => {
    const tables: Array<[string, readonly { code: string | number }[]]> = [
      ['natures', subjectNatures],
      ['certificate types', certificateTypes],
      ['pre-approvals', preApprovalCategories],
      ['languages', languages],
      ['connection methods', connectionMethods],
      ['server locations', serverLocations],
      ['service content', serviceContentCatalogue.flatMap((g) => g.entries)],
    ];
    for (const [name, rows] of tables) assert.equal(new Set(rows.map((r) => r.code)).size, rows.length, name);
    assert.equal(new Set(serverLocations.map((l) => l.miitBit)).size, 31);
  });

  it('points service content entries at known pre-approval categories', () => {
    const categories = new Set(preApprovalCategories.map((c) => c.code));
    for (const group of serviceContentCatalogue) for (const e of group.entries) for (const p of e.preApprovals) assert.ok(categories.has(p), e.code);
    assert.deepEqual(serviceContentEntry('travel.ride_hailing')?.preApprovals, ['ride_hailing']);
  });

  it('finds pre-approval signals, English only as whole words', () => {
    assert.deepEqual(signalledPreApprovals('快捷网约车').map((c) => c.code), ['ride_hailing']);
    assert.deepEqual(signalledPreApprovals('Daily News').map((c) => c.code), ['news']);
    assert.deepEqual(signalledPreApprovals('Newsletter tool').map((c) => c.code), []);
  });

  it('accepts only mainland provinces as server locations', () => {
    assert.equal(serverLocation('440000')?.miitBit, 16);
    assert.equal(serverLocation('810000'), undefined);
  });

  it('resolves bureau policies from overrides over the default', () => {
    assert.equal(bureauPolicy('370000').minimumAge, 17);
    assert.equal(bureauPolicy('110000').minimumAge, 18);
    assert.equal(bureauPolicy('34').legalRepresentativeMustBeMainPerson, false);
    assert.deepEqual(bureauPolicy('140000').domainQuota, { perOrder: 3 });
    assert.equal(bureauPolicy('110000', { '11': { minimumAge: 20 } }).minimumAge, 20);
  });
});

describe('filing TLD list', () => {
  it('ships a list with ASCII and Chinese-script TLDs in A-label form', () => {
    const tlds = loadFilingTlds();
    for (const tld of ['cn', 'com', 'xn--fiqs8s', 'xn--55qx5d']) assert.ok(tlds.has(tld), tld);
    assert.equal(tlds.has('io'), false);
  });

  it('reads comments, leading dots and blank lines, and rejects non-TLD lines', () => {
    assert.deepEqual([...parseFilingTlds('# c\n.com\n\n 中国 # country\n')], ['com', 'xn--fiqs8s']);
    assert.throws(() => parseFilingTlds('example.com'), /not a top-level domain/);
  });

  it('reads the file named by BEIAN_TLD_FILE', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'beian-tld-')), 'tlds.txt');
    writeFileSync(path, 'io\n');
    const previous = process.env.BEIAN_TLD_FILE;
    process.env.BEIAN_TLD_FILE = path;
    try {
      assert.deepEqual([...loadFilingTlds()], ['io']);
    } finally {
      if (previous === undefined) delete process.env.BEIAN_TLD_FILE;
      else process.env.BEIAN_TLD_FILE = previous;
    }
  });
});
