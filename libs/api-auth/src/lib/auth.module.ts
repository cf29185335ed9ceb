import {
  type DynamicModule,
  Global,
  type MiddlewareConsumer,
  Module,
  type NestModule,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { OrganizationsModule } from '@candor/api-organizations';
import { AccessGuard } from './access.guard';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { ApiKeysService } from './api-keys.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { OrganizationAdminService } from './organization-admin.service';
import { SessionCsrfMiddleware } from './session-csrf.middleware';

/** Accounts, sessions, API keys, and the global access guard every operation passes. */
@Global()
@Module({})
export class AuthModule implements NestModule {
  static register(): DynamicModule {
    return {
      module: AuthModule,
      imports: [OrganizationsModule],
      providers: [
        AuthService,
        AccountsService,
        ApiKeysService,
        OrganizationAdminService,
        LoginThrottlerGuard,
        AuthResolver,
        AccountsResolver,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AuthService, AccountsService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionCsrfMiddleware).forRoutes('graphql');
  }
}
