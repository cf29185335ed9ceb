import { useId, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../shared/query-error';
import { reviewSubmissionMutation } from './review.documents';

type Decision = 'accept' | 'reject';

export interface DecisionFormProps {
  submissionId: string;
  version: number;
  onDecided: (status: string) => void;
}

/** Accept a version, or reject it with a reason the submitter will read. */
export function DecisionForm({ submissionId, version, onDecided }: DecisionFormProps) {
  const { t } = useTranslation('submissions');
  const id = useId();
  const [decision, setDecision] = useState<Decision>('accept');
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const reason = useRef<HTMLTextAreaElement>(null);
  const [review, { loading, error }] = useMutation(reviewSubmissionMutation, {
    refetchQueries: ['ReviewQueue'],
  });

  const submit = async () => {
    const text = note.trim();
    if (decision === 'reject' && !text) {
      setMissingReason(true);
      reason.current?.focus();
      return;
    }
    setMissingReason(false);
    try {
      const { data } = await review({
        variables: { id: submissionId, decision, note: text || null },
      });
      if (data) onDecided(data.reviewSubmission.status);
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <form
      className="decision card"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-title`}>{t('review.decision.title')}</h2>
      <fieldset className="choice">
        <legend className="visually-hidden">{t('review.decision.title')}</legend>
        {(['accept', 'reject'] as const).map((value) => (
          <div key={value} className="choice__option">
            <input
              id={`${id}-${value}`}
              type="radio"
              name={`${id}-decision`}
              value={value}
              checked={decision === value}
              onChange={() => setDecision(value)}
              aria-describedby={`${id}-${value}-hint`}
            />
            <label htmlFor={`${id}-${value}`}>{t(`review.decision.${value}`)}</label>
            <p id={`${id}-${value}-hint`} className="hint">
              {t(`review.decision.${value}Hint`)}
            </p>
          </div>
        ))}
      </fieldset>
      {decision === 'reject' && (
        <div className="field field--block">
          <label htmlFor={`${id}-note`}>{t('review.decision.reason')}</label>
          <textarea
            id={`${id}-note`}
            ref={reason}
            rows={4}
            value={note}
            required
            aria-invalid={missingReason || undefined}
            aria-describedby={`${id}-note-hint${missingReason ? ` ${id}-note-error` : ''}`}
            onChange={(event) => setNote(event.target.value)}
          />
          <p id={`${id}-note-hint`} className="hint">
            {t('review.decision.reasonHint')}
          </p>
          {missingReason && (
            <p id={`${id}-note-error`} className="field-issue field-issue--error" role="alert">
              {t('review.decision.reasonRequired')}
            </p>
          )}
        </div>
      )}
      {error && <QueryError error={error} />}
      <div className="action-bar">
        <button
          type="submit"
          className={`button ${decision === 'reject' ? 'button--danger' : 'button--primary'}`}
          disabled={loading}
        >
          {t(decision === 'accept' ? 'review.decision.doAccept' : 'review.decision.doReject', {
            version,
          })}
        </button>
      </div>
    </form>
  );
}
