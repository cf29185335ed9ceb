import type { EntityManager } from 'typeorm';
import { METRICS } from '@candor/catalogue';
import type { ReleaseEntity } from '@candor/db';
import type {
  CellInput,
  ChangelogEntryInput,
  ReportDefinition,
  ReportInput,
  StatisticInput,
} from '@candor/reports';

/** The release scopes a report scope reads cells from (network-level metrics live at `network`). */
function cellScopes(definition: ReportDefinition): string[] {
  const { scope } = definition;
  if (scope === 'network') return ['network'];
  if (scope === 'hotlines' || scope === 'companies') return ['network', scope];
  if ('country' in scope) return ['network'];
  return [`organization:${scope.organization}`];
}

/** Everything `buildReport` needs about one release, read in two queries. */
export async function loadReportInput(
  manager: EntityManager,
  release: ReleaseEntity,
  definition: ReportDefinition,
): Promise<ReportInput> {
  const scopes = cellScopes(definition);
  const country = typeof definition.scope === 'object' && 'country' in definition.scope;
  const cells = await manager.query<(Omit<CellInput, 'value'> & { value: string | null })[]>(
    `SELECT metric, scope, period, dimension, dimension_value AS "dimensionValue", value, suppression
       FROM release_cell
      WHERE release_id = $1 AND scope = ANY($2)${country ? " AND dimension = 'hosting_country'" : ''}`,
    [release.id, scopes],
  );
  const statistics = await manager.query<StatisticInput[]>(
    `SELECT kind, metric, scope, period, data FROM release_statistic
      WHERE release_id = $1 AND scope = ANY($2)`,
    [release.id, scopes],
  );
  return {
    release: {
      id: release.id,
      series: release.series,
      version: release.version,
      title: release.title,
      periodFrom: release.periodFrom,
      periodTo: release.periodTo,
      granularity: release.granularity,
      publishedAt: release.publishedAt?.toISOString() ?? null,
      checksum: release.checksum,
      options: release.options,
      definitionVersions: release.definitionVersions,
      changelog: release.changelog as ChangelogEntryInput[],
    },
    cells: cells.map((c) => ({ ...c, value: c.value === null ? null : Number(c.value) })),
    statistics,
    metrics: METRICS.map((m) => ({
      code: m.code,
      label: m.label,
      unit: m.unit,
      definition: m.definition,
      version: m.version,
      submittedBy: m.submittedBy,
    })),
    definition,
  };
}
