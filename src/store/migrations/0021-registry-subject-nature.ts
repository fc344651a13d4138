import { sql, type Kysely } from 'kysely';

/**
 * `registry_filings.subject_nature`: the subject's nature code (主办者性质), a public fact, so that a lookup by number
 * reads one row of one table by its unique index instead of joining filings, subjects and services.
 * `registry_refresh_subjects` writes it with the other subject facts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table registry_filings add column subject_nature integer;
    update registry_filings r set subject_nature = s.nature from subjects s where s.id = r.subject_id;
    alter table registry_filings alter column subject_nature set not null;
  `.execute(db);
  await sql`
    create or replace function registry_refresh_subjects(subject_ids text[]) returns void language plpgsql as $$
    begin
      delete from registry_filings where subject_id = any(subject_ids);
      insert into registry_filings (filing_id, number, kind, subject_id, service_id, subject_number, subject_name, subject_nature,
                                    service_name, service_type, province_code, status, shell, access_limited, approved_at, changed_at, cancelled_at)
      select f.id, f.number, f.kind, f.subject_id, f.service_id, coalesce(sf.number, f.number), s.name, s.nature, sv.name,
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
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function registry_refresh_subjects(subject_ids text[]) returns void language plpgsql as $$
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
    alter table registry_filings drop column subject_nature;
  `.execute(db);
}
