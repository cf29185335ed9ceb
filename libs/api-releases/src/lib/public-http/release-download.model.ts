import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ReleaseDownload', {
  description: 'A file of a published release, served with a strong ETag and cached for a year.',
})
export class ReleaseDownloadModel {
  @Field({ description: '`cells.csv`, `cells.json`, `statistics.json` or `datapackage.json`.' })
  name!: string;

  @Field({ description: 'Path on the API, e.g. `/api/releases/<id>/cells.csv`.' })
  url!: string;

  @Field()
  mediaType!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'SHA-256 (hex) when known without building the file: the CSV’s is the release checksum. `datapackage.json` gives every file’s size and hash.',
  })
  sha256!: string | null;
}
