import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodProblem } from './org-release-form';

export interface PeriodFieldProps {
  id: string;
  label: string;
  value: string;
  example: string;
  problem: PeriodProblem | undefined;
  /** The sentence for a missing value (first or last period). */
  missing: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
}

/** A period code input with its format hint, and its problem linked for screen readers. */
export function PeriodField({
  id,
  label,
  value,
  example,
  problem,
  missing,
  inputRef,
  onChange,
}: PeriodFieldProps) {
  const { t } = useTranslation('reportBuilder');
  const message =
    problem === 'missing'
      ? missing
      : problem === 'invalid'
        ? t('orgRelease.periodInvalid', { example })
        : problem === 'order'
          ? t('orgRelease.order')
          : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={10}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${message ? ` ${id}-problem` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {t('orgRelease.periodHint', { example })}
      </p>
      {message && (
        <p id={`${id}-problem`} className="field-issue field-issue--error">
          {message}
        </p>
      )}
    </div>
  );
}
