import type { ServiceType } from '../domain/form/service-form.js';
import type { Party } from '../store/schema.js';

/** Which kinds of channel may file which services: apps and websites through access providers (apps also through app stores). */
export function channelServes(channel: Party, type: ServiceType): boolean {
  if (channel.kind === 'access_provider') return type === 'app' || type === 'website';
  if (channel.kind !== 'distribution_platform') return false;
  if (type === 'mini_program') return channel.platform_kind === 'mini_program';
  if (type === 'quick_app') return channel.platform_kind === 'quick_app';
  if (type === 'app') return channel.platform_kind === 'app_store';
  return false;
}
