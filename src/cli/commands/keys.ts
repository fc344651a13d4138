import type { CliIo } from '../cli-io.js';

const USAGE = 'usage: beian keys rotate|list — the Ed25519 keys that sign filing credentials (BEIAN_SIGNING_KEY_FILE or the data directory)';

/**
 * `keys rotate` adds a new signing key, which signs from then on (running servers pick it up from the file); older
 * keys stay published at /.well-known/jwks.json so the credentials they signed still verify. `keys list` shows them.
 */
export async function keys(args: string[], io: CliIo): Promise<number> {
  const [action] = args;
  if (action !== 'rotate' && action !== 'list') {
    io.err(USAGE);
    return 2;
  }
  const { loadConfig } = await import('../../config/config.js');
  const { SigningKeyring, signingKeyPath } = await import('../../credentials/signing-keyring.js');
  const config = loadConfig();
  const path = signingKeyPath({ signingKeyFile: config.credentials.signingKeyFile, dataDir: config.dataDir });
  if (!path) {
    io.err('beian keys: the keys of an in-memory deployment are not kept; set BEIAN_SIGNING_KEY_FILE');
    return 2;
  }
  const keyring = new SigningKeyring(path);
  if (action === 'rotate') {
    const kid = await keyring.rotate(new Date());
    io.out(`new signing key ${kid} in ${path}; the older keys stay published`);
    return 0;
  }
  const published = await keyring.publicKeys();
  published.forEach((key, i) => io.out(`${key.kid}${i === 0 ? '  (signs now)' : ''}`));
  return 0;
}
