import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { CANDOR_CONFIG, type CandorConfig } from '@candor/api-platform';
import { AuthService, carriesCredentials, type PrincipalRequest } from '@candor/api-auth';

/**
 * Anonymous public API requests (GraphQL, release downloads) per client address and minute,
 * answers from the cache included (CANDOR_PUBLIC_RATE_LIMIT; 0 turns it off). Signed-in callers
 * and valid API keys are not counted; a made-up credential is, so it cannot dodge the limit.
 * In memory: each API instance counts its own, like the sign-in limiter.
 */
@Injectable()
export class PublicRateLimitMiddleware implements NestMiddleware {
  private readonly limiter: RateLimiterMemory | null;

  constructor(
    @Inject(CANDOR_CONFIG) config: CandorConfig,
    private readonly auth: AuthService,
  ) {
    this.limiter =
      config.publicRateLimit > 0
        ? new RateLimiterMemory({ points: config.publicRateLimit, duration: 60 })
        : null;
  }

  async use(request: PrincipalRequest, response: Response, next: NextFunction): Promise<void> {
    if (!this.limiter || (await this.isAuthenticated(request))) return next();
    try {
      await this.limiter.consume(request.ip ?? 'unknown');
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      return refuse(request, response, rejection.msBeforeNext);
    }
    next();
  }

  /** Resolves the caller once; the access guard reuses it from the request. */
  private async isAuthenticated(request: PrincipalRequest): Promise<boolean> {
    if (!carriesCredentials(request)) return false;
    return Boolean(await this.auth.principalFrom(request).catch(() => null));
  }
}

function refuse(request: Request, response: Response, msBeforeNext: number): void {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const message = `Too many requests from this address: wait ${seconds} s and try again.`;
  response.setHeader('Retry-After', String(seconds));
  response.setHeader('Cache-Control', 'no-store');
  const graphql = request.originalUrl.startsWith('/graphql');
  response
    .status(429)
    .json(
      graphql
        ? { errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] }
        : { error: { code: 'RATE_LIMITED', message } },
    );
}
