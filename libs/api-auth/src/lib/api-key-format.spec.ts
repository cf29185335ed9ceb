import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './api-key-format';

describe('API keys', () => {
  it('generates a key with a visible prefix and stores only its hash', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key).toMatch(/^cnd_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(`${prefix}_`)).toBe(true);
    expect(hash).toBe(hashApiKey(key));
    expect(hash).not.toContain(key.slice(13));
  });

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('reads the prefix of a well-formed key only', () => {
    const { key, prefix } = generateApiKey();
    expect(apiKeyPrefix(key)).toBe(prefix);
    expect(apiKeyPrefix('cnd_short_x')).toBeNull();
    expect(apiKeyPrefix(`Bearer ${key}`)).toBeNull();
  });

  it('matches a key against its stored hash', () => {
    const { key, hash } = generateApiKey();
    expect(apiKeyMatches(key, hash)).toBe(true);
    expect(apiKeyMatches(`${key.slice(0, -1)}x`, hash)).toBe(false);
  });
});
