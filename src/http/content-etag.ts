import { createHash } from 'node:crypto';

/** A strong ETag over an answer's bytes: the same body always gets the same tag, in every process. */
export function contentEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether the caller already holds the answer tagged `etag`: If-None-Match is `*`, or a list of tags (weak `W/` ones
 * compared by their opaque part, RFC 9110 §13.1.2), one of which is `etag`. Node joins a repeated header into one list.
 */
export function notModified(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const tags = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch).split(',').map((tag) => tag.trim());
  return tags.some((tag) => tag === '*' || tag.replace(/^W\//, '') === etag.replace(/^W\//, ''));
}
