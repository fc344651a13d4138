import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BeianError, isBeianError } from '../../domain/errors/beian-error.js';
import { readAppInfo } from '../../signing/read-app-info.js';
import type { AppInfo } from '../../signing/app-info-types.js';

export interface AppInfoRoutesOptions {
  /** Largest upload accepted from a signed-in caller, in bytes (the deployment default is 4 GiB). */
  maxBytes: number;
  /** Largest upload accepted from an anonymous caller (at most `maxBytes`; `maxBytes` when absent). */
  anonymousMaxBytes?: number;
  /** Uploads per hour: per signed-in principal, and per client address for anonymous callers (no limit when absent). */
  perHour?: { signedIn: number; anonymous: number };
  /** Where uploads are spooled while they are read; the system temporary directory by default. */
  tmpDir?: string | undefined;
  /** Refuse uploads (507 UPLOAD_SPACE_LOW) when the spool directory would keep less free space than this. */
  minFreeBytes?: number;
  /** Told of every package read for a signed-in caller (to keep its signing facts for reviewers). */
  onRead?: (request: FastifyRequest, info: AppInfo) => Promise<void>;
}

/** Body types sent for a raw package upload; each is passed through as a stream, never buffered. */
const RAW_TYPES = [
  'application/octet-stream',
  'application/vnd.android.package-archive',
  'application/zip',
  'application/x-zip-compressed',
  'application/x-itunes-ipa',
  'application/x-authorware-bin',
];

function tooLarge(maxBytes: number): BeianError {
  return new BeianError('PAYLOAD_TOO_LARGE', { path: 'body', details: { maxBytes } });
}

/** Counts bytes on their way to disk and stops the stream past the limit. */
function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
}

function outOfSpace(error: unknown): boolean {
  return (error as { code?: string }).code === 'ENOSPC';
}

/** Free bytes for unprivileged writers in the file system holding `dir`. */
async function freeBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

function clientAborted(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ABORT_ERR' || (error as Error)?.message === 'aborted';
}

async function spoolUpload(request: FastifyRequest, path: string, maxBytes: number): Promise<void> {
  if (request.isMultipart()) {
    let part;
    try {
      part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
    } catch (error) {
      throw (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge(maxBytes) : error;
    }
    if (!part) throw new BeianError('APP_PACKAGE_UPLOAD_MISSING', { path: 'file' });
    try {
      await pipeline(part.file, createWriteStream(path));
    } catch (error) {
      throw (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge(maxBytes) : error;
    }
    if (part.file.truncated) throw tooLarge(maxBytes);
    return;
  }
  const body = request.body as Readable | undefined;
  if (!body || typeof body.pipe !== 'function') throw new BeianError('APP_PACKAGE_UPLOAD_MISSING', { path: 'body' });
  await pipeline(body, byteLimit(maxBytes), createWriteStream(path));
}

/**
 * POST /app-info (mounted under /api/v1): the package as a raw body (application/octet-stream and the package MIME
 * types) or as the one file of a multipart/form-data form. The upload is streamed to a temporary file, read by random
 * access, and removed whatever happens. `?verify=true` also checks v2/v3 digests and signatures.
 */
export async function appInfoRoutes(app: FastifyInstance, options: AppInfoRoutesOptions): Promise<void> {
  const { maxBytes, minFreeBytes = 0 } = options;
  const anonymousMaxBytes = Math.min(options.anonymousMaxBytes ?? maxBytes, maxBytes);
  const spoolRoot = options.tmpDir ?? tmpdir();
  const perHour = options.perHour;
  app.addContentTypeParser(RAW_TYPES, (_request, payload, done) => done(null, payload));
  if (!app.hasContentTypeParser('multipart/form-data')) {
    await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 8, parts: 16 } });
  }

  const signedIn = (request: FastifyRequest) => Boolean((request as { principal?: unknown }).principal);
  app.post<{ Querystring: { verify?: string } }>(
    '/app-info',
    {
      bodyLimit: maxBytes,
      // Anonymous callers share a smaller allowance per address; signed-in callers are counted per principal.
      ...(perHour
        ? {
            config: {
              rateLimit: {
                timeWindow: 3_600_000,
                max: (request: FastifyRequest) => (signedIn(request) ? perHour.signedIn : perHour.anonymous),
                keyGenerator: (request: FastifyRequest) => {
                  const principal = (request as { principal?: { principalId: string } | null }).principal;
                  return principal ? `app-info:${principal.principalId}` : `app-info:anonymous:${request.ip}`;
                },
              },
            },
          }
        : {}),
    },
    async (request) => {
      const limit = signedIn(request) ? maxBytes : anonymousMaxBytes;
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > limit + (request.isMultipart() ? 64 * 1024 : 0)) throw tooLarge(limit);
      const verify = request.query.verify === 'true' || request.query.verify === '1';
      if (minFreeBytes > 0) {
        const expected = Number.isFinite(declared) ? declared : 0;
        if ((await freeBytes(spoolRoot)) - expected < minFreeBytes) throw new BeianError('UPLOAD_SPACE_LOW');
      }
      const dir = await mkdtemp(join(spoolRoot, 'beian-app-info-'));
      try {
        const path = join(dir, 'package');
        try {
          await spoolUpload(request, path, limit);
        } catch (error) {
          if (outOfSpace(error)) throw new BeianError('UPLOAD_SPACE_LOW');
          if (isBeianError(error) || !clientAborted(error)) throw error;
          throw new BeianError('APP_PACKAGE_TRUNCATED', { path: 'body', details: { reason: 'the upload ended early' } });
        }
        const info = await readAppInfo(path, { verify });
        if (options.onRead && signedIn(request)) await options.onRead(request, info);
        return info;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
}
