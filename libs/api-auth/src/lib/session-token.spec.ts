import { SESSION_TTL_SECONDS, signSessionToken, verifySessionToken } from './session-token';

const secret = new TextEncoder().encode('a-test-secret-that-is-long-enough-0123456789');
const other = new TextEncoder().encode('another-secret-that-is-long-enough-987654321');

describe('session tokens', () => {
  it('round-trips the account id', async () => {
    const token = await signSessionToken('account-1', secret);
    await expect(verifySessionToken(token, secret)).resolves.toBe('account-1');
  });

  it('refuses a token signed with another secret, a tampered token and an expired one', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const token = await signSessionToken('account-1', secret, now);
    await expect(verifySessionToken(token, other, now)).resolves.toBeNull();
    await expect(verifySessionToken(`${token.slice(0, -2)}xx`, secret, now)).resolves.toBeNull();
    const later = new Date(now.getTime() + (SESSION_TTL_SECONDS + 1) * 1000);
    await expect(verifySessionToken(token, secret, later)).resolves.toBeNull();
    await expect(verifySessionToken('not a token', secret, now)).resolves.toBeNull();
  });
});
