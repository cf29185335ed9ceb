import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../shared/error-alert';
import { useFormat } from '../shared/use-format';
import {
  checkAnnotation,
  MAX_NOTE_LENGTH,
  type AnnotationCheck,
  type AnnotationDraft,
  type AnnotationProblems,
} from './annotation-draft';

export interface AnnotationFormProps {
  /** The note being edited, or null to add one. */
  editing: { id: string; draft: AnnotationDraft } | null;
  /** Focus the form's heading when it appears (an edit began, or just ended). */
  focusHeading: boolean;
  metrics: readonly { code: string; label: string }[];
  busy: boolean;
  error: unknown;
  /** Resolves true when the server stored it (the form then empties). */
  onSave: (variables: Extract<AnnotationCheck, { ok: true }>['variables']) => Promise<boolean>;
  onCancel: () => void;
}

/** Add a note, or edit one: period, series and text, checked as the API checks them. */
export function AnnotationForm({
  editing,
  focusHeading,
  metrics,
  busy,
  error,
  onSave,
  onCancel,
}: AnnotationFormProps) {
  const { t } = useTranslation('releases');
  const id = useId();
  const format = useFormat();
  const [draft, setDraft] = useState<AnnotationDraft>(
    editing?.draft ?? { period: '', metric: '', text: '' },
  );
  const [problems, setProblems] = useState<AnnotationProblems>({});
  const periodInput = useRef<HTMLInputElement>(null);
  const textInput = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Editing starts from a row's button elsewhere on the page: bring the person to the form, and
  // back to it when the edit ends (the button they used is gone).
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  const change = (changes: Partial<AnnotationDraft>) => setDraft((d) => ({ ...d, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAnnotation(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      (checked.problems.period ? periodInput : textInput).current?.focus();
      return;
    }
    setProblems({});
    if (await onSave(checked.variables)) setDraft({ period: '', metric: '', text: '' });
  };

  const textProblem =
    problems.text === 'missing'
      ? t('annotations.textMissing')
      : problems.text === 'tooLong'
        ? t('annotations.textTooLong', { max: format.number(MAX_NOTE_LENGTH) })
        : null;

  return (
    <section className="card annotation-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {editing ? t('annotations.edit') : t('annotations.add')}
      </h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="release-form__row">
          <div className="field">
            <label htmlFor={`${id}-period`}>{t('annotations.period')}</label>
            <input
              id={`${id}-period`}
              ref={periodInput}
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={10}
              value={draft.period}
              aria-invalid={problems.period ? true : undefined}
              aria-describedby={`${id}-period-hint${problems.period ? ` ${id}-period-problem` : ''}`}
              onChange={(event) => change({ period: event.target.value })}
            />
            <p id={`${id}-period-hint`} className="hint">
              {t('annotations.periodHint')}
            </p>
            {problems.period && (
              <p id={`${id}-period-problem`} className="field-issue field-issue--error">
                {t('annotations.periodInvalid')}
              </p>
            )}
          </div>
          <div className="field field--wide">
            <label htmlFor={`${id}-metric`}>{t('annotations.metric')}</label>
            <select
              id={`${id}-metric`}
              value={draft.metric}
              onChange={(event) => change({ metric: event.target.value })}
            >
              <option value="">{t('annotations.allSeries')}</option>
              {metrics.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field field--block">
          <label htmlFor={`${id}-text`}>{t('annotations.text')}</label>
          <textarea
            id={`${id}-text`}
            ref={textInput}
            rows={3}
            value={draft.text}
            aria-invalid={textProblem ? true : undefined}
            aria-describedby={`${id}-text-hint${textProblem ? ` ${id}-text-problem` : ''}`}
            onChange={(event) => change({ text: event.target.value })}
          />
          <p id={`${id}-text-hint`} className="hint">
            {t('annotations.textHint', {
              count: format.number(draft.text.trim().length),
              max: format.number(MAX_NOTE_LENGTH),
            })}
          </p>
          {textProblem && (
            <p id={`${id}-text-problem`} className="field-issue field-issue--error">
              {textProblem}
            </p>
          )}
        </div>
        {Boolean(error) && <ErrorAlert error={error} />}
        <div className="action-bar">
          <button type="submit" className="button button--primary" disabled={busy}>
            {editing ? t('annotations.saveChanges') : t('annotations.save')}
          </button>
          {editing && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('annotations.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
