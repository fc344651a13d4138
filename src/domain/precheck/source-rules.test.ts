import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { bureauPolicyOverrides } from '../codes/bureau-policies.js';
import { loadFilingTlds } from '../../runtime/load-filing-tlds.js';
import { countiesOf, defaultRegions, prefecturesOf } from '../regions/index.js';
import { memoryPrecheckContext, type MemorySubject } from './memory-precheck-context.js';
import { precheckApplication } from './precheck-application.js';
import type { Finding } from './finding.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the cases edit a JSON body freely */
type Body = any;

const example: Body = JSON.parse(readFileSync(new URL('../../../docs/precheck-example.json', import.meta.url), 'utf8'));
const today = '2026-03-15';
const filingTlds = loadFilingTlds();

function edit(change: (b: Body) => void): Body {
  const body = structuredClone(example);
  change(body);
  return body;
}

async function run(body: Body, options: { subjects?: MemorySubject[]; bureauPolicies?: Record<string, object> } = {}): Promise<Finding[]> {
  return precheckApplication(body, memoryPrecheckContext({ filingTlds, subjects: options.subjects ?? [], ...(options.bureauPolicies ? { bureauPolicies: options.bureauPolicies } : {}) }), { today });
}

const codesAt = (findings: Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => f.path);

/** The example's subject as filed: id subject-1 in `province`, with the given active services. */
function filedSubject(province: string, services: MemorySubject['services'] = [], extra: Partial<MemorySubject> = {}): MemorySubject {
  return {
    id: 'subject-1',
    name: example.subject.name,
    nature: 4,
    province,
    certificateNumber: example.subject.certificate.number,
    mainPerson: structuredClone(example.subject.mainPerson),
    services,
    ...extra,
  };
}

function addService(b: Body) {
  b.kind = 'add_service';
  delete b.subject;
  b.subjectId = 'subject-1';
  b.services[0].materials.push({ kind: 'commitment_letter', materialId: example.subject.materials[2].materialId });
}

function website(b: Body, domains: string[]) {
  Object.assign(b.services[0], { type: 'website', name: '闽江云记账网', featureInfo: [], domains });
}

/** Puts the example's subject in another province (city and district follow). */
function inProvince(b: Body, code: string) {
  const city = prefecturesOf(code)[0]!.code;
  Object.assign(b.subject, { province: code, city, district: countiesOf(city)[0]?.code ?? city });
}

const domainLabel = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);

describe('rules the sources state', () => {
  describe('one domain, one filing number (since 2019)', () => {
    it('refuses a new website with any number of domains but one, in every province', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...defaultRegions.map((r) => r.code)), fc.uniqueArray(domainLabel, { maxLength: 5 }), async (province, labels) => {
          const body = edit((b) => {
            inProvince(b, province);
            website(b, labels.map((l) => `${l}.minjiangcloud.com`));
          });
          const refused = codesAt(await run(body), 'WEBSITE_ONE_DOMAIN');
          assert.deepEqual(refused, labels.length === 1 ? [] : ['services[0].domains'], `${province} with ${labels.length} domains`);
        }),
        { numRuns: 120 },
      );
    });

    it('refuses it in an added website too', async () => {
      const body = edit((b) => {
        addService(b);
        website(b, ['www.minjiangcloud.com', 'm.minjiangcloud.com']);
      });
      assert.deepEqual(codesAt(await run(body, { subjects: [filedSubject('350000', [{ id: 's0', type: 'app', name: '闽江记账' }])] }), 'WEBSITE_ONE_DOMAIN'), ['services[0].domains']);
    });

    it('lets a change keep or drop filed domains and refuses every domain it adds', async () => {
      const filed = ['a.minjiangcloud.com', 'b.minjiangcloud.com', 'c.minjiangcloud.com'];
      await fc.assert(
        fc.asyncProperty(fc.subarray(filed), fc.uniqueArray(domainLabel.map((l) => `new${l}.minjiangcloud.com`), { maxLength: 2 }), async (kept, added) => {
          const body = edit((b) => {
            b.kind = 'change_service';
            delete b.subject;
            b.serviceId = 'service-1';
            website(b, [...kept, ...added]);
          });
          const subjects = [filedSubject('350000', [{ id: 'service-1', type: 'website', name: '闽江云记账网', domains: filed }])];
          const refused = codesAt(await run(body, { subjects }), 'DOMAIN_ADDED_ON_CHANGE');
          assert.deepEqual(refused, added.map((_, k) => `services[0].domains[${kept.length + k}]`));
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('one APP, one filing', () => {
    const otherApp = (packages: Array<{ platform: string; packageName: string; publicKey?: string; signatureMd5?: string }>): MemorySubject => ({
      id: 'subject-2',
      name: '福州另一家公司',
      nature: 4,
      province: '350000',
      certificateNumber: '91350100MA2XY12340',
      services: [{ id: 'service-9', type: 'app', name: '另一个记账', number: '闽ICP备2026000009号-1A', packages }],
    });

    it('names the other subject\'s number when it filed the package name', async () => {
      const findings = await run(example, { subjects: [otherApp([{ platform: 'ios', packageName: 'com.minjiangcloud.ledger' }])] });
      const hit = findings.find((f) => f.code === 'PACKAGE_FILED_BY_OTHER_SUBJECT');
      assert.equal(hit?.path, 'services[0].featureInfo[1].packageName');
      assert.equal(hit?.severity, 'error');
      assert.match(hit!.message.zh, /闽ICP备2026000009号-1A/);
      assert.match(hit!.message.en, /闽ICP备2026000009号-1A/);
    });

    it('does not mix platforms: the same string as another subject\'s bundle ID on Android is no finding', async () => {
      const findings = await run(edit((b) => (b.services[0].featureInfo = [b.services[0].featureInfo[0]])), { subjects: [otherApp([{ platform: 'ios', packageName: 'com.minjiangcloud.ledger' }])] });
      assert.deepEqual(codesAt(findings, 'PACKAGE_FILED_BY_OTHER_SUBJECT'), []);
    });

    it('warns on other signing keys for the subject\'s own filed package, however the same keys are spelled', async () => {
      const android = example.services[0].featureInfo[0];
      const own = (signatureMd5: string) => [
        filedSubject('350000', [{ id: 'service-1', type: 'app', name: '闽江记账', number: '闽ICP备2026000001号-1A', domains: example.services[0].domains, packages: [{ platform: 'android', packageName: android.packageName, publicKey: android.publicKey, signatureMd5 }] }]),
      ];
      const change = edit((b) => {
        b.kind = 'change_service';
        delete b.subject;
        b.serviceId = 'service-1';
      });
      const respelled = (android.signatureMd5 as string).replace(/:/g, '').toLowerCase();
      assert.deepEqual(codesAt(await run(change, { subjects: own(respelled) }), 'PACKAGE_SIGNING_KEYS_DIFFER'), []);
      const findings = await run(change, { subjects: own('00112233445566778899aabbccddeeff') });
      const hit = findings.find((f) => f.code === 'PACKAGE_SIGNING_KEYS_DIFFER');
      assert.equal(hit?.severity, 'warning');
      assert.equal(hit?.path, 'services[0].featureInfo[0].signatureMd5');
      assert.deepEqual(codesAt(findings, 'PACKAGE_FILED_BY_OTHER_SUBJECT'), []);
    });

    it('refuses the same APP name again as a new service of the subject, whatever its case and spaces', async () => {
      const body = edit((b) => {
        addService(b);
        b.services[0].name = ' 闽江记账 ';
      });
      const subjects = [filedSubject('350000', [{ id: 'service-1', type: 'app', name: '闽江记账' }])];
      assert.deepEqual(codesAt(await run(body, { subjects }), 'SERVICE_ALREADY_FILED'), ['services[0].name']);
      const website = [filedSubject('350000', [{ id: 'service-1', type: 'website', name: '闽江记账' }])];
      assert.deepEqual(codesAt(await run(body, { subjects: website }), 'SERVICE_ALREADY_FILED'), [], 'a website of that name is another service');
    });
  });

  describe('shell subjects', () => {
    const allowed = ['12', '21', '51', '53', '32', '33', '31', '45', '14', '11', '52'];

    it('lets a shell subject add services only in the 11 provinces whose policy allows it', async () => {
      assert.deepEqual(
        Object.entries(bureauPolicyOverrides).filter(([, p]) => p.shellSubjectMayAddServices).map(([code]) => code).sort(),
        [...allowed].sort(),
      );
      assert.equal(defaultRegions.length, 31);
      for (const province of defaultRegions) {
        const body = edit(addService);
        const shell = codesAt(await run(body, { subjects: [filedSubject(province.code, [])] }), 'SHELL_SUBJECT_MUST_CANCEL');
        assert.deepEqual(shell, allowed.includes(province.code.slice(0, 2)) ? [] : ['subjectId'], province.code);
        const live = codesAt(await run(body, { subjects: [filedSubject(province.code, [{ id: 's0', type: 'website', name: '闽江云官网' }])] }), 'SHELL_SUBJECT_MUST_CANCEL');
        assert.deepEqual(live, [], `${province.code}: a subject with a live service is no shell`);
      }
    });

    it('follows the configured policy', async () => {
      const body = edit(addService);
      const subjects = [filedSubject('440000', [])];
      assert.deepEqual(codesAt(await run(body, { subjects }), 'SHELL_SUBJECT_MUST_CANCEL'), ['subjectId']);
      assert.deepEqual(codesAt(await run(body, { subjects, bureauPolicies: { '44': { shellSubjectMayAddServices: true } } }), 'SHELL_SUBJECT_MUST_CANCEL'), []);
    });
  });

  describe('add_service and change_service see the filed subject', () => {
    it('compares a new service person with the filed main person: different persons, different contacts', async () => {
      const main = example.subject.mainPerson;
      const body = edit((b) => {
        addService(b);
        b.services[0].responsiblePerson.mobile = main.mobile;
        b.services[0].responsiblePerson.email = main.email.toUpperCase();
      });
      const subjects = [filedSubject('350000', [{ id: 's0', type: 'website', name: '闽江云官网' }])];
      assert.deepEqual(codesAt(await run(body, { subjects }), 'DIFFERENT_PERSONS_SHARE_CONTACTS').sort(), ['services[0].responsiblePerson.email', 'services[0].responsiblePerson.mobile']);
    });

    it('compares them the other way too: the same person, the same contacts', async () => {
      const main = example.subject.mainPerson;
      const body = edit((b) => {
        addService(b);
        b.services[0].responsiblePerson = { ...structuredClone(main), email: 'another@minjiangcloud.com' };
      });
      const subjects = [filedSubject('350000', [{ id: 's0', type: 'website', name: '闽江云官网' }])];
      assert.deepEqual(codesAt(await run(body, { subjects }), 'SAME_PERSON_CONTACTS_DIFFER'), ['services[0].responsiblePerson']);
    });

    it('applies the individual naming and content rules to a change of an individual\'s service', async () => {
      const person = example.subject.mainPerson;
      const individual = filedSubject('350000', [{ id: 'service-1', type: 'app', name: '林晓峰记账', domains: example.services[0].domains }], {
        name: person.name,
        nature: 5,
        certificateNumber: person.certificate.number,
      });
      const body = edit((b) => {
        b.kind = 'change_service';
        delete b.subject;
        b.serviceId = 'service-1';
        b.services[0].name = '云雀交友社区平台';
        b.services[0].contentCategories = ['social.community'];
        b.services[0].responsiblePerson = structuredClone(person);
      });
      const findings = await run(body, { subjects: [individual] });
      assert.deepEqual(codesAt(findings, 'APP_NAME_NOT_FOR_INDIVIDUALS'), ['services[0].name']);
      assert.deepEqual(codesAt(findings, 'SERVICE_CONTENT_NOT_FOR_INDIVIDUALS'), ['services[0].contentCategories[0]']);
    });
  });

  describe('website names', () => {
    const websiteNamed = (name: string) => edit((b) => { website(b, ['www.minjiangcloud.com']); b.services[0].name = name; });

    it('refuses any website name of Latin letters and digits only', async () => {
      await fc.assert(
        fc.asyncProperty(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{2,20}[A-Za-z0-9]$/), async (name) => {
          assert.deepEqual(codesAt(await run(websiteNamed(name)), 'WEBSITE_NAME_LATIN_OR_DIGITS_ONLY'), ['services[0].name'], name);
        }),
        { numRuns: 80 },
      );
    });

    it('refuses a website name under 3 characters and takes one of 3', async () => {
      assert.deepEqual(codesAt(await run(websiteNamed('闽江')), 'WEBSITE_NAME_TOO_SHORT'), ['services[0].name']);
      const three = await run(websiteNamed('闽江云'));
      assert.deepEqual([...codesAt(three, 'WEBSITE_NAME_TOO_SHORT'), ...codesAt(three, 'APP_NAME_TOO_SHORT')], []);
      assert.deepEqual(codesAt(await run(websiteNamed('闽江 Notes 网')), 'WEBSITE_NAME_LATIN_OR_DIGITS_ONLY'), []);
    });

    it('lets an APP keep a Latin name', async () => {
      assert.deepEqual(codesAt(await run(edit((b) => (b.services[0].name = 'Minjiang Ledger'))), 'WEBSITE_NAME_LATIN_OR_DIGITS_ONLY'), []);
    });

    it('lets an individual\'s website carry only blog or other content', async () => {
      const person = example.subject.mainPerson;
      const body = (content: string) =>
        edit((b) => {
          Object.assign(b.subject, { nature: 5, name: person.name, certificate: { type: 2, number: person.certificate.number, validTo: person.certificate.validTo } });
          b.services[0].responsiblePerson = structuredClone(person);
          website(b, ['www.minjiangcloud.com']);
          b.services[0].name = '林晓峰的记账心得';
          b.services[0].contentCategories = [content];
        });
      for (const content of ['reading.blog', 'other.other']) assert.deepEqual(codesAt(await run(body(content)), 'INDIVIDUAL_WEBSITE_CONTENT'), [], content);
      for (const content of ['life.food', 'games.online', 'tools.office']) assert.deepEqual(codesAt(await run(body(content)), 'INDIVIDUAL_WEBSITE_CONTENT'), ['services[0].contentCategories[0]'], content);
    });
  });
});
