import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { CANDOR_CONFIG, type CandorConfig } from '@candor/api-platform';
import { AuthError } from './auth.errors';
import { httpOf } from './request-principal';

/**
 * Sign-in attempts per client address and minute (rate-limiter-flexible, in memory: each API
 * instance counts its own; a shared store such as PostgreSQL can replace it behind a load balancer).
 */
@Injectable()
export class LoginThrottlerGuard implements CanActivate {
  private readonly limiter: RateLimiterMemory;

  constructor(@Inject(CANDOR_CONFIG) config: CandorConfig) {
    this.limiter = new RateLimiterMemory({ points: config.loginRateLimit, duration: 60 });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req } = httpOf(context);
    try {
      await this.limiter.consume(req.ip ?? 'unknown');
      return true;
    } catch {
      throw new AuthError(
        'RATE_LIMITED',
        'Too many sign-in attempts from this address: wait a minute and try again.',
      );
    }
  }
}
