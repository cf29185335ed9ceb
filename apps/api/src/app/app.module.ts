import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@candor/api-audit';
import { AuthModule } from '@candor/api-auth';
import { CatalogueApiModule } from '@candor/api-catalogue';
import { OrganizationsModule } from '@candor/api-organizations';
import { PlatformModule, type CandorConfig, type DatabaseTarget } from '@candor/api-platform';
import { SubmissionsModule } from '@candor/api-submissions';
import { ReleasesModule } from '@candor/api-releases';
import { ReportsModule } from '@candor/api-reports';

/** Wiring only: the platform plus one module per feature. */
@Module({})
export class AppModule {
  static register(config: CandorConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, database),
        AuditModule,
        AuthModule.register(),
        CatalogueApiModule,
        OrganizationsModule,
        SubmissionsModule,
        ReleasesModule,
        ReportsModule,
      ],
    };
  }
}
