import type { Figure, Report, TakedownPeriod } from '@candor/reports';
import { interpolate } from '../shared/interpolate';
import { Quoted, useReportText } from '../shared/report-text';
import { takedownWho } from './key-figure-name';
import { ReportLineChart } from './report-chart';
import { FigureCell, ReportSection, ReportTable } from './section';

/** The takedown rows by metric, in the order the report gives them. */
export function takedownByMetric(rows: readonly TakedownPeriod[]): [string, TakedownPeriod[]][] {
  const groups = new Map<string, TakedownPeriod[]>();
  for (const row of rows) groups.set(row.metric, [...(groups.get(row.metric) ?? []), row]);
  return [...groups];
}

const MEASURES = ['medianHours', 'p90Hours', 'within24h', 'within72h', 'within7d'] as const;

/** Takedown times per period (table), and the share removed within 3 days (a small chart). */
export function TakedownSection({
  report,
  title,
  print,
}: {
  report: Report;
  title: string;
  print: boolean;
}) {
  const { words, format } = useReportText();
  const groups = takedownByMetric(report.takedown);
  const periods = [...new Set(report.takedown.map((t) => t.period))].sort();
  const first = periods[0];
  const last = periods.at(-1);
  const show = (measure: (typeof MEASURES)[number], figure: Figure) =>
    format.figure(measure.endsWith('Hours') ? 'hours' : 'share', figure);
  const who = (metric: string) => takedownWho(metric, words) ?? <Quoted>{metric}</Quoted>;

  return (
    <ReportSection
      id="takedown"
      title={title}
      lead={words.takedown.lead}
      empty={groups.length === 0 ? words.takedown.none : null}
    >
      <ReportTable caption={words.takedown.caption}>
        <thead>
          <tr>
            <th scope="col">{words.takedown.who}</th>
            <th scope="col">{words.takedown.period}</th>
            <th scope="col" className="report-number">
              {words.takedown.median}
            </th>
            <th scope="col" className="report-number">
              {words.takedown.p90}
            </th>
            <th scope="col" className="report-number">
              {words.takedown.within24h}
            </th>
            <th scope="col" className="report-number">
              {words.takedown.within72h}
            </th>
            <th scope="col" className="report-number">
              {words.takedown.within7d}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.flatMap(([metric, rows]) =>
            rows.map((row) => (
              <tr key={`${metric}|${row.period}`}>
                <th scope="row">{who(metric)}</th>
                <th scope="row">{format.period(row.period)}</th>
                {row.withheld ? (
                  <td colSpan={MEASURES.length} className="report-number--withheld">
                    {format.reason(row.withheld)}
                  </td>
                ) : (
                  MEASURES.map((measure) => (
                    <FigureCell
                      key={measure}
                      text={show(measure, row[measure])}
                      withheld={row[measure].value === null}
                    />
                  ))
                )}
              </tr>
            )),
          )}
        </tbody>
      </ReportTable>
      {groups.length > 0 && (
        <figure className="report-figure report-figure--small">
          <figcaption className="report-figure__title">{words.takedown.chartTitle}</figcaption>
          <ReportLineChart
            series={groups.map(([metric, rows]) => ({
              id: metric,
              label: takedownWho(metric, words) ?? metric,
              points: rows.map((row) => ({ period: row.period, value: row.within72h.value })),
            }))}
            periods={periods}
            axis="share"
            label={interpolate(words.takedown.chartLabel, {
              from: first ? format.period(first) : '',
              to: last ? format.period(last) : '',
            })}
            print={print}
            height={180}
          />
        </figure>
      )}
    </ReportSection>
  );
}
