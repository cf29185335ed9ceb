import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FigureInput } from '@candor/web-graphql';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/icon';
import { IssueTable, type IssueRow } from '../shared/issue-table';
import { QueryError } from '../shared/query-error';
import { StoredVersions } from '../shared/stored-versions';
import { jumpTo } from '../upload/jump-to';
import { reportTitle } from '../upload/report-view';
import type { CountryOption } from './breakdown-fieldset';
import type { FieldMessages } from './field-issues';
import { edit } from './form-edit';
import { fieldIssues, type CatalogueMetric, type FormState } from './form-state';
import { MetricFieldset } from './metric-fieldset';
import { useFiguresSubmit } from './use-figures-submit';

export interface FiguresFormProps {
  organizationId: string;
  organizationName: string;
  period: string;
  metrics: readonly CatalogueMetric[];
  countries: readonly CountryOption[];
  initial: FormState;
  initialAttributed: boolean;
}

/** The figures of one period, checked on demand and stored as the period's next version. */
export function FiguresForm(props: FiguresFormProps) {
  const { metrics, countries, period, organizationId } = props;
  const { t } = useTranslation('submissions');
  const id = useId();
  const [state, setState] = useState(props.initial);
  const [attributed, setAttributed] = useState(props.initialAttributed);
  const submitter = useFiguresSubmit(organizationId, period, metrics);
  const { result, missingValues } = submitter;
  const heading = useRef<HTMLHeadingElement>(null);

  const issues = useMemo(() => fieldIssues(result?.report ?? null, result?.fields ?? []), [result]);
  const messagesOf = useCallback(
    (field: string): FieldMessages | undefined => {
      const found = issues.byField.get(field);
      const local = missingValues.includes(field) ? t('form.breakdown.valueMissing') : undefined;
      return found || local ? { errors: [], warnings: [], ...found, local } : undefined;
    },
    [issues, missingValues, t],
  );

  useEffect(() => {
    if (result || missingValues.length) heading.current?.focus();
  }, [result, missingValues]);

  const describe = useCallback(
    (figure: FigureInput | undefined) => {
      if (!figure) return t('report.wholePeriod');
      const metric = metrics.find((m) => m.code === figure.metric);
      const parts = (figure.dimensions ?? []).map(({ dimension, value }) => {
        const d = metric?.dimensions.find((x) => x.code === dimension);
        const label =
          d?.values.find((v) => v.code === value)?.label ??
          countries.find((c) => c.code === value)?.name ??
          value;
        return label;
      });
      return [metric?.label ?? figure.metric, ...(parts.length ? parts : [t('form.total')])].join(
        ' · ',
      );
    },
    [countries, metrics, t],
  );

  const rows = (list: 'errors' | 'warnings'): IssueRow[] =>
    (result?.report[list] ?? []).map((issue, index) => {
      const field = issue.row !== null ? result?.fields[issue.row - 1] : undefined;
      return {
        key: `${list}${index}`,
        ...issue,
        targetId: field ?? null,
        place: describe(issue.row !== null ? result?.figures[issue.row - 1] : undefined),
      };
    });

  const send = (dryRun: boolean) => void submitter.send(state, attributed, dryRun);
  const report = result?.report;

  return (
    <form
      className="figures-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send(true);
      }}
    >
      <div className="checkbox">
        <input
          id={`${id}-attributed`}
          type="checkbox"
          checked={attributed}
          onChange={(event) => setAttributed(event.target.checked)}
          aria-describedby={`${id}-attributed-hint`}
        />
        <label htmlFor={`${id}-attributed`}>{t('attributed.label')}</label>
        <p id={`${id}-attributed-hint`} className="hint">
          {t('attributed.hint', { name: props.organizationName })}
        </p>
      </div>

      {metrics.map((metric) => (
        <MetricFieldset
          key={metric.code}
          metric={metric}
          state={state}
          countries={countries}
          messagesOf={messagesOf}
          onChange={setState}
        />
      ))}

      {state.extras.length > 0 && (
        <div className="note">
          <p>{t('form.extras', { count: state.extras.length })}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setState((s) => edit.dropExtras(s))}
          >
            {t('form.dropExtras')}
          </button>
        </div>
      )}

      {(report || missingValues.length > 0) && (
        <section
          className={`report report--${report?.ok ? 'ok' : 'failed'}`}
          aria-labelledby={`${id}-report`}
        >
          <h2 id={`${id}-report`} tabIndex={-1} ref={heading}>
            <Icon name={report?.ok ? 'check' : 'cross'} />
            {report && result
              ? reportTitle(t, report, result.dryRun, 'figures')
              : t('form.breakdown.valuesMissing', { count: missingValues.length })}
          </h2>
          {report?.ok && result?.dryRun && <p>{t('report.checkOkBody')}</p>}
          {report?.ok && !result?.dryRun && (
            <>
              <p>{t(report.replayed ? 'report.replayed' : 'report.storedBody')}</p>
              <StoredVersions submissions={report.submissions} />
            </>
          )}
          {report && report.errors.length > 0 && (
            <IssueTable
              caption={t('report.errorsCaption', { count: report.errors.length })}
              issues={rows('errors')}
              severity="error"
              placeHeader={t('form.field')}
              onJump={jumpTo}
            />
          )}
          {report && report.warnings.length > 0 && (
            <IssueTable
              caption={t('report.warningsCaption', { count: report.warnings.length })}
              issues={rows('warnings')}
              severity="warning"
              placeHeader={t('form.field')}
              onJump={jumpTo}
            />
          )}
        </section>
      )}
      {submitter.failure !== null && <QueryError error={submitter.failure} />}

      <div className="action-bar action-bar--sticky">
        <button type="submit" className="button button--secondary" disabled={submitter.busy}>
          {t('form.check')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={submitter.busy}
          onClick={() => send(false)}
        >
          {t('form.submit')}
        </button>
        <p className="hint" aria-live="polite">
          {submitter.busy ? t('upload.busy') : t('form.submitHint')}
        </p>
      </div>
    </form>
  );
}
