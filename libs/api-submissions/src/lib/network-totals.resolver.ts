import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findMetric } from '@candor/catalogue';
import { DomainError, Public } from '@candor/api-platform';
import { TotalPointModel, TotalsGrain } from './models/total-point.model';
import { queryContributions } from './network-totals.query';
import { toTotalPoints } from './network-totals';

@Resolver()
export class NetworkTotalsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Query(() => [TotalPointModel], {
    description:
      'Preview: network totals of one metric from accepted submissions, withholding points with fewer than three contributors or one dominant contributor. Superseded by release-based series.',
  })
  async networkTotals(
    @Args('metric') metric: string,
    @Args('grain', { type: () => TotalsGrain, defaultValue: TotalsGrain.quarter })
    grain: TotalsGrain,
  ): Promise<TotalPointModel[]> {
    if (!findMetric(metric))
      throw new DomainError('UNKNOWN_METRIC', `"${metric}" is not a metric of the catalogue.`);
    const rows = await queryContributions(this.dataSource.manager, metric, grain);
    return toTotalPoints(rows, grain);
  }
}
