/** What grouping needs of a listed report. */
export interface GroupableReport {
  key: string;
  /** `<releaseSeries>/<scope>/<language>`: the versions of one report. */
  series: string;
  version: number;
  scope: string;
  scopeLabel: string;
  language: string;
  releaseSeries: string;
  publishedAt: string | null;
}

export interface ReportSeriesGroup<T extends GroupableReport> {
  /** The report series, e.g. `network-month/network/en`. */
  key: string;
  scope: string;
  scopeLabel: string;
  language: string;
  releaseSeries: string;
  /** Newest version first. */
  versions: T[];
}

const seriesOf = (r: GroupableReport) => r.series || `${r.releaseSeries}/${r.scope}/${r.language}`;
const time = (iso: string | null) => {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(t) ? -Infinity : t;
};

/**
 * Reports grouped by series (release series, scope and language), newest version first in each;
 * the series with the most recent publication come first, then by series key.
 */
export function groupReportVersions<T extends GroupableReport>(
  reports: readonly T[],
): ReportSeriesGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const report of reports) {
    const key = seriesOf(report);
    groups.set(key, [...(groups.get(key) ?? []), report]);
  }
  const newest = (versions: readonly T[]) => Math.max(...versions.map((v) => time(v.publishedAt)));
  return [...groups]
    .map(([key, versions]) => {
      const sorted = [...versions].sort(
        (a, b) => b.version - a.version || time(b.publishedAt) - time(a.publishedAt),
      );
      const latest = sorted[0] as T;
      return {
        key,
        scope: latest.scope,
        scopeLabel: latest.scopeLabel,
        language: latest.language,
        releaseSeries: latest.releaseSeries,
        versions: sorted,
      };
    })
    .sort((a, b) => newest(b.versions) - newest(a.versions) || a.key.localeCompare(b.key));
}

/** An element id for a series key (`network-month/country:NL/fr` → `series-network-month-country-NL-fr`). */
export function seriesAnchor(key: string): string {
  return `series-${key.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
