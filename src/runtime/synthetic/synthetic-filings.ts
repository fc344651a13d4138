import { createHash, randomUUID } from 'node:crypto';
import { formatServiceNumber } from '../../domain/numbers/format-service-number.js';
import { formatSubjectNumber } from '../../domain/numbers/format-subject-number.js';
import type { Region } from '../../domain/regions/index.js';
import { appWords, brandSyllables, industries, places } from './syllables.js';

/** A small seeded generator (mulberry32): the same seed gives the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticRows {
  subjects: Record<string, unknown>[];
  services: Record<string, unknown>[];
  filings: Record<string, unknown>[];
  features: Record<string, unknown>[];
  domains: Record<string, unknown>[];
  access: Record<string, unknown>[];
  /** The registry read model's rows (what lookups, search and checks read), written with the rest. */
  registryFilings: Record<string, unknown>[];
  registryPackages: Record<string, unknown>[];
  registryDomains: Record<string, unknown>[];
  serviceFilings: number;
}

export interface SubjectSlot {
  region: Region;
  year: number;
  sequence: number;
  /** A number unique in the run, for package names, domains and certificate keys. */
  serial: number;
}

/**
 * One synthetic subject (an enterprise with a Chinese name from the syllable tables) with 1–4 services — mostly
 * apps (Android and often iOS packages, signature MD5s, a domain, access through `providerId`), some mini-programs —
 * and their filings, approved on a day in the three years before `now`.
 */
export function syntheticSubject(random: () => number, slot: SubjectSlot, providerId: string, now: Date, into: SyntheticRows, maxServices = 4): void {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const syllables = [pick(brandSyllables), pick(brandSyllables)];
  const brand = syllables.map((s) => s[0]).join('');
  const ascii = syllables.map((s) => s[1]).join('');
  const subjectId = randomUUID();
  const subjectNumber = formatSubjectNumber({ abbreviation: slot.region.abbreviation, year: slot.year, sequence: slot.sequence });
  const approvedAt = new Date(now.getTime() - Math.floor(random() * 3 * 365 * 86_400_000));
  const subjectName = `${pick(places)}${brand}${pick(industries)}有限公司`;
  into.subjects.push({
    id: subjectId,
    certificate_type: 1,
    certificate_key: `SYN:${slot.region.code}${String(slot.serial).padStart(10, '0')}`,
    name: subjectName,
    nature: 4,
    province_code: slot.region.code,
    status: 'filed',
    data: null,
    next_service_index: maxServices + 1,
    created_at: approvedAt,
    updated_at: approvedAt,
  });
  const registry = (filingId: string, number: string, service: { id: string; name: string; type: string } | null) =>
    into.registryFilings.push({
      filing_id: filingId, number, kind: service ? 'service' : 'subject', subject_id: subjectId, service_id: service?.id ?? null, subject_number: subjectNumber,
      subject_name: subjectName, service_name: service?.name ?? null, service_type: service?.type ?? null, province_code: slot.region.code, status: 'active',
      shell: false, access_limited: false, approved_at: approvedAt, changed_at: approvedAt, cancelled_at: null,
    });
  const subjectFilingId = randomUUID();
  into.filings.push({
    id: subjectFilingId, kind: 'subject', subject_id: subjectId, service_id: null, number: subjectNumber, province_code: slot.region.code,
    service_type: null, status: 'active', approved_at: approvedAt, updated_at: approvedAt,
  });
  registry(subjectFilingId, subjectNumber, null);
  const count = 1 + Math.floor(random() * maxServices);
  for (let index = 1; index <= count; index += 1) {
    const type = random() < 0.8 ? 'app' : 'mini_program';
    const [word, wordAscii] = pick(appWords);
    const serviceId = randomUUID();
    const number = formatServiceNumber(subjectNumber, index, type);
    const serviceName = `${brand}${word}`;
    const filingId = randomUUID();
    into.services.push({
      id: serviceId, subject_id: subjectId, type, name: serviceName, status: 'filed', service_index: index, data: '{}',
      platform_id: null, created_at: approvedAt, updated_at: approvedAt,
    });
    into.filings.push({
      id: filingId, kind: 'service', subject_id: subjectId, service_id: serviceId, number, province_code: slot.region.code,
      service_type: type, status: 'active', approved_at: approvedAt, updated_at: approvedAt,
    });
    registry(filingId, number, { id: serviceId, name: serviceName, type });
    into.serviceFilings += 1;
    const packageName = `com.${ascii}${slot.serial.toString(36)}.${wordAscii}${index}`;
    const md5 = (salt: string) => createHash('md5').update(`${packageName}/${salt}`).digest('hex');
    if (type === 'app') {
      const platforms = random() < 0.5 ? ['android', 'ios'] : ['android'];
      for (const platform of platforms) {
        into.features.push({ id: randomUUID(), service_id: serviceId, platform, package_name: packageName, public_key: null, signature_md5: md5(platform) });
        into.registryPackages.push({ filing_id: filingId, platform, package_name: packageName, signature_digest: md5(platform), public_key: null });
      }
      const domain = `api${index}.${ascii}${slot.serial.toString(36)}.cn`;
      into.domains.push({ id: randomUUID(), service_id: serviceId, subject_id: subjectId, domain, removed_at: null });
      into.registryDomains.push({ filing_id: filingId, domain });
      into.access.push({
        id: randomUUID(), service_id: serviceId, provider_id: providerId, connection_methods: '["cloud"]', server_locations: `["${slot.region.code}"]`,
        ips: '[]', supports_ipv6: true, created_at: approvedAt, cancelled_at: null,
      });
    }
  }
}

export function emptyRows(): SyntheticRows {
  return { subjects: [], services: [], filings: [], features: [], domains: [], access: [], registryFilings: [], registryPackages: [], registryDomains: [], serviceFilings: 0 };
}
