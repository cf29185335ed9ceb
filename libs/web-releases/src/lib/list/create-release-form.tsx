import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PERIOD_EXAMPLE, PeriodField, withoutStaleProblems } from '@candor/web-public-kit';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../shared/error-alert';
import { languageSearch } from '../shared/links';
import { useReleaseLabels } from '../shared/use-labels';
import { GRANULARITIES, toGranularity } from '../shared/vocabulary';
import {
  checkReleaseForm,
  EMPTY_RELEASE_FORM,
  type ReleaseFormProblems,
  type ReleaseFormState,
  type ReleaseOptionsState,
} from './release-form';
import { createReleaseMutation } from './releases.documents';

const ROUNDING_BASES = ['', '5', '10'] as const;

/** The form that starts a build: range, granularity, title and the disclosure options. */
export function CreateReleaseForm() {
  const { t } = useTranslation('releases');
  const labels = useReleaseLabels();
  const id = useId();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [form, setForm] = useState<ReleaseFormState>(EMPTY_RELEASE_FORM);
  const [problems, setProblems] = useState<ReleaseFormProblems>({});
  const from = useRef<HTMLInputElement>(null);
  const to = useRef<HTMLInputElement>(null);
  const [create, { loading, error }] = useMutation(createReleaseMutation, {
    refetchQueries: ['AllReleases'],
  });
  const example = PERIOD_EXAMPLE[form.granularity];
  const periodWords = {
    hint: t('create.periodHint', { example }),
    invalid: t('create.periodInvalid', { example }),
    order: t('create.order'),
  };

  const change = (changes: Partial<ReleaseFormState>) => {
    setForm((f) => ({ ...f, ...changes }));
    setProblems((p) => withoutStaleProblems(p, changes));
  };
  const changeOptions = (changes: Partial<ReleaseOptionsState>) =>
    setForm((f) => ({ ...f, options: { ...f.options, ...changes } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkReleaseForm(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      (checked.problems.periodFrom ? from : to).current?.focus();
      return;
    }
    setProblems({});
    try {
      const { data } = await create({ variables: { input: checked.input } });
      const created = data?.createRelease;
      if (created) {
        await navigate({
          pathname: `/review/releases/${created.id}`,
          search: languageSearch(search),
        });
      }
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('create.title')}</h2>
      <p className="hint">{t('create.lead')}</p>
      <form className="release-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="release-form__row">
          <div className="field">
            <label htmlFor={`${id}-granularity`}>{t('create.granularity')}</label>
            <select
              id={`${id}-granularity`}
              value={form.granularity}
              onChange={(event) =>
                change({ granularity: toGranularity(event.target.value) ?? 'month' })
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
            label={t('create.from')}
            value={form.periodFrom}
            problem={problems.periodFrom}
            words={{ ...periodWords, missing: t('create.fromMissing') }}
            inputRef={from}
            onChange={(periodFrom) => change({ periodFrom })}
          />
          <PeriodField
            id={`${id}-to`}
            label={t('create.to')}
            value={form.periodTo}
            problem={problems.periodTo}
            words={{ ...periodWords, missing: t('create.toMissing') }}
            inputRef={to}
            onChange={(periodTo) => change({ periodTo })}
          />
        </div>
        <div className="field field--block">
          <label htmlFor={`${id}-name`}>{t('create.titleLabel')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={200}
            value={form.title}
            aria-describedby={`${id}-name-hint`}
            onChange={(event) => change({ title: event.target.value })}
          />
          <p id={`${id}-name-hint`} className="hint">
            {t('create.titleHint')}
          </p>
        </div>
        <fieldset className="release-options">
          <legend>{t('create.options')}</legend>
          {/* One row per option; a new disclosure option is one more row here. */}
          <div className="field release-options__row">
            <label htmlFor={`${id}-rounding`}>{t('create.rounding')}</label>
            <select
              id={`${id}-rounding`}
              value={form.options.roundingBase}
              aria-describedby={`${id}-rounding-hint`}
              onChange={(event) =>
                changeOptions({
                  roundingBase: ROUNDING_BASES.find((base) => base === event.target.value) ?? '',
                })
              }
            >
              {ROUNDING_BASES.map((base) => (
                <option key={base} value={base}>
                  {base ? t('create.roundingBase', { base }) : t('create.roundingExact')}
                </option>
              ))}
            </select>
            <p id={`${id}-rounding-hint`} className="hint">
              {t('create.roundingHint')}
            </p>
          </div>
          <div className="field release-options__row">
            <label htmlFor={`${id}-noise`}>{t('create.noise')}</label>
            <input
              id={`${id}-noise`}
              type="text"
              inputMode="decimal"
              value={form.options.noiseRho}
              aria-describedby={`${id}-noise-hint`}
              onChange={(event) => changeOptions({ noiseRho: event.target.value })}
            />
            <p id={`${id}-noise-hint`} className="hint">
              {t('create.noiseHint')}
            </p>
          </div>
        </fieldset>
        {error && <ErrorAlert error={error} />}
        <div className="action-bar">
          <button type="submit" className="button button--primary" disabled={loading}>
            {t('create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
