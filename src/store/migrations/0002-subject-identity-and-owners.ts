import { sql, type Kysely } from 'kysely';
import { rekeySubjects } from '../rekey-subjects.js';

/**
 * One subject, filed once, and who may act for it.
 *
 * - Subjects are re-keyed on the normalised certificate number (see domain/identity/subject-key.ts) instead of type
 *   and number. Subjects that now share a key are not merged and do not stop the migration: the earliest filed keeps
 *   the key, the others get `<key>#<id>` and are listed in subject_duplicates for the ministry to resolve
 *   (`beian subjects duplicates`, `GET /api/v1/subject-duplicates`).
 * - subject_owners: the applicant accounts that may act for a subject (the account that filed it, and accounts
 *   linked later by an SMS code to the filed main person, see subject_claims). Filled from subjects.owner_user_id
 *   for filed subjects.
 * - services.platform_id: the distribution platform a service was filed through (mini-programs, quick apps, apps
 *   filed through an app store), which acts for the service with its access providers. Filled from the approved
 *   applications that filed each service.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table subject_owners (
      subject_id text not null references subjects (id),
      user_id text not null references users (id),
      via text not null check (via in ('filing', 'claim')),
      added_at timestamptz not null default now(),
      primary key (subject_id, user_id)
    );
    create index subject_owners_user on subject_owners (user_id);
    insert into subject_owners (subject_id, user_id, via, added_at)
      select s.id, s.owner_user_id, 'filing', s.updated_at
      from subjects s join users u on u.id = s.owner_user_id
      where s.status <> 'unfiled' and u.role = 'applicant';

    create table subject_claims (
      id text primary key default gen_random_uuid()::text,
      subject_id text not null references subjects (id),
      user_id text not null references users (id),
      phone text not null,
      code_hash text not null,
      wrong_codes integer not null default 0,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      confirmed_at timestamptz,
      closed_at timestamptz
    );
    create index subject_claims_subject on subject_claims (subject_id, created_at);

    create table subject_duplicates (
      subject_id text primary key references subjects (id),
      certificate_key text not null,
      kept_subject_id text not null references subjects (id),
      detected_at timestamptz not null default now()
    );
    create index subject_duplicates_key on subject_duplicates (certificate_key);

    alter table services add column platform_id text references parties (id);
    update services set platform_id = (
      select a.channel_id
      from applications a join parties p on p.id = a.channel_id
      where a.subject_id = services.subject_id and a.state = 'approved' and a.kind in ('first_filing', 'add_service')
        and p.kind = 'distribution_platform'
        and exists (
          select 1 from jsonb_array_elements(a.payload -> 'services') s
          where s ->> 'name' = services.name and s ->> 'type' = services.type
        )
      order by a.decided_at desc nulls last
      limit 1
    );
  `.execute(db);

  await rekeySubjects(db);
}
