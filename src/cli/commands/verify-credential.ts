import { readFileSync } from 'node:fs';
import type { CliIo } from '../cli-io.js';

const USAGE = 'usage: beian verify-credential FILE|- --jwks FILE|URL [--issuer URL] [--at ISO-TIME] [--json]';

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFileSync(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readJwks(source: string): Promise<string> {
  if (!/^https?:\/\//.test(source)) return readFileSync(source, 'utf8');
  const response = await fetch(source, { signal: AbortSignal.timeout(10_000), headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return response.text();
}

/**
 * Checks a filing credential offline against a JWK Set (a file, or a URL fetched once). Exit 0 valid, 1 invalid or
 * expired, 2 unusable (unreadable file or key set, not a credential, bad arguments).
 */
export async function verifyCredential(args: string[], io: CliIo): Promise<number> {
  let file: string | undefined;
  let jwksSource: string | undefined;
  let issuer: string | undefined;
  let at: Date | undefined;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--jwks') jwksSource = args[++i];
    else if (arg === '--issuer') issuer = args[++i];
    else if (arg === '--at') {
      at = new Date(args[++i] ?? '');
      if (Number.isNaN(at.getTime())) {
        io.err(`beian verify-credential: --at needs an ISO time\n${USAGE}`);
        return 2;
      }
    } else if (arg.startsWith('--') && arg !== '-') {
      io.err(`beian verify-credential: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else if (file === undefined) file = arg;
    else {
      io.err(USAGE);
      return 2;
    }
  }
  if (!file || !jwksSource) {
    io.err(USAGE);
    return 2;
  }
  const { parseJwks, verifyFilingCredential } = await import('../../credentials/verify-credential.js');
  const unusable = (reason: string) => {
    if (json) io.out(JSON.stringify({ outcome: 'unusable', reason }));
    else io.err(`beian verify-credential: unusable: ${reason}`);
    return 2;
  };
  let token: string;
  let jwksText: string;
  try {
    token = await readInput(file);
  } catch (error) {
    return unusable(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    jwksText = await readJwks(jwksSource);
  } catch (error) {
    return unusable(`cannot read the key set ${jwksSource}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const jwks = parseJwks(jwksText);
  if ('reason' in jwks) return unusable(jwks.reason);
  const result = await verifyFilingCredential(token, jwks.jwks, { now: at ?? new Date(), ...(issuer ? { issuer } : {}) });
  if (result.outcome === 'unusable') return unusable(result.reason);
  if (result.outcome === 'invalid') {
    if (json) io.out(JSON.stringify(result));
    else io.out(`INVALID: ${result.reason}`);
    return 1;
  }
  const f = result.filing;
  if (json) {
    io.out(JSON.stringify({ ...result, issuedAt: result.issuedAt.toISOString(), expiresAt: result.expiresAt.toISOString() }));
  } else {
    io.out(`VALID: ${f.number} — ${f.subjectName}${f.serviceName ? ` / ${f.serviceName} (${f.serviceType})` : ''}`);
    io.out(`status: ${f.status}${f.accessLimited ? ', access limited' : ''}${f.shell ? ', shell' : ''}; approved ${f.approvalDate}`);
    for (const p of f.packages) io.out(`package: ${p.platform} ${p.packageName}${p.signatureMd5 ? ` md5 ${p.signatureMd5}` : ''}`);
    io.out(`issued by ${result.issuer} at ${result.issuedAt.toISOString()} (key ${result.kid}); expires ${result.expiresAt.toISOString()}`);
  }
  return 0;
}
