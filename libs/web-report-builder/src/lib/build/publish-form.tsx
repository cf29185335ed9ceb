import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { BuilderReportFragment } from '@candor/web-graphql';
import { ErrorAlert } from '../shared/error-alert';
import { publishReportMutation } from '../report-builder.documents';
import { CHANGE_NOTE_MAX, publishState, type PreviewFacts } from './publish-state';

export interface PublishFormProps {
  releaseId: string;
  scope: string;
  language: string;
  preview: PreviewFacts;
  needsApproval: boolean;
  releaseReady: boolean;
  onPublished: (report: BuilderReportFragment) => void;
}

/** "What changed and why" when the report is a new version, and the Publish button. */
export function PublishForm({
  releaseId,
  scope,
  language,
  preview,
  needsApproval,
  releaseReady,
  onPublished,
}: PublishFormProps) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const [changeNote, setChangeNote] = useState('');
  const [publish, { loading, error }] = useMutation(publishReportMutation, {
    refetchQueries: ['ReportPreview', 'ReportsAwaitingApproval', 'ReportReleases'],
  });
  const state = publishState({
    preview,
    needsApproval,
    releaseReady,
    changeNote,
    running: loading,
  });
  // Nothing to say about a report that exists: the preview says it above the form.
  if (state.block === 'published' || state.block === 'awaiting') return null;

  const submit = async () => {
    if (state.disabled) return;
    const note = changeNote.trim();
    try {
      const { data } = await publish({
        variables: {
          input: { releaseId, scope, language, ...(note ? { changeNote: note } : {}) },
        },
      });
      if (data) onPublished(data.publishReport);
    } catch {
      // Shown below from the mutation's error.
    }
  };

  const blockText =
    state.block && state.block !== 'running'
      ? t(`publish.block.${state.block}`, { max: CHANGE_NOTE_MAX })
      : null;
  return (
    <form
      className="report-builder__publish"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {state.needsChangeNote && (
        <div className="field field--block">
          <label htmlFor={`${id}-note`}>{t('publish.changeNote')}</label>
          <textarea
            id={`${id}-note`}
            rows={4}
            required
            value={changeNote}
            aria-required="true"
            aria-invalid={state.block === 'changeNoteTooLong' ? true : undefined}
            aria-describedby={`${id}-note-hint`}
            onChange={(event) => setChangeNote(event.target.value)}
          />
          <p id={`${id}-note-hint`} className="hint">
            {t('publish.changeNoteHint', { max: CHANGE_NOTE_MAX })}
          </p>
        </div>
      )}
      <p id={`${id}-hint`} className="hint">
        {state.action === 'submit' ? t('publish.submitHint') : t('publish.publishHint')}
      </p>
      {error && <ErrorAlert error={error} />}
      <div className="action-bar">
        <button
          type="submit"
          className="button button--primary"
          disabled={state.disabled}
          aria-describedby={`${id}-hint${blockText ? ` ${id}-block` : ''}`}
        >
          {loading ? t('publish.running') : t(`publish.${state.action}`)}
        </button>
        {blockText && (
          <p id={`${id}-block`} className="hint">
            {blockText}
          </p>
        )}
      </div>
    </form>
  );
}
