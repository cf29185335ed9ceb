import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLJSON } from '@candor/api-releases';

@ObjectType('ReportFile', { description: 'One download of a published report.' })
export class ReportFileModel {
  @Field({ description: '`report.json`, `report.csv`, `report.pdf` or `datapackage.json`.' })
  name!: string;

  @Field()
  mediaType!: string;

  @Field({ description: 'Path on the API (and through the web app): `/api/reports/…`.' })
  url!: string;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the bytes; null for a PDF not rendered yet.',
  })
  sha256!: string | null;
}

@ObjectType('TransparencyReportVersion', { description: 'One published version of a report.' })
export class TransparencyReportVersionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '`<releaseId>/<scope>/<language>`: the report’s stable address.' })
  key!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID)
  releaseId!: string;

  @Field(() => Int)
  releaseVersion!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why this version was published.' })
  changeNote!: string | null;

  @Field(() => [String], { description: 'What changed against the previous version.' })
  changes!: string[];
}

@ObjectType('TransparencyReport', {
  description:
    'A transparency report: a release seen through one scope in one language, frozen when published.',
})
export class TransparencyReportModel extends TransparencyReportVersionModel {
  @Field({ description: '`<release series>/<scope>/<language>`; versions count within it.' })
  series!: string;

  @Field({ description: '`awaiting_approval` or `published`.' })
  status!: string;

  @Field()
  releaseSeries!: string;

  @Field({
    description: '`network`, `hotlines`, `companies`, `country:<ISO>` or `organization:<slug>`.',
  })
  scope!: string;

  @Field()
  scopeLabel!: string;

  @Field({ description: '`en`, `fr`, `de` or `es`.' })
  language!: string;

  @Field()
  title!: string;

  @Field()
  periodFrom!: string;

  @Field()
  periodTo!: string;

  @Field()
  granularity!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  approvedAt!: Date | null;

  @Field({ description: 'SHA-256 of report.json.' })
  jsonSha256!: string;

  @Field({ description: 'SHA-256 of report.csv.' })
  csvSha256!: string;

  @Field(() => [ReportFileModel])
  files!: ReportFileModel[];

  @Field(() => [TransparencyReportVersionModel], {
    description: 'Every published version of this report’s series, newest first.',
  })
  versions!: TransparencyReportVersionModel[];

  @Field(() => GraphQLJSON, { description: 'The report (the same document as report.json).' })
  content!: unknown;
}

@ObjectType('ReportPreview', { description: 'A report as it would be published.' })
export class ReportPreviewModel {
  @Field()
  key!: string;

  @Field(() => GraphQLJSON)
  content!: unknown;

  @Field()
  jsonSha256!: string;

  @Field()
  csvSha256!: string;

  @Field(() => TransparencyReportModel, {
    nullable: true,
    description: 'The report already published (or awaiting approval) for this definition.',
  })
  existing!: TransparencyReportModel | null;

  @Field(() => TransparencyReportVersionModel, {
    nullable: true,
    description: 'The latest published version of the series, which a new one would follow.',
  })
  follows!: TransparencyReportVersionModel | null;
}

@ObjectType('ReportScopeOption')
export class ReportScopeOptionModel {
  @Field()
  key!: string;

  @Field({ description: '`network`, `hotlines`, `companies`, `country` or `organization`.' })
  kind!: string;

  @Field()
  label!: string;

  @Field({ description: 'Publishing waits for the organization admin’s approval.' })
  needsApproval!: boolean;
}

@ObjectType('ReportRelease', { description: 'A release a report can be built from.' })
export class ReportReleaseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  series!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field()
  periodFrom!: string;

  @Field()
  periodTo!: string;

  @Field()
  granularity!: string;

  @Field({ description: '`building`, `draft`, `failed`, `published` or `withdrawn`.' })
  status!: string;

  @Field(() => Int, { description: 'Build progress in percent.' })
  percent!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Set for an organization’s own release.',
  })
  organizationName!: string | null;
}

@InputType()
export class PublishReportInput {
  @Field(() => ID)
  @IsString()
  releaseId!: string;

  @Field()
  @IsString()
  @MaxLength(80)
  scope!: string;

  @Field()
  @IsString()
  @MaxLength(5)
  language!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why this version is published; required when an earlier version exists.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  changeNote?: string | null;
}

@InputType()
export class CreateOrganizationReleaseInput {
  @Field({ description: 'First period, e.g. `2026-Q1`.' })
  @IsString()
  @MaxLength(10)
  periodFrom!: string;

  @Field({ description: 'Last period, inclusive.' })
  @IsString()
  @MaxLength(10)
  periodTo!: string;

  @Field({ description: '`month`, `quarter` or `year`.' })
  @IsIn(['month', 'quarter', 'year'], { message: 'granularity must be month, quarter or year' })
  granularity!: 'month' | 'quarter' | 'year';
}
