import {
  contentIndicators,
  describeNetworkTakedown,
  detectLevelShifts,
  detectSpikes,
  explainFlags,
  type ExplanationContext,
  type SpikeReport,
  type TakedownHistogramInput,
} from '@candor/analytics';
import { METRICS } from '@candor/catalogue';
import type { PublishedCell } from './canonical-csv';
import type { Contribution } from './contributions.query';

export interface StatisticRow {
  kind: 'spike' | 'level_shift' | 'takedown' | 'redistribution';
  metric: string;
  scope: string;
  period: string | null;
  data: Record<string, unknown>;
}

const TAKEDOWN_METRICS = ['hotline.takedown', 'company.takedown'];

/** Network totals of a metric over time, from published cells only (withheld points are gaps). */
function networkSeries(cells: readonly PublishedCell[], metric: string) {
  return cells
    .filter(
      (c) =>
        c.metric === metric && c.scope === 'network' && c.dimension === null && c.value !== null,
    )
    .map((c) => ({ period: c.period, value: c.value as number }))
    .sort((a, b) => (a.period < b.period ? -1 : 1));
}

const observedExpected = (report: SpikeReport, period: string) => {
  const point = report.points.find((p) => p.period === period);
  return point?.status === 'tested'
    ? { observed: point.observed, expected: point.expected }
    : undefined;
};

/** Spikes and level shifts of every metric's network series, each explained in words. */
function flags(cells: readonly PublishedCell[]): StatisticRow[] {
  const reports = new Map(METRICS.map((m) => [m.code, detectSpikes(networkSeries(cells, m.code))]));
  const files = reports.get('content.files.reported');
  const known = reports.get('content.files.known');
  const rows: StatisticRow[] = [];
  for (const metric of METRICS) {
    const series = networkSeries(cells, metric.code);
    const spikes = reports.get(metric.code) as SpikeReport;
    const content: Record<string, NonNullable<ExplanationContext['content']>[string]> = {};
    for (const spike of spikes.spikes) {
      const f = files && observedExpected(files, spike.period);
      const k = known && observedExpected(known, spike.period);
      if (f && k) content[spike.period] = { files: f, known: k };
    }
    const explanations = explainFlags(spikes, detectLevelShifts(series), {
      measure: { one: metric.unit.replace(/s$/, ''), other: metric.unit },
      content,
    });
    for (const explanation of explanations) {
      rows.push({
        kind: explanation.kind === 'spike' ? 'spike' : 'level_shift',
        metric: metric.code,
        scope: 'network',
        period: explanation.period,
        data: explanation as unknown as Record<string, unknown>,
      });
    }
  }
  return rows;
}

/** Takedown-time distributions per period, merged from histograms, under their own disclosure gate. */
function takedowns(contributions: readonly Contribution[]): StatisticRow[] {
  const groups = new Map<string, Map<string, TakedownHistogramInput>>();
  for (const c of contributions) {
    if (
      !TAKEDOWN_METRICS.includes(c.metric) ||
      c.dimension !== 'takedown_hours' ||
      !c.dimensionValue
    )
      continue;
    const key = `${c.metric}|${c.period}`;
    const byOrg = groups.get(key) ?? new Map<string, TakedownHistogramInput>();
    const histogram = (byOrg.get(c.organizationId) ?? {}) as Record<string, number>;
    histogram[c.dimensionValue] = (histogram[c.dimensionValue] ?? 0) + c.value;
    byOrg.set(c.organizationId, histogram as TakedownHistogramInput);
    groups.set(key, byOrg);
  }
  return [...groups.entries()].map(([key, byOrg]) => {
    const [metric, period] = key.split('|') as [string, string];
    const result = describeNetworkTakedown(
      [...byOrg.entries()].map(([contributor, histogram]) => ({ contributor, histogram })),
    );
    return {
      kind: 'takedown' as const,
      metric,
      scope: 'network',
      period,
      data: result as unknown as Record<string, unknown>,
    };
  });
}

/** Known-content share, files per item, top-10 share and Gini bounds per period, from published cells. */
function redistribution(cells: readonly PublishedCell[]): StatisticRow[] {
  const value = (metric: string, period: string) =>
    cells.find(
      (c) =>
        c.metric === metric && c.scope === 'network' && c.period === period && c.dimension === null,
    )?.value ?? undefined;
  const periods = [...new Set(networkSeries(cells, 'content.files.reported').map((p) => p.period))];
  return periods.flatMap((period) => {
    const filesReported = value('content.files.reported', period);
    if (filesReported === undefined) return [];
    const repeat = cells.filter(
      (c) =>
        c.metric === 'content.items.by_repeat' &&
        c.scope === 'network' &&
        c.period === period &&
        c.dimension === 'repeat',
    );
    const itemsByRepeat =
      repeat.length > 0 && repeat.every((c) => c.value !== null)
        ? Object.fromEntries(repeat.map((c) => [c.dimensionValue, c.value]))
        : undefined;
    try {
      const indicators = contentIndicators({
        filesReported,
        ...optional('filesKnown', value('content.files.known', period)),
        ...optional('itemsDistinct', value('content.items.distinct', period)),
        ...optional('filesTop10', value('content.files.top10', period)),
        ...(itemsByRepeat ? { itemsByRepeat } : {}),
      });
      return [
        {
          kind: 'redistribution' as const,
          metric: 'content.files.reported',
          scope: 'network',
          period,
          data: indicators as unknown as Record<string, unknown>,
        },
      ];
    } catch {
      return []; // published figures inconsistent after rounding: no indicator rather than a wrong one
    }
  });
}

const optional = <K extends string>(key: K, value: number | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, number>);

export function releaseStatistics(
  cells: readonly PublishedCell[],
  contributions: readonly Contribution[],
): StatisticRow[] {
  return [...flags(cells), ...takedowns(contributions), ...redistribution(cells)];
}
