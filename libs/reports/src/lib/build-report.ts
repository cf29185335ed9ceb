import { appendixRows } from './appendix';
import { keyFigureSpecs, keyFigures, type KeyFigureAudience } from './key-figures';
import { methodology } from './methodology';
import { releasePeriods } from './periods';
import { scopeKey, reportKey } from './report-key';
import { scopeRelease } from './scope';
import { countrySection, knownContentSection, takedownSection, trendSections } from './sections';
import type { CellInput, ChangelogEntryInput, Report, ReportInput, ReportScope } from './types';

const changeKey = (e: ChangelogEntryInput) =>
  [e.metric, e.scope, e.period, e.dimension ?? '', e.dimensionValue ?? ''].join('|');

/** A plain copy in a fixed order, so extra fields of the input never reach a report. */
function corrections(entries: readonly ChangelogEntryInput[]): ChangelogEntryInput[] {
  return [...entries]
    .sort((a, b) => changeKey(a).localeCompare(changeKey(b)))
    .map((e) => ({
      metric: e.metric,
      scope: e.scope,
      period: e.period,
      dimension: e.dimension,
      dimensionValue: e.dimensionValue,
      before: e.before,
      after: e.after,
      delta: e.delta,
      reasons: [...e.reasons].sort(),
    }));
}

/** Whose figures the scope shows: an organization's are a hotline's or a company's. */
function audienceOf(scope: ReportScope, cells: readonly CellInput[]): KeyFigureAudience {
  if (scope === 'hotlines') return 'hotline';
  if (scope === 'companies') return 'company';
  if (typeof scope === 'object' && 'organization' in scope) {
    if (cells.some((c) => c.metric.startsWith('company.'))) return 'company';
    if (cells.some((c) => c.metric.startsWith('hotline.'))) return 'hotline';
  }
  return 'network';
}

/**
 * The report of a release for a scope and language. Every number comes from the release's
 * published cells and statistics, read through one gate (`cellFigure`), so a withheld value
 * cannot reach any section.
 */
export function buildReport(input: ReportInput): Report {
  const { release, definition } = input;
  const scoped = scopeRelease(
    definition.scope,
    input.cells,
    input.statistics,
    release.changelog,
    input.metrics,
  );
  const periods = releasePeriods(release);
  const lastPeriod = periods.at(-1) ?? release.periodTo;
  const audience = audienceOf(definition.scope, scoped.cells);
  const withoutAppendix = {
    titlePage: {
      key: reportKey(definition),
      title: release.title,
      releaseId: release.id,
      series: release.series,
      version: release.version,
      periodFrom: release.periodFrom,
      periodTo: release.periodTo,
      granularity: release.granularity,
      publishedAt: release.publishedAt,
      checksum: release.checksum,
      scope: scopeKey(definition.scope),
      language: definition.language,
    },
    keyFigures: keyFigures(scoped, periods, audience),
    trends: trendSections(scoped, periods, input.metrics),
    takedown: takedownSection(scoped, periods),
    knownContent: knownContentSection(scoped, periods),
    countries: countrySection(scoped, lastPeriod),
    corrections: corrections(scoped.changelog),
    methodology: methodology(
      release,
      scoped.cells,
      keyFigureSpecs(audience).map((f) => f.metric),
      input.metrics,
    ),
  };
  return { ...withoutAppendix, appendix: appendixRows(withoutAppendix) };
}
