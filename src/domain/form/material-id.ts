import { z } from 'zod';

/**
 * A material's id: the SHA-256 of its bytes, exactly as POST /materials returns it (64 lower-case hex digits). Nothing
 * is trimmed or folded: anything else is not an id.
 */
export const materialId = z.string().regex(/^[0-9a-f]{64}$/, 'expected a material id (64 lower-case hex digits, as POST /materials returns)');
