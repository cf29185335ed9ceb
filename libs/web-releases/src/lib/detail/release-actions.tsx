import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { ErrorAlert } from '../shared/error-alert';
import { useFormat } from '../shared/use-format';
import { publishReleaseMutation, withdrawReleaseMutation } from './release.documents';

export interface ReleaseActionsProps {
  id: string;
  title: string;
  status: string;
  cellCount: number;
}

/** Publish a draft (after a confirmation), or withdraw a published release with a reason. */
export function ReleaseActions({ id, title, status, cellCount }: ReleaseActionsProps) {
  const { t } = useTranslation('releases');
  const uid = useId();
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<'published' | 'withdrawn' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const doneMessage = useRef<HTMLParagraphElement>(null);
  const refetch = { refetchQueries: ['AllReleases'] };
  const [publish, publishing] = useMutation(publishReleaseMutation, refetch);
  const [withdraw, withdrawing] = useMutation(withdrawReleaseMutation, refetch);

  // The button that was used is gone: focus the outcome instead.
  useEffect(() => {
    if (done) doneMessage.current?.focus();
  }, [done]);

  const confirmPublish = async () => {
    try {
      await publish({ variables: { id } });
      setDone('published');
    } catch {
      // Shown below from the mutation's error.
    }
    setConfirming(false);
  };

  const submitWithdrawal = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    setReasonMissing(!text);
    if (!text) {
      reasonInput.current?.focus();
      return;
    }
    try {
      await withdraw({ variables: { id, reason: text } });
      setDone('withdrawn');
      setReason('');
    } catch {
      // Shown below from the mutation's error.
    }
  };

  const outcome = done && (
    <p ref={doneMessage} className="message release-outcome" role="status" tabIndex={-1}>
      {t(done === 'published' ? 'detail.publish.done' : 'detail.withdraw.done')}
    </p>
  );

  if (status === 'draft') {
    return (
      <section className="card" aria-labelledby={`${uid}-publish`}>
        <h2 id={`${uid}-publish`}>{t('detail.publish.title')}</h2>
        <p>{t('detail.publish.body')}</p>
        {publishing.error && <ErrorAlert error={publishing.error} />}
        <div className="action-bar">
          <button
            type="button"
            className="button button--primary"
            disabled={publishing.loading}
            onClick={() => setConfirming(true)}
          >
            {t('detail.publish.button')}
          </button>
        </div>
        {confirming && (
          <ConfirmDialog
            title={t('detail.publish.confirmTitle', { title })}
            body={t('detail.publish.confirmBody', { count: format.number(cellCount) })}
            confirm={t('detail.publish.confirm')}
            cancel={t('detail.publish.cancel')}
            busy={publishing.loading}
            onConfirm={() => void confirmPublish()}
            onCancel={() => setConfirming(false)}
          />
        )}
      </section>
    );
  }

  if (status === 'published') {
    return (
      <section className="card" aria-labelledby={`${uid}-withdraw`}>
        <h2 id={`${uid}-withdraw`}>{t('detail.withdraw.title')}</h2>
        {outcome}
        <p>{t('detail.withdraw.body')}</p>
        <form noValidate onSubmit={(event) => void submitWithdrawal(event)}>
          <div className="field field--block">
            <label htmlFor={`${uid}-reason`}>{t('detail.withdraw.reason')}</label>
            <textarea
              id={`${uid}-reason`}
              ref={reasonInput}
              rows={3}
              maxLength={1000}
              required
              value={reason}
              aria-invalid={reasonMissing || undefined}
              aria-describedby={`${uid}-reason-hint${reasonMissing ? ` ${uid}-reason-error` : ''}`}
              onChange={(event) => setReason(event.target.value)}
            />
            <p id={`${uid}-reason-hint`} className="hint">
              {t('detail.withdraw.reasonHint')}
            </p>
            {reasonMissing && (
              <p id={`${uid}-reason-error`} className="field-issue field-issue--error" role="alert">
                {t('detail.withdraw.reasonMissing')}
              </p>
            )}
          </div>
          {withdrawing.error && <ErrorAlert error={withdrawing.error} />}
          <div className="action-bar">
            <button type="submit" className="button button--danger" disabled={withdrawing.loading}>
              {t('detail.withdraw.button')}
            </button>
          </div>
        </form>
      </section>
    );
  }

  return outcome || null;
}
