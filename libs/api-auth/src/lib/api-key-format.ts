import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `cnd_<prefix>_<secret>`: the prefix is stored and shown in lists so a key
 * can be recognised; only the SHA-256 of the whole key is stored, and the key is shown once.
 */
export interface NewApiKey {
  key: string;
  prefix: string;
  hash: string;
}

const KEY_PATTERN = /^cnd_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function generateApiKey(): NewApiKey {
  const prefix = randomBytes(6)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 8);
  const key = `cnd_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: `cnd_${prefix}`, hash: hashApiKey(key) };
}

/** The visible prefix of a well-formed key, or null. */
export function apiKeyPrefix(key: string): string | null {
  const match = KEY_PATTERN.exec(key);
  return match ? `cnd_${match[1]}` : null;
}

export function apiKeyMatches(key: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKey(key), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
