import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  type DynamicModule,
  Logger,
  type MiddlewareConsumer,
  Module,
  type NestModule,
} from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { createValidationPipe } from './graphql/validation-pipe';
import { GraphQLModule } from '@nestjs/graphql';
import { type CandorConfig } from './config/config';
import { CANDOR_CONFIG } from './config/config.token';
import { DatabaseModule, type DatabaseTarget } from './database/database.module';
import { createErrorFormatter } from './graphql/format-error';
import { complexityLimitPlugin, depthLimitRule } from './graphql/query-limits';
import { operationOutcomePlugin } from './graphql/operation-outcome';
import { GraphQLErrorPassthroughFilter } from './graphql/graphql-error.filter';
import { HealthController } from './health/health.controller';
import { RequestLoggerMiddleware } from './logging/request-logger.middleware';

/** Cross-cutting wiring: configuration, database, GraphQL, health, logging. Access control: libs/api-auth. */
@Module({})
export class PlatformModule implements NestModule {
  static forRoot(config: CandorConfig, database: DatabaseTarget): DynamicModule {
    const errorLogger = new Logger('GraphQL');
    return {
      module: PlatformModule,
      global: true,
      imports: [
        DatabaseModule.forRoot(database),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          // The schema is built in memory; `npm run schema:check` compares it with apps/api/schema.gql.
          autoSchemaFile: true,
          sortSchema: true,
          introspection: true,
          playground: false,
          formatError: createErrorFormatter(errorLogger),
          validationRules: [depthLimitRule],
          plugins: [complexityLimitPlugin(), operationOutcomePlugin()],
          // Apollo's CSRF rule (a preflighted content type or header on every request) would refuse
          // a plain `curl`/CDN GET. CSRF needs an ambient credential, so @candor/api-auth applies
          // the same rule to requests that carry the session cookie (SessionCsrfMiddleware).
          // Automatic persisted queries (GET or POST) use Apollo's default bounded in-memory cache.
          csrfPrevention: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: CANDOR_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: GraphQLErrorPassthroughFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [CANDOR_CONFIG],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggerMiddleware).forRoutes('*path');
  }
}
