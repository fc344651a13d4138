import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The channels acting for a service: its active access providers and the platform it was filed through. */
export async function channelsServingService(db: Kysely<Database>, serviceId: string): Promise<Set<string>> {
  const access = await db.selectFrom('service_access').select('provider_id').where('service_id', '=', serviceId).where('cancelled_at', 'is', null).execute();
  const service = await db.selectFrom('services').select(['platform_id', 'status']).where('id', '=', serviceId).executeTakeFirst();
  const channels = new Set(access.map((a) => a.provider_id));
  if (service?.status === 'filed' && service.platform_id) channels.add(service.platform_id);
  return channels;
}

/** The channels acting for a subject: those serving one of its filed services. */
export async function channelsServingSubject(db: Kysely<Database>, subjectId: string): Promise<Set<string>> {
  const access = await db
    .selectFrom('service_access')
    .innerJoin('services', 'services.id', 'service_access.service_id')
    .select('service_access.provider_id as channel')
    .where('services.subject_id', '=', subjectId)
    .where('services.status', '=', 'filed')
    .where('service_access.cancelled_at', 'is', null)
    .execute();
  const platforms = await db
    .selectFrom('services')
    .select('platform_id as channel')
    .where('subject_id', '=', subjectId)
    .where('status', '=', 'filed')
    .where('platform_id', 'is not', null)
    .execute();
  return new Set([...access, ...platforms].map((row) => row.channel!));
}

export async function isSubjectOwner(db: Kysely<Database>, subjectId: string, userId: string | null): Promise<boolean> {
  if (!userId) return false;
  const row = await db.selectFrom('subject_owners').select('user_id').where('subject_id', '=', subjectId).where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

/** Makes an applicant account an owner of a subject (nothing for other roles, nothing if it already is one). */
export async function addSubjectOwner(db: Kysely<Database>, subjectId: string, userId: string, via: 'filing' | 'claim', at: Date): Promise<void> {
  await db
    .insertInto('subject_owners')
    .columns(['subject_id', 'user_id', 'via', 'added_at'])
    .expression((eb) =>
      eb
        .selectFrom('users')
        .select([eb.val(subjectId).as('subject_id'), 'id', eb.val(via).as('via'), eb.val(at).as('added_at')])
        .where('id', '=', userId)
        .where('role', '=', 'applicant'),
    )
    .onConflict((oc) => oc.columns(['subject_id', 'user_id']).doNothing())
    .execute();
}

/** Another filed subject holding the same certificate key (a duplicate kept from before subjects were re-keyed). */
export async function filedSubjectWithKey(db: Kysely<Database>, key: string, exceptId: string): Promise<string | undefined> {
  const base = key.split('#')[0]!;
  const row = await db
    .selectFrom('subjects')
    .select('id')
    .where((eb) => eb.or([eb('certificate_key', '=', base), eb('certificate_key', 'like', `${base}#%`)]))
    .where('status', '=', 'filed')
    .where('id', '!=', exceptId)
    .executeTakeFirst();
  return row?.id;
}
