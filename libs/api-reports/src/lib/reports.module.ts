import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { PublicHttpModule, PublicRateLimitMiddleware, ReleasesModule } from '@candor/api-releases';
import { ReportPdfService } from './report-pdf.service';
import { ReportViews } from './report-views';
import { ReportsController } from './reports.controller';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [ReleasesModule, PublicHttpModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportViews, ReportPdfService, ReportsResolver],
  exports: [ReportsService],
})
export class ReportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicRateLimitMiddleware).forRoutes(ReportsController);
  }
}
