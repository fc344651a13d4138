import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { BeianError } from '../../domain/errors/beian-error.js';
import { spendProofOfWork } from '../../store/proof-of-work-spent.js';
import { serverSecret } from '../../store/server-secrets.js';
import type { FlowDeps } from '../flow-deps.js';

/** Where clients fetch a challenge (the page's widget and API clients alike). */
export const proofOfWorkChallengePath = '/api/v1/sms-verifications/challenge';

const algorithm = 'PBKDF2/SHA-256';
const cost = 500;
const lifetimeSeconds = 10 * 60;

async function secrets(deps: FlowDeps): Promise<{ hmacSignatureSecret: string; hmacKeySignatureSecret: string }> {
  const [hmacSignatureSecret, hmacKeySignatureSecret] = await Promise.all([
    serverSecret(deps.db, 'proof-of-work-signature'),
    serverSecret(deps.db, 'proof-of-work-key-signature'),
  ]);
  return { hmacSignatureSecret, hmacKeySignatureSecret };
}

/**
 * A fresh ALTCHA challenge (proof of work v2, PBKDF2/SHA-256), signed with the server's own secret so any process can
 * check it. The solver must find a counter between half the configured difficulty and the difficulty; the server
 * knows the answer's key and checks a solution with one derivation. Good for ten minutes, once.
 */
export async function createProofOfWorkChallenge(deps: FlowDeps): Promise<Challenge> {
  const difficulty = deps.policy.proofOfWorkDifficulty;
  const expires = Math.floor(deps.now().getTime() / 1000) + lifetimeSeconds;
  return createChallenge({
    algorithm,
    cost,
    counter: randomInt(difficulty, Math.floor(difficulty / 2)),
    deriveKey,
    data: { expires },
    ...(await secrets(deps)),
  });
}

function decode(payload: string): { challenge: Challenge; solution: { counter: number; derivedKey: string } } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || !('challenge' in parsed) || !('solution' in parsed)) return undefined;
    return parsed as never;
  } catch {
    return undefined;
  }
}

/**
 * Checks a solved challenge as the widget sends it (base64 JSON of `{ challenge, solution }`) and spends it: a payload
 * is good once. Expiry is read from the signed challenge against the flows' clock.
 */
export async function checkProofOfWork(deps: FlowDeps, payload: string): Promise<void> {
  const invalid = () => new BeianError('PROOF_OF_WORK_INVALID', { path: 'altcha', details: { challengeUrl: proofOfWorkChallengePath } });
  const decoded = decode(payload);
  if (!decoded) throw invalid();
  const { challenge, solution } = decoded;
  const result = await verifySolution({ challenge, solution, deriveKey, ...(await secrets(deps)) }).catch(() => undefined);
  if (!result?.verified) throw invalid();
  const expires = challenge.parameters.data?.expires;
  const now = deps.now();
  if (typeof expires !== 'number' || expires * 1000 <= now.getTime()) throw invalid();
  if (!(await spendProofOfWork(deps.db, challenge.parameters.nonce, new Date(expires * 1000), now))) throw invalid();
}
