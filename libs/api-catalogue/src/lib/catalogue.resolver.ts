import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  COUNTRIES,
  DIMENSIONS,
  METRICS,
  findDimension,
  type DimensionDefinition,
  type MetricDefinition,
} from '@candor/catalogue';
import { Public } from '@candor/api-platform';
import { CountryModel, DimensionModel } from './models/dimension.model';
import { MetricModel } from './models/metric.model';

const toDimension = (d: DimensionDefinition): DimensionModel => ({
  code: d.code,
  label: d.label,
  definition: d.definition,
  kind: d.kind,
  values: d.values.map((v) => ({ ...v })),
});

const toMetric = (m: MetricDefinition): MetricModel => ({
  code: m.code,
  version: m.version,
  label: m.label,
  definition: m.definition,
  unit: m.unit,
  submittedBy: m.submittedBy,
  dimensions: m.dimensions.flatMap((code) => {
    const dimension = findDimension(code);
    return dimension ? [toDimension(dimension)] : [];
  }),
  requiredDimension: m.requiredDimension ?? null,
});

/** The metric catalogue (libs/catalogue) as public, read-only GraphQL. */
@Resolver()
export class CatalogueResolver {
  @Public()
  @Query(() => [MetricModel], {
    description: 'Every metric of the catalogue with its definition and dimensions.',
  })
  metrics(
    @Args('submittedBy', {
      nullable: true,
      description: 'Only metrics a `hotline` or a `company` submits.',
    })
    submittedBy?: string,
  ): MetricModel[] {
    const selected = submittedBy
      ? METRICS.filter((m) => m.submittedBy === submittedBy || m.submittedBy === 'both')
      : METRICS;
    return selected.map(toMetric);
  }

  @Public()
  @Query(() => [DimensionModel], {
    description: 'Every dimension of the catalogue with its allowed values.',
  })
  dimensions(): DimensionModel[] {
    return DIMENSIONS.map(toDimension);
  }

  @Public()
  @Query(() => [CountryModel], {
    description: 'ISO 3166-1 alpha-2 countries accepted in country dimensions.',
  })
  countries(): CountryModel[] {
    return COUNTRIES.map((c) => ({ ...c }));
  }
}
