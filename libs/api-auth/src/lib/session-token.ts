import { SignJWT, jwtVerify } from 'jose';

export const SESSION_COOKIE = 'candor_session';
/** A working day; a new sign-in after that. */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

const ISSUER = 'candor';

export async function signSessionToken(
  accountId: string,
  secret: Uint8Array,
  now = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(accountId)
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SESSION_TTL_SECONDS)
    .sign(secret);
}

/** The account id of a valid, unexpired token; null for anything else. */
export async function verifySessionToken(
  token: string,
  secret: Uint8Array,
  now = new Date(),
): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      algorithms: ['HS256'],
      currentDate: now,
    });
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}
