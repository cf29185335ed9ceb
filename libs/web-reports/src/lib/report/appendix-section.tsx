import type { AppendixRow, Report } from '@candor/reports';
import type { Words } from '../i18n';
import type { ReportFormat } from '../shared/format';
import { useReportText } from '../shared/report-text';
import { scopeName } from '../shared/scope';
import { keyFigureName } from './key-figure-name';
import { metricLabels } from './metric-labels';
import { FigureCell, ReportSection, ReportTable } from './section';

const named = <T extends Record<string, string>>(table: T, code: string): string =>
  Object.hasOwn(table, code) ? table[code as keyof T] : code;

/** The item of an appendix row in words where the app knows it, else its code. */
export function appendixItem(
  row: AppendixRow,
  words: Words,
  format: ReportFormat,
  label: (metric: string) => string | null,
): string {
  if (row.section === 'key_figures')
    return keyFigureName({ id: row.item, metric: row.metric }, words, label).name;
  if (row.section === 'countries') return format.country(row.item);
  if (row.section === 'corrections') return scopeName(row.item, words, format);
  return row.item;
}

/** An appendix value in the format of its measure, or the reason it is withheld. */
export function appendixValue(row: AppendixRow, format: ReportFormat): string {
  return row.value === null ? format.reason(row.withheld) : format.measure(row.measure, row.value);
}

/** Every number of the report, one row each, withheld ones with their reason in words. */
export function AppendixSection({ report, title }: { report: Report; title: string }) {
  const { words, format } = useReportText();
  const label = metricLabels(report);
  return (
    <ReportSection
      id="appendix"
      title={title}
      lead={words.appendix.lead}
      empty={report.appendix.length === 0 ? words.keyFigures.none : null}
    >
      <ReportTable className="report-table--appendix" caption={words.appendix.caption}>
        <thead>
          <tr>
            <th scope="col">{words.appendix.section}</th>
            <th scope="col">{words.appendix.item}</th>
            <th scope="col">{words.appendix.metric}</th>
            <th scope="col">{words.appendix.period}</th>
            <th scope="col">{words.appendix.breakdown}</th>
            <th scope="col">{words.appendix.measure}</th>
            <th scope="col" className="report-number">
              {words.appendix.value}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.appendix.map((row, index) => (
            <tr key={index}>
              <td>{named(words.appendix.sectionName, row.section)}</td>
              <th scope="row">{appendixItem(row, words, format, label)}</th>
              <td>
                <code translate="no">{row.metric}</code>
              </td>
              <td>{row.period ? format.period(row.period) : ''}</td>
              <td>
                {row.dimension ? (
                  <code translate="no">{`${row.dimension}: ${row.dimensionValue}`}</code>
                ) : (
                  ''
                )}
              </td>
              <td>{named(words.appendix.measureName, row.measure)}</td>
              <FigureCell text={appendixValue(row, format)} withheld={row.value === null} />
            </tr>
          ))}
        </tbody>
      </ReportTable>
    </ReportSection>
  );
}
