import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { GraphQLResponseCache } from './graphql-response-cache';
import { GraphQLResponseCacheMiddleware } from './graphql-response-cache.middleware';
import { PublicRateLimitMiddleware } from './public-rate-limit.middleware';
import { ReleaseCacheGeneration } from './release-cache-generation';
import { ReleaseDownloadsController } from './release-downloads.controller';
import { ReleaseDownloadsResolver } from './release-downloads.resolver';
import { ReleaseDownloadsService } from './release-downloads.service';

/**
 * The HTTP side of the public API over published releases: the answer cache with strong ETags in
 * front of Apollo, per-address rate limits, and release downloads.
 */
@Module({
  controllers: [ReleaseDownloadsController],
  providers: [
    ReleaseCacheGeneration,
    GraphQLResponseCache,
    ReleaseDownloadsService,
    ReleaseDownloadsResolver,
  ],
  exports: [ReleaseCacheGeneration, ReleaseDownloadsService],
})
export class PublicHttpModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // In this order: a cached answer still counts against the limit.
    consumer
      .apply(PublicRateLimitMiddleware, GraphQLResponseCacheMiddleware)
      .forRoutes({ path: 'graphql', method: RequestMethod.ALL });
    consumer.apply(PublicRateLimitMiddleware).forRoutes(ReleaseDownloadsController);
  }
}
