import type { Report, TrendSection } from '@candor/reports';
import type { Words } from '../i18n';
import { interpolate } from '../shared/interpolate';
import { interpolateNodes } from '../shared/interpolate-nodes';
import { Quoted, useReportText } from '../shared/report-text';
import { ReportLineChart } from './report-chart';
import { ReportSection } from './section';

const kindName = (kind: string, words: Words) =>
  Object.hasOwn(words.trends.kind, kind)
    ? words.trends.kind[kind as keyof Words['trends']['kind']]
    : kind;

function Trend({ trend, index, print }: { trend: TrendSection; index: number; print: boolean }) {
  const { words, format } = useReportText();
  const periods = trend.points.map((p) => p.period);
  const first = periods[0];
  const last = periods.at(-1);
  const gaps = trend.points.filter((p) => p.value === null);
  const nothing = gaps.length === trend.points.length;
  const headingId = `trends-${index}-title`;
  const label = interpolate(words.trends.chartLabel, {
    label: trend.label,
    from: first ? format.period(first) : '',
    to: last ? format.period(last) : '',
  });

  return (
    <div className="report-trend" data-metric={trend.metric}>
      <h3 id={headingId}>
        <Quoted>{trend.label}</Quoted>
      </h3>
      <figure className="report-figure" aria-labelledby={headingId}>
        {nothing ? (
          <p className="report-section__empty">{words.trends.nothingToDraw}</p>
        ) : (
          <ReportLineChart
            series={[{ id: trend.metric, label: trend.label, points: trend.points }]}
            periods={periods}
            axis="count"
            label={label}
            print={print}
          />
        )}
        <figcaption className="report-figure__caption">
          {trend.unit && (
            <span>
              {interpolateNodes(words.trends.unit, { unit: <Quoted>{trend.unit}</Quoted> })}
            </span>
          )}
          {gaps.length > 0 && !nothing && (
            <span className="report-gaps">
              {interpolate(words.trends.gaps, {
                list: format.list(
                  gaps.map((p) =>
                    interpolate(words.trends.gap, {
                      period: format.period(p.period),
                      reason: format.reason(p.withheld),
                    }),
                  ),
                ),
              })}
            </span>
          )}
        </figcaption>
      </figure>
      {trend.explanations.length > 0 && (
        <div className="report-explanations">
          <h4>{words.trends.explanations}</h4>
          <ul>
            {trend.explanations.map((e, i) => (
              <li key={`${e.kind}-${e.period ?? ''}-${i}`}>
                <strong>
                  {interpolate(words.trends.explanation, {
                    kind: kindName(e.kind, words),
                    period: e.period ? format.period(e.period) : words.trends.allPeriods,
                  })}
                </strong>{' '}
                <Quoted>{e.text}</Quoted>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** One line chart per trend, with the explanations of its unusual periods under it. */
export function TrendsSection({
  report,
  title,
  print,
}: {
  report: Report;
  title: string;
  print: boolean;
}) {
  const { words } = useReportText();
  return (
    <ReportSection
      id="trends"
      title={title}
      lead={words.trends.lead}
      empty={report.trends.length === 0 ? words.trends.nothingToDraw : null}
    >
      {report.trends.map((trend, index) => (
        <Trend key={trend.metric} trend={trend} index={index} print={print} />
      ))}
    </ReportSection>
  );
}
