import type { ActorRole } from '../domain/lifecycle/transition-table.js';

/** Who is acting: a signed-in person, a system using an API key, or Beian itself. */
export interface Actor {
  userId: string | null;
  role: ActorRole;
  /** The party the actor works for (provider, platform, bureau, ministry); null for applicants and the system. */
  partyId: string | null;
  /** The bureau's province, for bureau actors. */
  provinceCode: string | null;
}

export const systemActor: Actor = { userId: null, role: 'system', partyId: null, provinceCode: null };
