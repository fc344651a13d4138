import { sql, type Kysely } from 'kysely';

/**
 * The history stops queueing every change in the land on one row. Each entity (an application, a calendar date) gets
 * a hash chain of its own with a head row (history_heads), locked only by changes to that entity; a background
 * sealer appends every committed row to one hash-chained log (history_log, head in history_log_head) in batches,
 * off the path of the request. `seq` becomes a plain ordering number from a sequence. Rows written before this
 * migration keep their single chain (entity_seq null), still verified as one and frozen under history_head; they
 * also open their entities' chains and enter the log like every later row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create sequence history_seq_numbers as integer owned by history.seq;
    select setval('history_seq_numbers', coalesce((select max(seq) from history), 0) + 1, false);
    alter table history alter column seq set default nextval('history_seq_numbers');
    alter table history add column entity_seq integer;

    create table history_heads (
      entity_type text not null,
      entity_id text not null,
      seq integer not null,
      hash text not null,
      primary key (entity_type, entity_id)
    );
    insert into history_heads (entity_type, entity_id, seq, hash)
      select entity_type, entity_id, count(*)::integer, (array_agg(hash order by seq desc))[1]
      from history group by entity_type, entity_id;

    create table history_unsealed (seq integer primary key);
    insert into history_unsealed (seq) select seq from history;
    create function history_awaits_seal() returns trigger language plpgsql as $$
    begin
      insert into history_unsealed (seq) values (new.seq);
      return null;
    end
    $$;
    create trigger history_to_seal after insert on history for each row execute function history_awaits_seal();

    create table history_log (
      position integer primary key,
      history_seq integer not null unique,
      row_hash text not null,
      hash text not null
    );
    create trigger history_log_no_update before update or delete on history_log
      for each row execute function history_is_append_only();
    create table history_log_head (
      id integer primary key check (id = 1),
      position integer not null,
      hash text not null
    );
    insert into history_log_head (id, position, hash) values (1, 0, repeat('0', 64));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table history_log_head;
    drop table history_log;
    drop trigger history_to_seal on history;
    drop function history_awaits_seal();
    drop table history_unsealed;
    drop table history_heads;
    alter table history drop column entity_seq;
    alter table history alter column seq drop default;
    drop sequence history_seq_numbers;
  `.execute(db);
}
