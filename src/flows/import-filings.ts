import { sql } from 'kysely';
import { BeianError, isBeianError } from '../domain/errors/beian-error.js';
import { catalogue, type ErrorCode } from '../domain/errors/catalogue.js';
import { readFilingImportRow, UnreadableLine, type FilingImportRow } from '../domain/import/filing-import-row.js';
import { subjectKey } from '../domain/identity/subject-key.js';
import { normalizeMobile } from './sms/sms-code.js';
import type { Actor } from './actor.js';
import type { FlowDeps } from './flow-deps.js';
import { runFlow, type FlowScope } from './run-flow.js';
import { refreshRegistry } from '../store/registry-sync.js';

/** A line the import refused, with why (codes from the error catalogue). Lines are numbered from 1, data lines only. */
export interface RefusedRow {
  line: number;
  code: ErrorCode;
  path: string | null;
  message: { zh: string; en: string };
  reason?: string;
}

export interface ImportReport {
  read: number;
  imported: { subjects: number; websites: number };
  refused: RefusedRow[];
}

function requireImporter(actor: Actor): void {
  if (actor.role !== 'ministry' && actor.role !== 'bureau') throw new BeianError('ACTION_NOT_PERMITTED', { details: { action: 'import', role: actor.role } });
}

/** Writes one checked line: the subject (once) and its website, with their numbers, as filed. */
async function importRow(scope: FlowScope, row: FilingImportRow): Promise<{ subject: boolean; website: boolean }> {
  const { trx, now } = scope;
  const taken = (number: string) => new BeianError('IMPORT_NUMBER_TAKEN', { path: 'subjectNumber', details: { number } });
  const key = subjectKey(row.certificateType, row.certificateNumber);
  const provinceCode = row.subject.province.code;
  const existing = await trx.selectFrom('subjects').selectAll().where('certificate_key', '=', key).forUpdate().executeTakeFirst();
  const numberOwner = await trx.selectFrom('filings').select(['subject_id', 'number']).where('kind', '=', 'subject').where('number', '=', row.subject.subjectNumber).executeTakeFirst();
  if (numberOwner && numberOwner.subject_id !== existing?.id) throw taken(row.subject.subjectNumber);
  let subjectId: string;
  let newSubject = false;
  if (existing) {
    if (existing.status === 'filed' && !numberOwner) throw new BeianError('SUBJECT_ALREADY_FILED', { path: 'certificateNumber' });
    subjectId = existing.id;
  } else {
    subjectId = (
      await trx
        .insertInto('subjects')
        .values({
          certificate_type: row.certificateType,
          certificate_key: key,
          name: row.subjectName,
          nature: row.subjectNature,
          province_code: provinceCode,
          status: 'filed',
          owner_user_id: null,
          data: JSON.stringify({ imported: true, name: row.subjectName, nature: row.subjectNature, certificate: { type: row.certificateType } }),
          next_service_index: 1,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  if (!numberOwner) {
    newSubject = true;
    await trx.updateTable('subjects').set({ status: 'filed', updated_at: now }).where('id', '=', subjectId).execute();
    await trx
      .insertInto('filings')
      .values({ kind: 'subject', subject_id: subjectId, service_id: null, number: row.subject.subjectNumber, province_code: provinceCode, service_type: null, status: 'active', approved_at: now, updated_at: now })
      .execute();
    await trx.deleteFrom('persons').where('subject_id', '=', subjectId).where('role', '=', 'main').execute();
    await trx
      .insertInto('persons')
      .values({
        subject_id: subjectId,
        service_id: null,
        role: 'main',
        name: row.mainPersonName,
        certificate_type: row.mainPersonCertificateType,
        certificate_number: row.mainPersonCertificateNumber,
        mobile: normalizeMobile(row.mainPersonMobile),
        emergency_phone: '',
        email: row.mainPersonEmail,
      })
      .execute();
    // Numbers issued later must not collide with the imported one.
    if (row.subject.scheme === 'icp' && row.subject.year !== undefined && row.subject.sequence !== undefined) {
      await trx
        .insertInto('number_sequences')
        .values({ province_code: provinceCode, year: row.subject.year, last_value: row.subject.sequence })
        .onConflict((oc) => oc.columns(['province_code', 'year']).doUpdateSet({ last_value: sql`greatest(number_sequences.last_value, excluded.last_value)` }))
        .execute();
    }
  }
  const website = row.website;
  if (website) {
    const index = website.serviceIndex!;
    const numberTaken = await trx.selectFrom('filings').select('id').where('number', '=', website.text).executeTakeFirst();
    if (numberTaken) throw new BeianError('IMPORT_NUMBER_TAKEN', { path: 'websiteNumber', details: { number: website.text } });
    const domainTaken = await trx.selectFrom('service_domains').select('id').where('domain', '=', website.domain).where('removed_at', 'is', null).executeTakeFirst();
    if (domainTaken) throw new BeianError('IMPORT_NUMBER_TAKEN', { path: 'domain', details: { number: website.domain } });
    if (row.providerId) {
      const provider = await trx.selectFrom('parties').select('kind').where('id', '=', row.providerId).executeTakeFirst();
      if (provider?.kind !== 'access_provider') throw new BeianError('IMPORT_ROW_INVALID', { path: 'providerId', details: { reason: 'not an access provider' } });
    }
    const service = await trx
      .insertInto('services')
      .values({
        subject_id: subjectId,
        type: 'website',
        name: website.name,
        status: 'filed',
        service_index: index,
        platform_id: null,
        data: JSON.stringify({ imported: true, type: 'website', name: website.name, domains: [website.domain] }),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('service_domains').values({ service_id: service.id, subject_id: subjectId, domain: website.domain }).execute();
    await trx
      .insertInto('filings')
      .values({ kind: 'service', subject_id: subjectId, service_id: service.id, number: website.text, province_code: provinceCode, service_type: 'website', status: 'active', approved_at: now, updated_at: now })
      .execute();
    if (row.providerId) {
      await trx
        .insertInto('service_access')
        .values({ service_id: service.id, provider_id: row.providerId, connection_methods: '[]', server_locations: '[]', ips: '[]', supports_ipv6: false, created_at: now })
        .execute();
    }
    // The next service filed for the subject gets the next index (websites, apps, mini-programs share one sequence).
    await trx
      .updateTable('subjects')
      .set({ next_service_index: sql`greatest(next_service_index, ${index + 1})`, updated_at: now })
      .where('id', '=', subjectId)
      .execute();
  }
  await refreshRegistry(trx, [subjectId]);
  await scope.record({
    entityType: 'subject',
    entityId: subjectId,
    action: 'imported',
    fromState: null,
    toState: 'filed',
    reason: null,
    data: { subjectNumber: row.subject.subjectNumber, ...(website ? { websiteNumber: website.text } : {}) },
  });
  return { subject: newSubject, website: website !== undefined };
}

function refusal(line: number, error: unknown): RefusedRow {
  if (isBeianError(error)) {
    const entry = catalogue[error.code as ErrorCode];
    const reason = typeof error.details?.reason === 'string' ? error.details.reason : undefined;
    return { line, code: error.code as ErrorCode, path: error.path ?? null, message: { zh: entry.zh, en: entry.en }, ...(reason ? { reason } : {}) };
  }
  throw error;
}

/**
 * The ministry (any province) or a bureau (its own) imports subjects and website filings that exist outside this
 * system, with their numbers, so such subjects add their APPs with `add_service` and get the next index. Rows are read
 * one by one from `rows` (a stream: the file is never held whole); each line is its own transaction, so a refused
 * line is reported and the others still go in. Importing the same file again refuses every line already in.
 */
export async function importFilings(
  deps: FlowDeps,
  actor: Actor,
  rows: AsyncIterable<unknown>,
  onRow: (read: number) => void = () => {},
): Promise<ImportReport> {
  requireImporter(actor);
  const report: ImportReport = { read: 0, imported: { subjects: 0, websites: 0 }, refused: [] };
  const iterator = rows[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<unknown>;
    try {
      next = await iterator.next();
    } catch {
      // A CSV syntax error (an unclosed quote, say): nothing after it can be trusted; what went in before stays in.
      report.refused.push(refusal(report.read + 1, new BeianError('IMPORT_ROW_INVALID', { details: { reason: 'the file cannot be read from this line on' } })));
      break;
    }
    if (next.done) break;
    const input = next.value;
    report.read += 1;
    const line = report.read;
    try {
      if (input instanceof UnreadableLine) throw new BeianError('IMPORT_ROW_INVALID', { details: { reason: input.reason } });
      const checked = readFilingImportRow(input, deps.regions);
      if ('problem' in checked) throw new BeianError('IMPORT_ROW_INVALID', { path: checked.problem.path, details: { reason: checked.problem.reason } });
      const row = checked.row;
      if (actor.role === 'bureau' && row.subject.province.code !== actor.provinceCode) throw new BeianError('IMPORT_OUTSIDE_PROVINCE', { path: 'subjectNumber' });
      const done = await runFlow(deps, actor, {}, (scope) => importRow(scope, row));
      if (done.subject) report.imported.subjects += 1;
      if (done.website) report.imported.websites += 1;
    } catch (error) {
      report.refused.push(refusal(line, error));
    }
    onRow(report.read);
  }
  return report;
}
