import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '@candor/api-platform';
import { forbidden, unauthenticated } from './auth.errors';
import { AuthService } from './auth.service';
import { hasNetworkRole } from './principal';
import { httpOf } from './request-principal';

/**
 * The one gate of every query, mutation and route: it resolves the caller and applies the
 * operation's declared rule (`@Public`, `@SignedIn`, `@NetworkStaff`). An operation without a
 * rule is refused, so forgetting one fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const { req } = httpOf(context);
    if (rule?.kind === 'public') {
      // Public operations may still say who is asking (`me`); a bad credential just means anonymous.
      req.principal = await this.auth.principalFrom(req).catch(() => null);
      return true;
    }
    if (!rule) throw forbidden('This operation declares no access rule, so nobody may call it.');
    const principal = await this.auth.principalFrom(req);
    if (!principal) throw unauthenticated('Sign in, or send an API key, to use this operation.');
    if (rule.kind === 'signed-in' && principal.kind === 'api-key' && !rule.apiKeys) {
      throw forbidden('API keys can submit figures only; sign in to do this.');
    }
    if (
      rule.kind === 'network' &&
      (principal.kind !== 'account' || !hasNetworkRole(principal, rule.roles))
    ) {
      throw forbidden(`Only network ${rule.roles.join('s or ')}s may do this.`);
    }
    return true;
  }
}
