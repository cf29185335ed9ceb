import type { Ref } from 'react';
import type { PeriodProblem } from './period-range';

export interface PeriodFieldProps {
  id: string;
  label: string;
  value: string;
  problem: PeriodProblem | undefined;
  /** The sentences of the field, in the caller's namespace. */
  words: { hint: string; missing: string; invalid: string; order: string };
  inputRef?: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
}

/** A period code input with its format hint, and its problem linked for screen readers. */
export function PeriodField({
  id,
  label,
  value,
  problem,
  words,
  inputRef,
  onChange,
}: PeriodFieldProps) {
  const message = problem ? words[problem] : null;
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
        {words.hint}
      </p>
      {message && (
        <p id={`${id}-problem`} className="field-issue field-issue--error">
          {message}
        </p>
      )}
    </div>
  );
}
