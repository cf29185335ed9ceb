import type { Contribution } from './contributions.query';
import { NOT_BROKEN_DOWN, buildReleaseTables, cellId } from './release-tables';

const c = (
  org: string,
  kind: 'hotline' | 'company',
  value: number,
  dimension: string | null = null,
  dimensionValue: string | null = null,
  attributed = false,
): Contribution => ({
  metric: 'content.files.reported',
  period: '2026-01',
  dimension,
  dimensionValue,
  organizationId: org,
  organizationKind: kind,
  organizationSlug: org,
  attributed,
  value,
});

describe('buildReleaseTables', () => {
  const tables = buildReleaseTables([
    c('h1', 'hotline', 10),
    c('h1', 'hotline', 6, 'content_type', 'image'),
    c('h1', 'hotline', 4, 'content_type', 'video'),
    c('h2', 'hotline', 5),
    c('k1', 'company', 100, null, null, true),
  ]);
  const [table] = tables;
  const cell = (scope: string, dimension: string | null = null, value: string | null = null) =>
    table!.cells.find(
      (x) =>
        x.id ===
        cellId({
          metric: 'content.files.reported',
          scope,
          period: '2026-01',
          dimension,
          dimensionValue: value,
        }),
    );

  it('makes one table per metric and period with network, hotlines and companies scopes', () => {
    expect(tables).toHaveLength(1);
    expect(
      cell('network')!
        .contributions.map((x) => x.value)
        .sort((a, b) => a - b),
    ).toEqual([5, 10, 100]);
    expect(cell('hotlines')!.contributions).toHaveLength(2);
    expect(cell('companies')!.contributions).toHaveLength(1);
  });

  it('adds the residual of organizations that did not break the total down, so breakdowns add up', () => {
    expect(cell('hotlines', 'content_type', NOT_BROKEN_DOWN)!.contributions).toEqual([
      { contributorId: 'h2', value: 5, attributed: false },
    ]);
    const equation = table!.equations.find((e) => e.total === cell('hotlines')!.id)!;
    const sum = equation.parts
      .map((id) => table!.cells.find((x) => x.id === id)!)
      .flatMap((x) => x.contributions)
      .reduce((s, x) => s + x.value, 0);
    expect(sum).toBe(15);
  });

  it('links network = hotlines + companies and publishes attributed figures in their own scope', () => {
    expect(table!.equations).toContainEqual({
      total: cell('network')!.id,
      parts: [cell('hotlines')!.id, cell('companies')!.id],
    });
    expect(cell('organization:k1')!.contributions).toEqual([
      { contributorId: 'k1', value: 100, attributed: true },
    ]);
  });
});
