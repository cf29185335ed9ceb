import { Module } from '@nestjs/common';
import { PublicReleasesService } from './public-releases.service';
import { PublicHttpModule } from './public-http/public-http.module';
import { ReleaseBuilder } from './release-builder';
import { ReleaseQueue } from './release-queue';
import { releaseReviewProviders } from './release-review.resolver';
import { ReleaseAdminResolver, PublicReleasesResolver } from './releases.resolver';
import { ReleasesService } from './releases.service';

@Module({
  imports: [PublicHttpModule],
  providers: [
    ReleaseBuilder,
    ReleaseQueue,
    ReleasesService,
    PublicReleasesService,
    ReleaseAdminResolver,
    PublicReleasesResolver,
    ...releaseReviewProviders,
  ],
  exports: [ReleasesService, PublicReleasesService, ReleaseBuilder],
})
export class ReleasesModule {}
