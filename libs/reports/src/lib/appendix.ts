import type { AppendixRow, ChangelogEntryInput, Figure, Report } from './types';

type Row = Omit<AppendixRow, 'value' | 'withheld'>;

const row = (base: Row, figure: Figure): AppendixRow => ({ ...base, ...figure });
const blank = { dimension: '', dimensionValue: '' };

/** A changelog side: a number was published; a string says it was withheld; null: absent. */
function side(value: number | string | null): Figure {
  if (typeof value === 'number') return { value, withheld: null };
  return { value: null, withheld: value ?? 'absent' };
}

function correctionRows(entry: ChangelogEntryInput): AppendixRow[] {
  const base = {
    section: 'corrections',
    item: entry.scope,
    metric: entry.metric,
    period: entry.period,
    dimension: entry.dimension ?? '',
    dimensionValue: entry.dimensionValue ?? '',
  };
  return [
    row({ ...base, measure: 'before' }, side(entry.before)),
    row({ ...base, measure: 'after' }, side(entry.after)),
    row(
      { ...base, measure: 'delta' },
      entry.delta === null ? { value: null, withheld: 'not_comparable' } : side(entry.delta),
    ),
  ];
}

/** Every number the report shows, one row each, withheld ones with their reason instead. */
export function appendixRows(report: Omit<Report, 'appendix'>): AppendixRow[] {
  const rows: AppendixRow[] = [];
  for (const f of report.keyFigures) {
    const base = { section: 'key_figures', item: f.id, metric: f.metric, ...blank };
    rows.push(row({ ...base, period: f.period, measure: f.kind }, f));
    if (f.previous) {
      rows.push(row({ ...base, period: f.previous.period, measure: f.kind }, f.previous));
      rows.push(
        row(
          { ...base, period: f.period, measure: `change_${f.changeKind}` },
          { value: f.change, withheld: f.changeWithheld },
        ),
      );
    }
  }
  for (const t of report.trends)
    for (const p of t.points)
      rows.push(
        row(
          {
            section: 'trends',
            item: t.metric,
            metric: t.metric,
            period: p.period,
            ...blank,
            measure: 'count',
          },
          p,
        ),
      );
  for (const t of report.takedown) {
    const base = {
      section: 'takedown',
      item: t.metric,
      metric: t.metric,
      period: t.period,
      ...blank,
    };
    rows.push(row({ ...base, measure: 'median_hours' }, t.medianHours));
    rows.push(row({ ...base, measure: 'p90_hours' }, t.p90Hours));
    rows.push(row({ ...base, measure: 'share_within_24h' }, t.within24h));
    rows.push(row({ ...base, measure: 'share_within_72h' }, t.within72h));
    rows.push(row({ ...base, measure: 'share_within_7d' }, t.within7d));
  }
  for (const k of report.knownContent) {
    const base = { section: 'known_content', item: 'content', period: k.period, ...blank };
    rows.push(
      row({ ...base, metric: 'content.files.reported', measure: 'count' }, k.filesReported),
    );
    rows.push(row({ ...base, metric: 'content.files.known', measure: 'count' }, k.filesKnown));
    rows.push(
      row({ ...base, metric: 'content.files.reported', measure: 'known_share' }, k.knownShare),
    );
    rows.push(
      row({ ...base, metric: 'content.files.reported', measure: 'files_per_item' }, k.filesPerItem),
    );
    rows.push(
      row({ ...base, metric: 'content.files.reported', measure: 'top10_share' }, k.top10Share),
    );
  }
  const { countries } = report;
  for (const c of countries.countries)
    rows.push(
      row(
        {
          section: 'countries',
          item: c.country,
          metric: countries.metric,
          period: countries.period,
          dimension: 'hosting_country',
          dimensionValue: c.country,
          measure: 'count',
        },
        c,
      ),
    );
  for (const entry of report.corrections) rows.push(...correctionRows(entry));
  const m = report.methodology;
  const method = (measure: string, value: number | null) =>
    rows.push(
      row(
        { section: 'methodology', item: 'disclosure', metric: '', period: '', ...blank, measure },
        value === null ? { value: null, withheld: 'none' } : { value, withheld: null },
      ),
    );
  method('min_contributors', m.minContributors);
  method('rounding_base', m.roundingBase);
  if (m.noise) {
    method('noise_rho', m.noise.rho);
    method('noise_epsilon', m.noise.epsilon);
    method('noise_delta', m.noise.delta);
    method('noise_series_spent_rho', m.noise.seriesSpentRho);
    method('noise_series_limit_rho', m.noise.seriesLimitRho);
  }
  for (const metric of m.metrics)
    rows.push(
      row(
        {
          section: 'methodology',
          item: 'definition',
          metric: metric.code,
          period: '',
          ...blank,
          measure: 'version',
        },
        { value: metric.version, withheld: null },
      ),
    );
  return rows;
}
