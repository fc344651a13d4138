import type { Transaction } from 'kysely';
import { BeianError } from '../domain/errors/beian-error.js';
import type { DraftApplicationBody } from '../domain/form/draft-application-body.js';
import type { ServiceType } from '../domain/form/service-form.js';
import type { Database, Party } from '../store/schema.js';
import { channelsServingService, channelsServingSubject, isSubjectOwner } from '../store/subject-authority.js';
import type { Actor } from './actor.js';
import { channelServes } from './channel-serves.js';

/** What an application on filed data is about: the subject, and the service for service-level kinds. */
export interface FiledTarget {
  subjectId: string;
  service: { id: string; type: ServiceType } | null;
}

/**
 * Who may open an application on a filed subject or service (二(五): filed "由其网络接入服务提供者、APP分发平台"):
 *
 * - the subject's owner accounts (the applicant account that filed it, or one linked by an SMS code to the filed main
 *   person), through any channel allowed for the target;
 * - a channel acting for the subject: for a service, its active access provider or the platform it was filed through;
 *   for the subject (add_service, change_subject, cancel_subject), a channel serving one of its services;
 *   add_access by the new provider; cancel_access by the provider whose access ends.
 *
 * And through which channel: the target's own (add_service: any channel for the new services' types; add_access: the
 * new provider; cancel_access: that provider). A target nobody serves any more (a shell) can only be acted on by its
 * owners, through any channel of the right kind.
 *
 * Someone else gets NOT_FOUND, as for a filing that does not exist: they may not see it. This half decides who may
 * open; checkFiledChannel the channel.
 */
export async function authorizeFiledActor(trx: Transaction<Database>, actor: Actor, channel: Party, body: DraftApplicationBody, target: FiledTarget): Promise<ServingChannels> {
  const serving = target.service ? await channelsServingService(trx, target.service.id) : await channelsServingSubject(trx, target.subjectId);
  let mayOpen: boolean;
  if (actor.role === 'applicant') mayOpen = await isSubjectOwner(trx, target.subjectId, actor.userId);
  else if (actor.role === 'provider' && actor.partyId === channel.id) {
    mayOpen = body.kind === 'add_access' ? body.access?.providerId === channel.id : serving.has(channel.id);
  } else mayOpen = false;
  if (!mayOpen) throw new BeianError('NOT_FOUND', { path: target.service ? 'serviceId' : 'subjectId' });
  return serving;
}

/** The channels acting for the target, as authorizeFiledActor found them. */
export type ServingChannels = ReadonlySet<string>;

/** The second half of the rule above: the application goes through a channel allowed for its target. */
export function checkFiledChannel(channel: Party, body: DraftApplicationBody, target: FiledTarget, serving: ServingChannels): void {
  switch (body.kind) {
    case 'add_service':
      return; // the new services' channel: checked against their types when the draft is created
    case 'add_access':
      if (body.access?.providerId !== channel.id) throw new BeianError('ACCESS_CHANNEL_MISMATCH', { path: 'channelId' });
      return;
    case 'cancel_access':
      return; // the provider whose access ends is the channel (ACCESS_NOT_FOUND otherwise)
    default:
      if (serving.has(channel.id)) return;
      if (serving.size > 0) throw new BeianError('CHANNEL_NOT_SERVING', { path: 'channelId', details: { kind: body.kind } });
      if (target.service && !channelServes(channel, target.service.type)) throw new BeianError('CHANNEL_MISMATCH', { path: 'channelId' });
  }
}

/** Both halves, for a draft already created (submission checks again: an access may have ended since). */
export async function authorizeFiledAction(trx: Transaction<Database>, actor: Actor, channel: Party, body: DraftApplicationBody, target: FiledTarget): Promise<void> {
  checkFiledChannel(channel, body, target, await authorizeFiledActor(trx, actor, channel, body, target));
}
