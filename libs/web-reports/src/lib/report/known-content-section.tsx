import type { Figure, FigureKind, Report } from '@candor/reports';
import { useReportText } from '../shared/report-text';
import { FigureCell, ReportSection, ReportTable } from './section';

const COLUMNS = [
  ['filesReported', 'count'],
  ['filesKnown', 'count'],
  ['knownShare', 'share'],
  ['filesPerItem', 'count'],
  ['top10Share', 'share'],
] as const satisfies readonly (readonly [string, FigureKind])[];

/** Known content and re-sharing per period, as a table. */
export function KnownContentSection({ report, title }: { report: Report; title: string }) {
  const { words, format } = useReportText();
  const show = (kind: FigureKind, figure: Figure) =>
    figure.value !== null && kind === 'count' && !Number.isInteger(figure.value)
      ? format.decimal(figure.value, 2)
      : format.figure(kind, figure);
  return (
    <ReportSection
      id="known-content"
      title={title}
      lead={words.knownContent.lead}
      empty={report.knownContent.length === 0 ? words.knownContent.none : null}
    >
      <ReportTable caption={words.knownContent.caption}>
        <thead>
          <tr>
            <th scope="col">{words.knownContent.period}</th>
            {COLUMNS.map(([key]) => (
              <th key={key} scope="col" className="report-number">
                {words.knownContent[key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.knownContent.map((row) => (
            <tr key={row.period}>
              <th scope="row">{format.period(row.period)}</th>
              {COLUMNS.map(([key, kind]) => (
                <FigureCell
                  key={key}
                  text={show(kind, row[key])}
                  withheld={row[key].value === null}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </ReportTable>
    </ReportSection>
  );
}
