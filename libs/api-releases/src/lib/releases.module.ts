import { Module } from '@nestjs/common';
import { PublicReleasesService } from './public-releases.service';
import { ReleaseBuilder } from './release-builder';
import { ReleaseQueue } from './release-queue';
import { ReleaseAdminResolver, PublicReleasesResolver } from './releases.resolver';
import { ReleasesService } from './releases.service';

@Module({
  providers: [
    ReleaseBuilder,
    ReleaseQueue,
    ReleasesService,
    PublicReleasesService,
    ReleaseAdminResolver,
    PublicReleasesResolver,
  ],
  exports: [ReleasesService, PublicReleasesService, ReleaseBuilder],
})
export class ReleasesModule {}
