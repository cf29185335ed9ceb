import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CANDOR_CONFIG, type CandorConfig } from '@candor/api-platform';
import { SubmissionUploadController } from './submission-upload.controller';
import { OrganizationsModule } from '@candor/api-organizations';
import { DemoSeeder } from './demo/demo-seeder.service';
import { SubmissionsService } from './submissions.service';
import { SubmissionReadsService } from './submission-reads.service';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionFieldsResolver } from './submission-fields.resolver';

@Module({
  imports: [
    OrganizationsModule,
    MulterModule.registerAsync({
      inject: [CANDOR_CONFIG],
      // No `dest`/`storage`: multer keeps the file in memory, bounded by the upload limit.
      useFactory: (config: CandorConfig) => ({
        limits: { fileSize: config.maxUploadBytes, files: 1 },
      }),
    }),
  ],
  controllers: [SubmissionUploadController],
  providers: [
    SubmissionsService,
    SubmissionReadsService,
    SubmissionsResolver,
    SubmissionFieldsResolver,
    DemoSeeder,
  ],
  exports: [SubmissionsService, SubmissionReadsService, DemoSeeder],
})
export class SubmissionsModule {}
