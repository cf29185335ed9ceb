import type { Report } from '@candor/reports';
import { interpolate } from '../shared/interpolate';
import { Quoted, useReportText } from '../shared/report-text';
import { keyFigureName } from './key-figure-name';
import { metricLabels } from './metric-labels';
import { FigureCell, ReportSection, ReportTable } from './section';

/**
 * The headline figures of the last period: value, value of the period before and the change (in
 * % for counts and hours, in points for shares). A withheld figure shows its reason in words.
 */
export function KeyFiguresSection({ report, title }: { report: Report; title: string }) {
  const { words, format } = useReportText();
  const figures = report.keyFigures;
  const label = metricLabels(report);
  const period = figures[0]?.period;
  const previousPeriod = figures.find((f) => f.previous)?.previous?.period ?? null;
  const lead = period
    ? previousPeriod
      ? interpolate(words.keyFigures.lead, {
          period: format.period(period),
          previous: format.period(previousPeriod),
        })
      : interpolate(words.keyFigures.leadNoPrevious, { period: format.period(period) })
    : null;

  return (
    <ReportSection
      id="key-figures"
      title={title}
      lead={lead}
      empty={period ? null : words.keyFigures.none}
    >
      {period && (
        <ReportTable
          caption={interpolate(words.keyFigures.caption, { period: format.period(period) })}
        >
          <thead>
            <tr>
              <th scope="col">{words.keyFigures.figure}</th>
              <th scope="col" className="report-number">
                {format.period(period)}
              </th>
              <th scope="col" className="report-number">
                {previousPeriod ? format.period(previousPeriod) : words.keyFigures.previous}
              </th>
              <th scope="col" className="report-number">
                {words.keyFigures.change}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => {
              const change = format.change(figure);
              const { name, quoted } = keyFigureName(figure, words, label);
              return (
                <tr key={figure.id} data-key-figure={figure.id}>
                  <th scope="row">{quoted ? <Quoted>{name}</Quoted> : name}</th>
                  <FigureCell
                    text={format.figure(figure.kind, figure)}
                    withheld={figure.value === null}
                  />
                  <FigureCell
                    text={
                      figure.previous
                        ? format.figure(figure.kind, figure.previous)
                        : words.withheld.no_previous_period
                    }
                    withheld={!figure.previous || figure.previous.value === null}
                  />
                  <FigureCell text={change.text} withheld={change.withheld} />
                </tr>
              );
            })}
          </tbody>
        </ReportTable>
      )}
    </ReportSection>
  );
}
