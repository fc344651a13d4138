import { sql, type Kysely } from 'kysely';

/**
 * The change feed's `approved` events are written once per INSERT statement on `filings` (a statement-level trigger
 * reading the inserted rows as a transition table) instead of once per row: the same rows in the same transaction,
 * but one set-based INSERT — so a bulk load (COPY of thousands of filings) records its events in one step. Within one
 * statement the events are written in the order of the filing numbers (a subject's filing before its services').
 * Updates keep their row-level trigger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function filing_events_on_filings_inserted() returns trigger language plpgsql as $$
    begin
      insert into filing_events (filing_id, number, type, at, data)
      select f.id, f.number, 'approved', f.approved_at, jsonb_build_object(
        'number', f.number, 'kind', f.kind, 'status', f.status, 'subject_name', s.name, 'nature', s.nature,
        'service_name', v.name, 'service_type', f.service_type, 'province_code', f.province_code,
        'approved_at', f.approved_at, 'shell', f.shell, 'access_limited', f.access_limited)
      from inserted f
      join subjects s on s.id = f.subject_id
      left join services v on v.id = f.service_id
      order by f.number;
      return null;
    end
    $$;

    create or replace function filing_events_on_filing() returns trigger language plpgsql as $$
    begin
      if old.status is distinct from new.status and new.status in ('cancelled', 'revoked') then
        perform filing_event_record(new, new.status, new.updated_at);
      end if;
      if old.access_limited is distinct from new.access_limited then
        perform filing_event_record(new, case when new.access_limited then 'access_limited' else 'access_restored' end, new.updated_at);
      end if;
      if old.shell is distinct from new.shell then
        perform filing_event_record(new, case when new.shell then 'shell_flagged' else 'shell_cleared' end, new.updated_at);
      end if;
      return null;
    end
    $$;

    drop trigger filing_events_on_filing on filings;
    create trigger filing_events_on_filing after update on filings
      for each row execute function filing_events_on_filing();
    create trigger filing_events_on_filings_inserted after insert on filings
      referencing new table as inserted
      for each statement execute function filing_events_on_filings_inserted();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger filing_events_on_filings_inserted on filings;
    drop function filing_events_on_filings_inserted();

    create or replace function filing_events_on_filing() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform filing_event_record(new, 'approved', new.approved_at);
        return null;
      end if;
      if old.status is distinct from new.status and new.status in ('cancelled', 'revoked') then
        perform filing_event_record(new, new.status, new.updated_at);
      end if;
      if old.access_limited is distinct from new.access_limited then
        perform filing_event_record(new, case when new.access_limited then 'access_limited' else 'access_restored' end, new.updated_at);
      end if;
      if old.shell is distinct from new.shell then
        perform filing_event_record(new, case when new.shell then 'shell_flagged' else 'shell_cleared' end, new.updated_at);
      end if;
      return null;
    end
    $$;

    drop trigger filing_events_on_filing on filings;
    create trigger filing_events_on_filing after insert or update on filings
      for each row execute function filing_events_on_filing();
  `.execute(db);
}
