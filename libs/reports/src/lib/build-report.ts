import { appendixRows } from './appendix';
import { KEY_FIGURES, keyFigures } from './key-figures';
import { methodology } from './methodology';
import { releasePeriods } from './periods';
import { scopeKey, reportKey } from './report-key';
import { scopeRelease } from './scope';
import { countrySection, knownContentSection, takedownSection, trendSections } from './sections';
import type { ChangelogEntryInput, Report, ReportInput } from './types';

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
    keyFigures: keyFigures(scoped, periods),
    trends: trendSections(scoped, periods, input.metrics),
    takedown: takedownSection(scoped, periods),
    knownContent: knownContentSection(scoped, periods),
    countries: countrySection(scoped, lastPeriod),
    corrections: corrections(scoped.changelog),
    methodology: methodology(
      release,
      scoped.cells,
      KEY_FIGURES.map((f) => f.metric),
      input.metrics,
    ),
  };
  return { ...withoutAppendix, appendix: appendixRows(withoutAppendix) };
}
