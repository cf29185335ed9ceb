import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '@candor/charts';
import {
  GRANULARITIES,
  SCALES,
  usePublicLabels,
  type ViewChange,
  type ViewUpdateOptions,
} from '@candor/web-public-kit';
import { byName } from '../model/country-names';
import type { MetricOption } from '../model/explorer-options';
import { publishedValues } from '../model/selection';
import type { TrendLabels } from '../use-trend-labels';
import type { ReadyTrends } from '../use-trends';
import { SegmentedLinks } from './segmented-links';

const SUBMITTERS = ['hotline', 'company', 'both'] as const;

/**
 * The explorer's filters. Each change rewrites the URL at once (a history entry, so Back
 * returns to the previous view) and the chart follows it; no submit button is needed.
 */
export function TrendsFilters({
  trends,
  labels,
  update,
}: {
  trends: ReadyTrends;
  labels: TrendLabels;
  update: (change: ViewChange, options?: ViewUpdateOptions) => void;
}) {
  const { t } = useTranslation('trends');
  const publicLabels = usePublicLabels();
  const format = useChartFormat();
  const ids = {
    metric: useId(),
    scope: useId(),
    scopeHint: useId(),
    breakdown: useId(),
    value: useId(),
    from: useId(),
    to: useId(),
  };
  const { selection, metrics, periods, range, release } = trends;
  const { metric, breakdown } = selection;
  const push = { push: true };

  const changeMetric = (code: string) => {
    const next = metrics.find((option) => option.code === code);
    if (!next) return;
    // Keep what the new metric also has: the organization kind, and the breakdown with its value.
    const keepsBreakdown = next.breakdowns.find((option) => option.code === breakdown?.code);
    const keepsValue =
      keepsBreakdown && trends.value && keepsBreakdown.values.includes(trends.value);
    update(
      {
        metric: code,
        scope:
          selection.scope !== 'network' && next.scopes.includes(selection.scope)
            ? selection.scope
            : null,
        dimension: keepsBreakdown ? keepsBreakdown.code : null,
        value: keepsValue ? trends.value : null,
      },
      push,
    );
  };

  const values = useMemo(() => {
    if (!breakdown) return null;
    if (breakdown.kind === 'enumeration') return { published: [...breakdown.values], other: [] };
    const name = (code: string) => labels.value(breakdown.code, code);
    const published = publishedValues(trends.breakdownItems);
    const sorted = byName(breakdown.values, name, format.locale);
    return {
      published: sorted.filter((code) => published.has(code)),
      other: sorted.filter((code) => !published.has(code)),
    };
  }, [breakdown, labels, trends.breakdownItems, format.locale]);

  const groups = SUBMITTERS.map((submitter) => ({
    submitter,
    metrics: metrics.filter((option: MetricOption) => option.submittedBy === submitter),
  })).filter((group) => group.metrics.length > 0);
  const period = (code: string) => format.period(code, 'long');

  return (
    <form
      className="trends-filters"
      aria-label={t('filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="controls">
        <div className="field field--wide">
          <label htmlFor={ids.metric}>{t('filters.metric')}</label>
          <select
            id={ids.metric}
            name="metric"
            value={metric.code}
            onChange={(event) => changeMetric(event.target.value)}
          >
            {groups.map((group) => (
              <optgroup key={group.submitter} label={t(`filters.metricGroup.${group.submitter}`)}>
                {group.metrics.map((option) => (
                  <option key={option.code} value={option.code}>
                    {publicLabels.metric(option.code)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.scope}>{t('filters.scope')}</label>
          <select
            id={ids.scope}
            name="scope"
            value={selection.scope}
            aria-describedby={metric.scopes.length === 1 ? ids.scopeHint : undefined}
            onChange={(event) =>
              update({ scope: event.target.value === 'network' ? null : event.target.value }, push)
            }
          >
            {metric.scopes.map((scope) => (
              <option key={scope} value={scope}>
                {labels.scope(scope)}
              </option>
            ))}
          </select>
          {metric.scopes.length === 1 &&
            (metric.submittedBy === 'hotline' || metric.submittedBy === 'company') && (
              <p id={ids.scopeHint} className="field__hint">
                {t(`filters.scopeOnly.${metric.submittedBy}`)}
              </p>
            )}
        </div>
        <div className="field">
          <label htmlFor={ids.breakdown}>{t('filters.breakdown')}</label>
          <select
            id={ids.breakdown}
            name="dimension"
            value={breakdown?.code ?? ''}
            onChange={(event) => update({ dimension: event.target.value || null }, push)}
          >
            <option value="">{t('filters.total')}</option>
            {metric.breakdowns.map((option) => (
              <option key={option.code} value={option.code}>
                {labels.dimension(option.code)}
              </option>
            ))}
          </select>
        </div>
        {breakdown && values && (
          <div className="field field--wide">
            <label htmlFor={ids.value}>{labels.dimension(breakdown.code)}</label>
            <select
              id={ids.value}
              name="value"
              value={trends.value ?? ''}
              onChange={(event) => update({ value: event.target.value }, push)}
            >
              {trends.value === null && <option value="">…</option>}
              {breakdown.kind === 'enumeration' ? (
                values.published.map((code) => (
                  <option key={code} value={code}>
                    {labels.value(breakdown.code, code)}
                  </option>
                ))
              ) : (
                <>
                  {values.published.length > 0 && (
                    <optgroup
                      label={t('filters.publishedGroup', { period: period(release.periodTo) })}
                    >
                      {values.published.map((code) => (
                        <option key={code} value={code}>
                          {labels.value(breakdown.code, code)}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  <optgroup label={t('filters.otherGroup')}>
                    {values.other.map((code) => (
                      <option key={code} value={code}>
                        {labels.value(breakdown.code, code)}
                      </option>
                    ))}
                  </optgroup>
                </>
              )}
            </select>
          </div>
        )}
      </div>
      <div className="controls trends-filters__row">
        <SegmentedLinks
          label={t('filters.granularity')}
          options={GRANULARITIES}
          current={trends.granularity}
          name={publicLabels.granularity}
          change={(granularity) => ({ granularity })}
        />
        <div className="field">
          <label htmlFor={ids.from}>{t('filters.from')}</label>
          <select
            id={ids.from}
            name="from"
            value={range.periods[0] ?? ''}
            onChange={(event) =>
              update({ from: event.target.value === periods[0] ? null : event.target.value }, push)
            }
          >
            {periods.map((code) => (
              <option key={code} value={code} disabled={range.to !== null && code > range.to}>
                {period(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('filters.to')}</label>
          <select
            id={ids.to}
            name="to"
            value={range.periods.at(-1) ?? ''}
            onChange={(event) =>
              update(
                { to: event.target.value === periods.at(-1) ? null : event.target.value },
                push,
              )
            }
          >
            {periods.map((code) => (
              <option key={code} value={code} disabled={range.from !== null && code < range.from}>
                {period(code)}
              </option>
            ))}
          </select>
        </div>
        <SegmentedLinks
          label={t('filters.scale')}
          options={SCALES}
          current={selection.scale}
          name={(scale) => t(`scale.${scale}`)}
          change={(scale) => ({ scale: scale === 'linear' ? null : scale })}
        />
      </div>
    </form>
  );
}
