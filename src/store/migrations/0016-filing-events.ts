import { sql, type Kysely } from 'kysely';

/**
 * The change feed's events. Triggers on filings, subjects and services write one row per public change of a filing
 * (approved, changed, cancelled, revoked, access limited/restored, shell flagged/cleared), in the transaction that
 * makes the change, with a snapshot of the filing's public fields. `id` is the order of writing, which is not the order
 * of commit; `position` is given later, by one numbering step at a time (filing_event_head locked), to rows already
 * committed — so a row that commits late is numbered after every row a reader may already have passed, never skipped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table filing_events (
      id bigint generated always as identity primary key,
      position bigint unique,
      filing_id text not null,
      number text not null,
      type text not null,
      at timestamptz not null,
      data jsonb not null
    );
    create index filing_events_unnumbered on filing_events (id) where position is null;

    create table filing_event_head (
      id integer primary key check (id = 1),
      position bigint not null
    );
    insert into filing_event_head (id, position) values (1, 0);

    create function filing_event_record(f filings, event_type text, event_at timestamptz) returns void language plpgsql as $$
    begin
      insert into filing_events (filing_id, number, type, at, data)
      select f.id, f.number, event_type, event_at, jsonb_build_object(
        'number', f.number, 'kind', f.kind, 'status', f.status, 'subject_name', s.name, 'nature', s.nature,
        'service_name', v.name, 'service_type', f.service_type, 'province_code', f.province_code,
        'approved_at', f.approved_at, 'shell', f.shell, 'access_limited', f.access_limited)
      from subjects s left join services v on v.id = f.service_id
      where s.id = f.subject_id;
    end
    $$;

    create function filing_events_on_filing() returns trigger language plpgsql as $$
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
    create trigger filing_events_on_filing after insert or update on filings
      for each row execute function filing_events_on_filing();

    create function filing_events_on_subject() returns trigger language plpgsql as $$
    declare f filings;
    begin
      if old.status = 'filed' and new.status = 'filed'
        and (old.name, old.nature, old.data) is distinct from (new.name, new.nature, new.data) then
        for f in select * from filings where subject_id = new.id and status = 'active' order by kind desc, number loop
          perform filing_event_record(f, 'changed', new.updated_at);
        end loop;
      end if;
      return null;
    end
    $$;
    create trigger filing_events_on_subject after update on subjects
      for each row execute function filing_events_on_subject();

    create function filing_events_on_service() returns trigger language plpgsql as $$
    declare f filings;
    begin
      if old.status = 'filed' and new.status = 'filed' and (old.name, old.data) is distinct from (new.name, new.data) then
        for f in select * from filings where service_id = new.id and status = 'active' loop
          perform filing_event_record(f, 'changed', new.updated_at);
        end loop;
      end if;
      return null;
    end
    $$;
    create trigger filing_events_on_service after update on services
      for each row execute function filing_events_on_service();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger filing_events_on_service on services;
    drop function filing_events_on_service();
    drop trigger filing_events_on_subject on subjects;
    drop function filing_events_on_subject();
    drop trigger filing_events_on_filing on filings;
    drop function filing_events_on_filing();
    drop function filing_event_record(filings, text, timestamptz);
    drop table filing_event_head;
    drop table filing_events;
  `.execute(db);
}
