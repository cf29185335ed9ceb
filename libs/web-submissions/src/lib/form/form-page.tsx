import { useEffect, useId, useMemo, useState } from 'react';
import { useQuery, skipToken } from '@apollo/client/react';
import { parsePeriod } from '@candor/web-i18n';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { periodStatusesQuery } from '../home/home.documents';
import { firstOpenPeriod, toPeriodRows } from '../home/period-rows';
import { keptSearch } from '../shared/links';
import { QueryError } from '../shared/query-error';
import { submissionCatalogueQuery } from '../shared/shared.documents';
import { SubmitFrame } from '../shared/submit-frame';
import { useFormat } from '../shared/use-format';
import { useOrganization } from '../shared/use-organization';
import { FiguresForm } from './figures-form';
import { currentFiguresQuery } from './form.documents';
import { fromFigures } from './form-edit';
import { EMPTY_FORM } from './form-state';
import { useCountries } from './use-countries';

/** Enter one period's figures in a form generated from the catalogue. */
export function FormPage() {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const id = useId();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { period: requested } = useParams();
  const choice = useOrganization();
  const organization = choice.organization;
  const kind = organization?.kind === 'company' ? 'company' : 'hotline';

  const catalogue = useQuery(submissionCatalogueQuery);
  const statuses = useQuery(
    periodStatusesQuery,
    organization
      ? {
          variables: { organizationId: organization.id, count: 12 },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const rows = useMemo(() => toPeriodRows(statuses.data?.periodStatuses, ''), [statuses.data]);
  const metrics = useMemo(
    () =>
      (catalogue.data?.metrics ?? []).filter(
        (m) => m.submittedBy === kind || m.submittedBy === 'both',
      ),
    [catalogue.data, kind],
  );
  const countries = useCountries(catalogue.data?.countries, format.locale);

  // Without a period in the address, open the newest one that still needs figures.
  const fallback = firstOpenPeriod(rows) ?? rows[0]?.period ?? null;
  useEffect(() => {
    if (!requested && fallback) {
      void navigate(
        { pathname: `/submit/form/${fallback}`, search: keptSearch(search) },
        { replace: true },
      );
    }
  }, [requested, fallback, navigate, search]);

  const period = requested && parsePeriod(requested) ? requested : null;
  const row = rows.find((r) => r.period === period);

  // The version the form starts from is fixed when the period opens: storing a new version
  // (which changes the period's current version) must not reset the form and its report.
  const formKey = organization && period ? `${organization.id}:${period}` : null;
  const [base, setBase] = useState<{ key: string; submissionId: string | null } | null>(null);
  useEffect(() => {
    if (formKey && statuses.data && base?.key !== formKey) {
      setBase({ key: formKey, submissionId: row?.submissionId ?? null });
    }
  }, [formKey, statuses.data, base, row]);
  const baseId = base && base.key === formKey ? base.submissionId : null;
  const current = useQuery(currentFiguresQuery, baseId ? { variables: { id: baseId } } : skipToken);
  const ready =
    catalogue.data && period && base?.key === formKey && (baseId === null || current.data);
  const options =
    period && !row ? [period, ...rows.map((r) => r.period)] : rows.map((r) => r.period);

  return (
    <SubmitFrame choice={choice} title={t('form.title')} lead={t('form.lead')}>
      {!choice.canSubmit ? (
        <p className="message">{t('organization.cannotSubmit')}</p>
      ) : (
        <>
          <div className="form-top card">
            <div className="field field--inline">
              <label htmlFor={`${id}-period`}>{t('form.period')}</label>
              <select
                id={`${id}-period`}
                value={period ?? ''}
                onChange={(event) =>
                  void navigate({
                    pathname: `/submit/form/${event.target.value}`,
                    search: keptSearch(search),
                  })
                }
              >
                {!period && <option value="">{t('form.choosePeriod')}</option>}
                {options.map((p) => {
                  const status = rows.find((r) => r.period === p)?.status;
                  return (
                    <option key={p} value={p}>
                      {status ? `${format.period(p)} — ${t(`status.${status}`)}` : format.period(p)}
                    </option>
                  );
                })}
              </select>
            </div>
            <p className="hint">
              {row?.version
                ? t('form.startsFrom', {
                    version: row.version,
                    status: row.status ? t(`status.${row.status}`) : row.rawStatus,
                    next: row.version + 1,
                  })
                : t('form.firstVersion')}
            </p>
            {!format.locale.startsWith('en') && (
              <p className="hint">{t('form.englishCatalogue')}</p>
            )}
          </div>
          {requested && !period && (
            <p className="message message--error" role="alert">
              {t('form.badPeriod', { period: requested })}
            </p>
          )}
          {catalogue.error || statuses.error || current.error ? (
            <QueryError error={catalogue.error ?? statuses.error ?? current.error} />
          ) : !ready ? (
            period && (
              <p className="loading" role="status">
                {t('loading')}
              </p>
            )
          ) : (
            organization && (
              <FiguresForm
                key={formKey ?? ''}
                organizationId={organization.id}
                organizationName={organization.name}
                period={period}
                metrics={metrics}
                countries={countries}
                initial={
                  current.data ? fromFigures(current.data.submission.figures, metrics) : EMPTY_FORM
                }
                initialAttributed={current.data?.submission.attributed ?? false}
              />
            )
          )}
        </>
      )}
    </SubmitFrame>
  );
}
