import { sql, type Kysely } from 'kysely';

/**
 * Parties get a short stable code (`provider-example-cloud`, `bureau-110000`, `ministry`) that applications may name
 * instead of the generated id, so an application body can be written before the deployment exists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table parties add column code text check (code ~ '^[a-z][a-z0-9-]{1,63}$');
    create unique index parties_code on parties (code) where code is not null;
    update parties set code = 'bureau-' || province_code where kind = 'bureau' and province_code ~ '^[0-9]{6}$';
    update parties set code = 'ministry' where kind = 'ministry' and id = (select min(id) from parties where kind = 'ministry');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index parties_code; alter table parties drop column code;`.execute(db);
}
