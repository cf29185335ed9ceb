import type { ChangelogEntryInput, Report } from '@candor/reports';
import type { Words } from '../i18n';
import type { ReportFormat } from '../shared/format';
import { interpolate } from '../shared/interpolate';
import { Quoted, useReportText } from '../shared/report-text';
import { scopeName } from '../shared/scope';
import { metricLabels } from './metric-labels';
import { ReportSection, ReportTable } from './section';

/** One side of a correction in words: the number, or why there is none. */
export function correctionSide(
  value: ChangelogEntryInput['before'],
  format: Pick<ReportFormat, 'number' | 'reason'>,
): string {
  if (typeof value === 'number') return format.number(value);
  return format.reason(value ?? 'absent');
}

/** The reasons of a correction, translated; a code the app does not know is shown as is. */
export function correctionReasons(reasons: readonly string[], words: Words): string[] {
  return reasons.map((reason) =>
    Object.hasOwn(words.corrections.reason, reason)
      ? words.corrections.reason[reason as keyof Words['corrections']['reason']]
      : reason,
  );
}

/** Published figures that changed since the previous release: what, before → after, and why. */
export function CorrectionsSection({ report, title }: { report: Report; title: string }) {
  const { words, format } = useReportText();
  const label = metricLabels(report);
  return (
    <ReportSection
      id="corrections"
      title={title}
      lead={words.corrections.lead}
      empty={report.corrections.length === 0 ? words.corrections.none : null}
    >
      <ReportTable caption={words.corrections.caption}>
        <thead>
          <tr>
            <th scope="col">{words.corrections.metric}</th>
            <th scope="col">{words.corrections.scope}</th>
            <th scope="col">{words.corrections.period}</th>
            <th scope="col" className="report-number">
              {words.corrections.values}
            </th>
            <th scope="col">{words.corrections.reasons}</th>
          </tr>
        </thead>
        <tbody>
          {report.corrections.map((entry) => {
            const reasons = correctionReasons(entry.reasons, words);
            return (
              <tr
                key={[
                  entry.metric,
                  entry.scope,
                  entry.period,
                  entry.dimension ?? '',
                  entry.dimensionValue ?? '',
                ].join('|')}
              >
                <th scope="row">
                  <Quoted>{label(entry.metric) ?? entry.metric}</Quoted>
                  {entry.dimension && (
                    <span className="report-breakdown">
                      {interpolate(words.corrections.breakdown, {
                        dimension:
                          entry.dimension === 'hosting_country'
                            ? words.countries.country
                            : entry.dimension,
                        value:
                          entry.dimension === 'hosting_country' && entry.dimensionValue
                            ? format.country(entry.dimensionValue)
                            : (entry.dimensionValue ?? ''),
                      })}
                    </span>
                  )}
                </th>
                <td>{scopeName(entry.scope, words, format)}</td>
                <td>{format.period(entry.period)}</td>
                <td className="report-number">
                  {interpolate(words.corrections.arrow, {
                    before: correctionSide(entry.before, format),
                    after: correctionSide(entry.after, format),
                  })}
                </td>
                <td>{reasons.length ? format.list(reasons) : words.corrections.noReason}</td>
              </tr>
            );
          })}
        </tbody>
      </ReportTable>
    </ReportSection>
  );
}
