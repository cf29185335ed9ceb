import type { Methodology, Report } from '@candor/reports';
import type { Words } from '../i18n';
import type { ReportFormat } from '../shared/format';
import { interpolate } from '../shared/interpolate';
import { interpolateNodes } from '../shared/interpolate-nodes';
import { Quoted, useReportText } from '../shared/report-text';
import { ReportSection } from './section';

/**
 * The disclosure control of the release in sentences of the report's language. The dominance
 * rule is the report's own text in English and its translation otherwise (a spec keeps the
 * English message equal to the report's text).
 */
export function methodologySentences(
  methodology: Methodology,
  words: Words,
  format: ReportFormat,
): string[] {
  const { noise } = methodology;
  return [
    interpolate(words.methodology.minContributors, {
      count: format.number(methodology.minContributors),
    }),
    format.locale === 'en' ? methodology.dominanceRule : words.methodology.dominanceRule,
    methodology.roundingBase
      ? interpolate(words.methodology.rounding, { base: format.number(methodology.roundingBase) })
      : words.methodology.roundingNone,
    noise
      ? interpolate(words.methodology.noise, {
          mechanism: noise.mechanism,
          rho: format.decimal(noise.rho, 4),
          epsilon: format.decimal(noise.epsilon, 2),
          delta: format.scientific(noise.delta),
          spent: format.decimal(noise.seriesSpentRho, 4),
          limit: format.decimal(noise.seriesLimitRho, 4),
        })
      : words.methodology.noiseNone,
    words.methodology.gaps,
  ];
}

/** How the figures are protected, and what each figure counts (definitions as the report gives them). */
export function MethodologySection({ report, title }: { report: Report; title: string }) {
  const { words, format } = useReportText();
  const m = report.methodology;
  return (
    <ReportSection id="methodology" title={title}>
      <h3>{words.methodology.disclosure}</h3>
      {methodologySentences(m, words, format).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <h3>{words.methodology.definitions}</h3>
      <p>{words.methodology.definitionsLead}</p>
      <dl className="report-definitions">
        {m.metrics.map((metric) => (
          <div key={metric.code} className="report-definitions__entry">
            <dt>
              <Quoted>{metric.label}</Quoted>{' '}
              <code translate="no" className="muted">
                {metric.code}
              </code>
            </dt>
            <dd>
              <Quoted>{metric.definition}</Quoted>
            </dd>
            <dd className="muted">
              {interpolateNodes(words.methodology.unitVersion, {
                unit: <Quoted>{metric.unit}</Quoted>,
                version: format.number(metric.version),
              })}
            </dd>
          </div>
        ))}
      </dl>
    </ReportSection>
  );
}
