import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PERIOD_EXAMPLE, PeriodField, withoutStaleProblems } from '@candor/web-public-kit';
import { ErrorAlert } from '../shared/error-alert';
import { useBuilderLabels } from '../shared/use-labels';
import { GRANULARITIES, toGranularity } from '../shared/vocabulary';
import { createOrganizationReleaseMutation } from '../report-builder.documents';
import {
  checkOrgReleaseForm,
  EMPTY_ORG_RELEASE_FORM,
  type OrgReleaseFormState,
  type OrgReleaseProblems,
} from './org-release-form';

/** For an organization's admin: a release of its own attributed figures, built in the background. */
export function OrgReleaseSection() {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const labels = useBuilderLabels();
  const [form, setForm] = useState<OrgReleaseFormState>(EMPTY_ORG_RELEASE_FORM);
  const [problems, setProblems] = useState<OrgReleaseProblems>({});
  const [started, setStarted] = useState<string | null>(null);
  const from = useRef<HTMLInputElement>(null);
  const to = useRef<HTMLInputElement>(null);
  const [create, { loading, error, reset }] = useMutation(createOrganizationReleaseMutation, {
    refetchQueries: ['ReportReleases'],
  });
  const example = PERIOD_EXAMPLE[form.granularity];
  const periodWords = {
    hint: t('orgRelease.periodHint', { example }),
    invalid: t('orgRelease.periodInvalid', { example }),
    order: t('orgRelease.order'),
  };

  const change = (changes: Partial<OrgReleaseFormState>) => {
    setForm((f) => ({ ...f, ...changes }));
    setProblems((p) => withoutStaleProblems(p, changes));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setStarted(null);
    const checked = checkOrgReleaseForm(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      (checked.problems.periodFrom ? from : to).current?.focus();
      return;
    }
    setProblems({});
    reset();
    try {
      const { data } = await create({ variables: { input: checked.input } });
      if (data) {
        setStarted(data.createOrganizationRelease.title);
        setForm(EMPTY_ORG_RELEASE_FORM);
      }
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('orgRelease.title')}</h2>
      <p className="hint">{t('orgRelease.lead')}</p>
      <form className="release-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="release-form__row">
          <div className="field">
            <label htmlFor={`${id}-granularity`}>{t('orgRelease.granularity')}</label>
            <select
              id={`${id}-granularity`}
              value={form.granularity}
              onChange={(event) =>
                change({ granularity: toGranularity(event.target.value) ?? 'quarter' })
              }
            >
              {GRANULARITIES.map((g) => (
                <option key={g} value={g}>
                  {labels.granularity(g)}
                </option>
              ))}
            </select>
          </div>
          <PeriodField
            id={`${id}-from`}
            label={t('orgRelease.from')}
            value={form.periodFrom}
            problem={problems.periodFrom}
            words={{ ...periodWords, missing: t('orgRelease.fromMissing') }}
            inputRef={from}
            onChange={(periodFrom) => change({ periodFrom })}
          />
          <PeriodField
            id={`${id}-to`}
            label={t('orgRelease.to')}
            value={form.periodTo}
            problem={problems.periodTo}
            words={{ ...periodWords, missing: t('orgRelease.toMissing') }}
            inputRef={to}
            onChange={(periodTo) => change({ periodTo })}
          />
        </div>
        {error && <ErrorAlert error={error} />}
        <div className="action-bar">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? t('orgRelease.running') : t('orgRelease.submit')}
          </button>
        </div>
        <div role="status">
          {started !== null && (
            <p className="message">{t('orgRelease.started', { title: started })}</p>
          )}
        </div>
      </form>
    </section>
  );
}
