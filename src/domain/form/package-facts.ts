/** The signing facts compared between what an application declares and what its package says. */
export interface SigningFacts {
  platform: string | null;
  packageName: string | null;
  publicKey: string | null;
  signatureMd5: string | null;
}

export type SigningFact = keyof SigningFacts;

/** Hex digests compare without case or separators; public keys without white space. */
function normalise(fact: SigningFact, value: string | null): string | null {
  if (value === null || value === '') return null;
  if (fact === 'signatureMd5') return value.replace(/[\s:]/g, '').toLowerCase();
  if (fact === 'publicKey') return value.replace(/\s/g, '');
  return value.trim();
}

/** The facts declared that differ from the package's (a fact the application leaves empty is not a mismatch). */
export function signingMismatches(declared: SigningFacts, read: SigningFacts): SigningFact[] {
  const facts: SigningFact[] = ['platform', 'packageName', 'publicKey', 'signatureMd5'];
  return facts.filter((fact) => {
    const a = normalise(fact, declared[fact]);
    const b = normalise(fact, read[fact]);
    return a !== null && b !== null && a !== b;
  });
}
