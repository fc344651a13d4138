import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { webcrypto } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

/** One Ed25519 signing key as stored: its private JWK, id and when it was made. */
export interface StoredSigningKey {
  kid: string;
  createdAt: string;
  privateJwk: JWK;
}

interface KeyFile {
  keys: StoredSigningKey[];
}

export interface PublishedKey {
  kty: string;
  crv: string;
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export interface SigningKey {
  kid: string;
  key: webcrypto.CryptoKey;
}

/**
 * Ed25519 keys that sign filing credentials, kept in one JSON file (mode 0600) so they survive restarts and every
 * server process reading the file signs with the same key. The newest key signs; older ones stay published so
 * credentials they signed still verify. The file is re-read when it changes (after `beian keys rotate`).
 * With no file (`path` null) the keys live in memory only.
 */
export class SigningKeyring {
  private stored: StoredSigningKey[] | null = null;
  private loadedMtimeMs = -1;
  private current: Promise<SigningKey> | null = null;

  constructor(private readonly path: string | null) {}

  /** The key that signs now; the first use creates one when there is none. */
  async signingKey(): Promise<SigningKey> {
    const keys = await this.keys();
    if (!this.current) {
      const newest = keys[keys.length - 1]!;
      this.current = importJWK(newest.privateJwk, 'EdDSA').then((key) => ({ kid: newest.kid, key: key as webcrypto.CryptoKey }));
    }
    return this.current;
  }

  /** Every key's public half, newest first, as published at /.well-known/jwks.json. */
  async publicKeys(): Promise<PublishedKey[]> {
    return (await this.keys())
      .slice()
      .reverse()
      .map(({ kid, privateJwk }) => ({ kty: privateJwk.kty!, crv: privateJwk.crv!, x: privateJwk.x!, kid, alg: 'EdDSA', use: 'sig' }));
  }

  /** Adds a new key that signs from now on; the older keys stay published. Returns the new key's id. */
  async rotate(now: Date): Promise<string> {
    const keys = [...(await this.keys(false)), await newKey(now)];
    this.save(keys);
    return keys[keys.length - 1]!.kid;
  }

  private async keys(createIfMissing = true): Promise<StoredSigningKey[]> {
    if (this.path) {
      const mtimeMs = fileMtime(this.path);
      if (mtimeMs !== this.loadedMtimeMs) {
        this.stored = mtimeMs < 0 ? [] : parseKeyFile(readFileSync(this.path, 'utf8'), this.path);
        this.loadedMtimeMs = mtimeMs;
        this.current = null;
      }
    }
    this.stored ??= [];
    if (this.stored.length === 0 && createIfMissing) {
      // Several processes may start at once: the first to create the file wins, the others read its key.
      if (this.save([await newKey(new Date())], { onlyIfAbsent: true }) === 'exists') return this.keys(false);
    }
    return this.stored;
  }

  private save(keys: StoredSigningKey[], options: { onlyIfAbsent?: boolean } = {}): 'saved' | 'exists' {
    if (!this.path) {
      this.stored = keys;
      this.current = null;
      return 'saved';
    }
    mkdirSync(dirname(this.path), { recursive: true });
    const partial = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, JSON.stringify({ keys } satisfies KeyFile, null, 2) + '\n', { mode: 0o600 });
    chmodSync(partial, 0o600);
    if (options.onlyIfAbsent) {
      try {
        linkSync(partial, this.path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        return 'exists';
      } finally {
        unlinkSync(partial);
      }
    } else {
      renameSync(partial, this.path);
    }
    this.stored = keys;
    this.current = null;
    this.loadedMtimeMs = fileMtime(this.path);
    return 'saved';
  }
}

async function newKey(now: Date): Promise<StoredSigningKey> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: privateJwk.kty!, crv: privateJwk.crv!, x: privateJwk.x! }, 'sha256');
  return { kid, createdAt: now.toISOString(), privateJwk: { kty: privateJwk.kty!, crv: privateJwk.crv!, x: privateJwk.x!, d: privateJwk.d! } };
}

function fileMtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return -1;
    throw error;
  }
}

function parseKeyFile(text: string, path: string): StoredSigningKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`the signing key file ${path} is not JSON`);
  }
  const keys = (parsed as Partial<KeyFile> | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error(`the signing key file ${path} holds no keys`);
  for (const key of keys as Partial<StoredSigningKey>[]) {
    const jwk = key.privateJwk;
    if (typeof key.kid !== 'string' || !jwk || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string' || typeof jwk.d !== 'string') {
      throw new Error(`the signing key file ${path} holds a key that is not an Ed25519 private key`);
    }
  }
  return keys as StoredSigningKey[];
}

/** Where the keys live: BEIAN_SIGNING_KEY_FILE, else signing-keys.json in the data directory (none for an in-memory database). */
export function signingKeyPath(config: { signingKeyFile: string | undefined; dataDir: string }): string | null {
  if (config.signingKeyFile) return config.signingKeyFile;
  if (/^:?memory:?/.test(config.dataDir)) return null;
  return `${config.dataDir.replace(/\/+$/, '')}/signing-keys.json`;
}
