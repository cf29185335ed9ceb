import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { carriesSessionCookie } from './credentials';

/** Content types a browser may send cross-site without a CORS preflight. */
const SIMPLE_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];
/** Headers no cross-site form or image can set; Apollo clients send them. */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/** Apollo's CSRF rule: a request a cross-site page could forge has neither of the two. */
export function isForgeable(request: Request): boolean {
  const contentType = request.headers['content-type'];
  if (contentType !== undefined) {
    const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
    if (!SIMPLE_CONTENT_TYPES.includes(essence)) return false;
  }
  return !PREFLIGHT_HEADERS.some((header) => Boolean(request.headers[header]));
}

/**
 * Apollo's CSRF prevention, applied to the requests it protects: those carrying the session
 * cookie. Anonymous and API-key requests carry no ambient credential, so a plain
 * `curl`/CDN `GET /graphql?query=…` works for them (Apollo's own check is off for that reason).
 */
@Injectable()
export class SessionCsrfMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    if (!carriesSessionCookie(request) || !isForgeable(request)) return next();
    response.status(400).json({
      errors: [
        {
          message:
            'This request carries a session cookie and could have been forged by another site (CSRF): ' +
            "send it with 'Content-Type: application/json' or an 'apollo-require-preflight: true' header.",
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  }
}
