import type { ActorRole } from '../lifecycle/transition-table.js';

/**
 * What an API key may be used for on the registry API: `lookup` (public lookups with the key's quota), `check`
 * (bulk checks), `report` (distribution reports), `webhooks` (change-feed subscriptions).
 */
export const apiScopes = ['lookup', 'check', 'report', 'webhooks'] as const;
export type ApiScope = (typeof apiScopes)[number];

const everything: readonly ApiScope[] = apiScopes;

/**
 * The scopes a role holds: a signed-in person of the role uses them directly, and a key its holder creates may carry
 * any of them. Distribution reports come from the parties that distribute or preinstall (providers, platforms,
 * app stores, terminal makers); bureaus and the ministry check and subscribe but do not report.
 */
const byRole: Record<ActorRole, readonly ApiScope[]> = {
  applicant: ['lookup'],
  provider: everything,
  checker: everything,
  bureau: ['lookup', 'check', 'webhooks'],
  ministry: ['lookup', 'check', 'webhooks'],
  system: everything,
};

export function scopesForRole(role: ActorRole): readonly ApiScope[] {
  return byRole[role];
}

export function isApiScope(value: string): value is ApiScope {
  return (apiScopes as readonly string[]).includes(value);
}
