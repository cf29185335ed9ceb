import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@candor/api-organizations';
import { DemoSeeder } from './demo/demo-seeder.service';
import { NetworkTotalsResolver } from './network-totals.resolver';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [OrganizationsModule],
  providers: [SubmissionsService, NetworkTotalsResolver, DemoSeeder],
  exports: [SubmissionsService, DemoSeeder],
})
export class SubmissionsModule {}
