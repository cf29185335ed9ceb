import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '@candor/api-platform';
import { AuditService } from '@candor/api-audit';
import { AuthError } from './auth.errors';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { ViewerModel } from './models/account.model';
import { actorOf, type Principal } from './principal';
import { CurrentPrincipal, type PrincipalRequest } from './request-principal';
import { SESSION_COOKIE, SESSION_TTL_SECONDS } from './session-token';
import { toViewer } from './viewer';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Mutation(() => ViewerModel, {
    description: 'Signs in with e-mail and password; sets an HttpOnly session cookie.',
  })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() context: { req: PrincipalRequest; res: Response },
  ): Promise<ViewerModel> {
    const session = await this.auth.login(email, password);
    if (!session)
      throw new AuthError(
        'INVALID_CREDENTIALS',
        'The e-mail address or the password is not right.',
      );
    context.res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: context.req.secure,
      maxAge: SESSION_TTL_SECONDS * 1000,
      path: '/',
    });
    return toViewer(this.dataSource, session.principal);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session: clears the session cookie.' })
  async logout(
    @CurrentPrincipal() principal: Principal | null,
    @Context() context: { res: Response },
  ): Promise<boolean> {
    context.res.clearCookie(SESSION_COOKIE, { path: '/' });
    if (principal?.kind === 'account') {
      await this.dataSource.transaction((manager) =>
        this.audit.append(manager, actorOf(principal), {
          action: 'auth.logout',
          entityType: 'account',
          entityId: principal.accountId,
        }),
      );
    }
    return true;
  }

  @Public()
  @Query(() => ViewerModel, {
    nullable: true,
    description: 'Who is calling; null when not signed in.',
  })
  me(@CurrentPrincipal() principal: Principal | null): Promise<ViewerModel> | null {
    return principal ? toViewer(this.dataSource, principal) : null;
  }
}
