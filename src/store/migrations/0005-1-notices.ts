import { sql, type Kysely } from 'kysely';

/**
 * Notices to applicants and channels: a party's contact addresses for notices, what an approval filed (kept on the
 * application, back-filled from the approvals' history rows), and a claim token so outbox delivery can lease rows in
 * one short statement and call the gateway outside any transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table parties add column notify_email text, add column notify_phone text;
    alter table applications add column outcome jsonb;
    alter table outbox add column claim_token text;
  `.execute(db);
  await backfillOutcomes(db);
}

/** Approved applications get their outcome from the history row their approval wrote (idempotent). */
export async function backfillOutcomes<DB>(db: Kysely<DB>): Promise<void> {
  await sql`
    update applications a set outcome = jsonb_build_object(
      'subjectId', a.subject_id,
      'subjectNumber', h.data -> 'subjectNumber',
      'services', coalesce((
        select jsonb_agg(jsonb_build_object('serviceId', f.service_id, 'number', f.number) order by f.number)
        from filings f
        where f.kind = 'service' and f.number in (select jsonb_array_elements_text(h.data -> 'serviceNumbers'))
      ), '[]'::jsonb)
    )
    from history h
    where h.action like 'approved:%' and h.entity_type = 'subject' and h.data ->> 'applicationId' = a.id and a.outcome is null;
  `.execute(db);
}
