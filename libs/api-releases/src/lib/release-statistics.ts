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
import { METRICS, nextPeriod, toPeriod } from '@candor/catalogue';
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

/**
 * The runs of consecutive periods of a series: a withheld point is a gap, and the spike models
 * need consecutive periods, so each run is analysed on its own.
 */
export function consecutiveRuns<T extends { period: string }>(series: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const point of series) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && nextPeriod(toPeriod(last.period)) === point.period) run.push(point);
    else runs.push([point]);
  }
  return runs;
}

const observedExpected = (reports: readonly SpikeReport[], period: string) => {
  for (const report of reports) {
    const point = report.points.find((p) => p.period === period);
    if (point?.status === 'tested') return { observed: point.observed, expected: point.expected };
  }
  return undefined;
};

/** Spikes and level shifts of every metric's network series, each explained in words. */
function flags(cells: readonly PublishedCell[]): StatisticRow[] {
  const runs = new Map(
    METRICS.map((m) => [m.code, consecutiveRuns(networkSeries(cells, m.code))] as const),
  );
  const reports = new Map(
    [...runs].map(([code, metricRuns]) => [code, metricRuns.map((run) => detectSpikes(run))]),
  );
  const files = reports.get('content.files.reported') ?? [];
  const known = reports.get('content.files.known') ?? [];
  const rows: StatisticRow[] = [];
  for (const metric of METRICS) {
    const metricRuns = runs.get(metric.code) ?? [];
    const metricReports = reports.get(metric.code) ?? [];
    metricRuns.forEach((run, i) => {
      const spikes = metricReports[i] as SpikeReport;
      const content: Record<string, NonNullable<ExplanationContext['content']>[string]> = {};
      for (const spike of spikes.spikes) {
        const f = observedExpected(files, spike.period);
        const k = observedExpected(known, spike.period);
        if (f && k) content[spike.period] = { files: f, known: k };
      }
      const explanations = explainFlags(spikes, detectLevelShifts(run), {
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
    });
  }
  return rows;
}

/** Takedown-time distributions per period, merged from histograms, under their own disclosure gate. */
function takedowns(
  contributions: readonly Contribution[],
  gate: { minContributors?: number; maxShare?: number } = {},
): StatisticRow[] {
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
      gate,
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
  takedownGate: { minContributors?: number; maxShare?: number } = {},
): StatisticRow[] {
  return [...flags(cells), ...takedowns(contributions, takedownGate), ...redistribution(cells)];
}

/**
 * Statistics of an organization's own release: its attributed cells analysed as the statistics
 * of a network release are, then labelled with the organization's scope.
 */
export function ownStatistics(
  cells: readonly PublishedCell[],
  contributions: readonly Contribution[],
  scope: string,
): StatisticRow[] {
  const asNetwork = cells.map((c) => (c.scope === scope ? { ...c, scope: 'network' } : c));
  // One contributor publishing its own attributed figures: the contributor gate does not apply.
  return releaseStatistics(asNetwork, contributions, { minContributors: 1, maxShare: 1 }).map(
    (s) => ({ ...s, scope }),
  );
}
