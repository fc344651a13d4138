/** What a registry answer says a filing is: its own status, then its flags (access limited before shell). */
export const registryStatuses = ['active', 'cancelled', 'revoked', 'access_limited', 'shell'] as const;
export type RegistryStatus = (typeof registryStatuses)[number];

export function registryStatus(row: { status: 'active' | 'cancelled' | 'revoked'; access_limited: boolean; shell: boolean }): RegistryStatus {
  if (row.status !== 'active') return row.status;
  if (row.access_limited) return 'access_limited';
  if (row.shell) return 'shell';
  return 'active';
}
