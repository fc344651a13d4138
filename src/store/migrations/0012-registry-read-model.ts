import { sql, type Kysely } from 'kysely';

/**
 * The registry read model: what public lookups, searches and bulk checks read, one row per filing, kept current in
 * the transaction of every flow that changes a filing (store/registry-sync.ts) and, for status flags, by a trigger on
 * `filings`.
 *
 * - `registry_filings`: one row per filing (subject or service) with the public facts only. `status` is the filing's
 *   own (`active` | `cancelled` | `revoked`); `shell` and `access_limited` are its flags. `name_grams` is generated:
 *   the distinct single characters and two-character sequences of the lower-cased subject and service names, in a GIN
 *   index, so 1- and 2-character Chinese queries use an index (pg_trgm cannot). Names and package names are in the "C"
 *   collation (byte order), so exact and prefix matches are index ranges (no LIKE with a parameter pattern).
 * - `registry_packages`: the feature info of service filings: platform (`android` | `ios` | `harmonyos` | `other`),
 *   package name, `signature_digest` (the filed signature MD5 — iOS: SHA-1 — lower-case hex without separators, null
 *   when the filed value is not hex) and the filed public key.
 * - `registry_domains`: the domains a service filing uses (current ones; a cancelled filing keeps those it had).
 *
 * Bulk loaders may insert into these tables directly: name_grams fills itself; packages and domains reference the
 * filing row by `filing_id`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function registry_grams(t text) returns text[] language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct g), '{}') from (
        select substr(lower(t), i, 1) as g from generate_series(1, char_length(t)) as i
        union all
        select substr(lower(t), i, 2) from generate_series(1, char_length(t) - 1) as i
      ) as grams
    $$;

    create table registry_filings (
      filing_id text primary key references filings (id) on delete cascade,
      number text not null unique,
      kind text not null,
      subject_id text not null,
      service_id text,
      subject_number text not null,
      subject_name text collate "C" not null,
      service_name text collate "C",
      service_type text,
      province_code text not null,
      status text not null,
      shell boolean not null default false,
      access_limited boolean not null default false,
      approved_at timestamptz not null,
      changed_at timestamptz not null,
      cancelled_at timestamptz,
      name_grams text[] generated always as (registry_grams(subject_name) || registry_grams(coalesce(service_name, ''))) stored
    );
    create index registry_filings_subject_name on registry_filings (subject_name, number);
    create index registry_filings_service_name on registry_filings (service_name, number);
    create index registry_filings_grams on registry_filings using gin (name_grams);
    create index registry_filings_subject on registry_filings (subject_id);

    create table registry_packages (
      filing_id text not null references registry_filings (filing_id) on delete cascade,
      platform text not null,
      package_name text collate "C" not null,
      signature_digest text,
      public_key text,
      primary key (filing_id, platform, package_name)
    );
    create index registry_packages_name on registry_packages (package_name, platform);

    create table registry_domains (
      filing_id text not null references registry_filings (filing_id) on delete cascade,
      domain text not null,
      primary key (domain, filing_id)
    );
    create index registry_domains_filing on registry_domains (filing_id);

    create function registry_follow_filing() returns trigger language plpgsql as $$
    begin
      update registry_filings
         set status = new.status, shell = new.shell, access_limited = new.access_limited,
             cancelled_at = new.cancelled_at, changed_at = greatest(changed_at, new.updated_at)
       where filing_id = new.id;
      return null;
    end
    $$;
    create trigger filings_follow_registry after update of status, shell, access_limited, cancelled_at on filings
      for each row execute function registry_follow_filing();
  `.execute(db);
  await sql`
    create function registry_digest(t text) returns text language sql immutable parallel safe as $$
      select case when d ~ '^[0-9a-f]{32}([0-9a-f]{8})?$' then d end
        from (select regexp_replace(lower(t), '[[:space:]:-]', '', 'g') as d) as x
    $$;

    create function registry_refresh_subjects(subject_ids text[]) returns void language plpgsql as $$
    begin
      delete from registry_filings where subject_id = any(subject_ids);
      insert into registry_filings (filing_id, number, kind, subject_id, service_id, subject_number, subject_name, service_name,
                                    service_type, province_code, status, shell, access_limited, approved_at, changed_at, cancelled_at)
      select f.id, f.number, f.kind, f.subject_id, f.service_id, coalesce(sf.number, f.number), s.name, sv.name,
             f.service_type, f.province_code, f.status, f.shell, f.access_limited, f.approved_at,
             greatest(f.updated_at, case when f.kind = 'subject' then s.updated_at else sv.updated_at end), f.cancelled_at
        from filings f
        join subjects s on s.id = f.subject_id
        left join services sv on sv.id = f.service_id
        left join lateral (
          select x.number from filings x where x.subject_id = f.subject_id and x.kind = 'subject'
           order by (x.status = 'active') desc, x.approved_at desc limit 1
        ) sf on f.kind = 'service'
       where f.subject_id = any(subject_ids);
      insert into registry_packages (filing_id, platform, package_name, signature_digest, public_key)
      select distinct on (f.id, x.platform, x.package_name) f.id, x.platform, x.package_name, registry_digest(x.signature_md5), x.public_key
        from service_features x
        join filings f on f.service_id = x.service_id and f.kind = 'service'
       where f.subject_id = any(subject_ids);
      insert into registry_domains (filing_id, domain)
      select distinct f.id, d.domain
        from service_domains d
        join filings f on f.service_id = d.service_id and f.kind = 'service'
       where f.subject_id = any(subject_ids)
         and (d.removed_at is null or (f.status <> 'active' and d.removed_at >= f.cancelled_at));
    end
    $$;

    select registry_refresh_subjects(array(select distinct subject_id from filings));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger filings_follow_registry on filings;
    drop function registry_follow_filing();
    drop table registry_domains;
    drop table registry_packages;
    drop table registry_filings;
    drop function registry_refresh_subjects(text[]);
    drop function registry_digest(text);
    drop function registry_grams(text);
  `.execute(db);
}
