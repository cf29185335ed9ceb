import type { Request } from 'express';
import { SESSION_COOKIE } from './session-token';

/** Whether the request presents a credential (API key or session cookie), valid or not. */
export function carriesCredentials(request: Request): boolean {
  return Boolean(request.headers.authorization || carriesSessionCookie(request));
}

/** The session cookie is the one ambient credential a browser sends by itself (hence CSRF). */
export function carriesSessionCookie(request: Request): boolean {
  return Boolean((request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
}
