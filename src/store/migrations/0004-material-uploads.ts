import { sql, type Kysely } from 'kysely';

/**
 * Materials belong to their uploaders: one row per account that uploaded the bytes (materials are content-addressed,
 * so two parties uploading one file share the row in `materials` but each has its own upload), and one row per
 * material an application legitimately references (checked when the application was written). Existing data is
 * carried over: each material's first uploader, and the references whose material the application's author (or a
 * member of its party) uploaded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table material_uploads (
      material_id text not null references materials (id),
      user_id text not null references users (id),
      party_id text references parties (id),
      uploaded_at timestamptz not null default now(),
      primary key (material_id, user_id)
    );
    create index material_uploads_party on material_uploads (party_id, material_id);

    insert into material_uploads (material_id, user_id, party_id, uploaded_at)
    select m.id, m.created_by, u.party_id, m.created_at
    from materials m join users u on u.id = m.created_by;

    create table application_materials (
      application_id text not null references applications (id),
      material_id text not null references materials (id),
      primary key (application_id, material_id)
    );
    create index application_materials_material on application_materials (material_id);

    insert into application_materials (application_id, material_id)
    select distinct a.id, ref.material_id
    from applications a
    join users author on author.id = a.created_by
    cross join lateral (
      select jsonb_path_query(a.payload, 'lax $.**.materialId') #>> '{}' as material_id
      union
      select a.payload #>> '{subject,residencePermitMaterialId}'
    ) ref
    where ref.material_id is not null
      and exists (
        select 1 from material_uploads mu
        where mu.material_id = ref.material_id
          and (mu.user_id = author.id or (author.party_id is not null and mu.party_id = author.party_id))
      );
  `.execute(db);
}
