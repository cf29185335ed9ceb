import { createHash } from 'node:crypto';

/** A strong validator: the SHA-256 of the exact bytes sent. */
export function strongEtag(body: Uint8Array | string): string {
  return etagOfSha256(createHash('sha256').update(body).digest('hex'));
}

export const etagOfSha256 = (hex: string) => `"sha256-${hex}"`;

/**
 * Whether `If-None-Match` names this entity tag (RFC 9110 weak comparison, which is what
 * If-None-Match uses: `W/"x"` matches `"x"`; `*` matches anything).
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
