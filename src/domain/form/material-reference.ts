import { z } from 'zod';
import { materialId } from './material-id.js';
import { safeText } from './safe-text.js';

/** An uploaded material named in a form: what it is (certificate scan, commitment letter…) and its id. */
export const materialReference = z.strictObject({ kind: safeText({ min: 1, max: 64 }), materialId });
