import { z } from 'zod';

/** A material's id: the SHA-256 of its bytes, 64 lower-case hex digits (upper case is read as lower). */
export const materialId = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'expected a material id (64 hex digits, as POST /materials returns)');
