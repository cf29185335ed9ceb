import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReleaseModel } from '../models/release.model';
import { ReleaseDownloadModel } from './release-download.model';
import { DOWNLOAD_MEDIA_TYPES, DOWNLOAD_NAMES } from './release-files';

const PUBLIC_STATUSES = new Set(['published', 'withdrawn']);

/** Where a release's files are; computed from the release alone (no file is built for this). */
@Resolver(() => ReleaseModel)
export class ReleaseDownloadsResolver {
  @ResolveField(() => [ReleaseDownloadModel], {
    description: 'Files of the release (none until it is published).',
  })
  downloads(@Parent() release: ReleaseModel): ReleaseDownloadModel[] {
    if (!PUBLIC_STATUSES.has(release.status)) return [];
    return DOWNLOAD_NAMES.map((name) => ({
      name,
      url: `/api/releases/${release.id}/${name}`,
      mediaType: DOWNLOAD_MEDIA_TYPES[name],
      sha256: name === 'cells.csv' ? release.checksum : null,
    }));
  }
}
