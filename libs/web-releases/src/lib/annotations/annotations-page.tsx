import { useId, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AnnotationLogQuery } from '@candor/web-graphql';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { ErrorAlert } from '../shared/error-alert';
import { ReleaseFrame } from '../shared/release-frame';
import { AnnotationForm } from './annotation-form';
import { AnnotationsTable } from './annotations-table';
import {
  addAnnotationMutation,
  annotationLogQuery,
  deleteAnnotationMutation,
  updateAnnotationMutation,
} from './annotations.documents';

type Annotation = AnnotationLogQuery['annotations'][number];

/** `/review/annotations`: the public annotation log, to add, correct and delete notes. */
export function AnnotationsPage() {
  const { t } = useTranslation('releases');
  const id = useId();
  const { data, loading, error } = useQuery(annotationLogQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const refetch = { refetchQueries: ['AnnotationLog'] };
  const [add, adding] = useMutation(addAnnotationMutation, refetch);
  const [update, updating] = useMutation(updateAnnotationMutation, refetch);
  const [remove, removing] = useMutation(deleteAnnotationMutation, refetch);
  const [editing, setEditing] = useState<Annotation | null>(null);
  const [deleting, setDeleting] = useState<Annotation | null>(null);
  const [notice, setNotice] = useState('');
  const [editEnded, setEditEnded] = useState(false);
  const startEdit = (annotation: Annotation) => {
    setEditing(annotation);
    setEditEnded(false);
  };
  const endEdit = () => {
    setEditing(null);
    setEditEnded(true);
  };
  const metrics = useMemo(() => data?.metrics ?? [], [data]);
  const labels = useMemo(() => new Map(metrics.map((m) => [m.code, m.label])), [metrics]);
  const annotations = data?.annotations ?? [];

  const save = async (variables: { period: string; text: string; metric: string | null }) => {
    try {
      if (editing) {
        await update({ variables: { id: editing.id, ...variables } });
        endEdit();
        setNotice(t('annotations.saved'));
      } else {
        await add({ variables });
        setNotice(t('annotations.added'));
      }
      return true;
    } catch {
      return false; // Shown in the form from the mutation's error.
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id } });
      if (editing?.id === deleting.id) endEdit();
      setNotice(t('annotations.deleted'));
    } catch {
      // Shown above the table from the mutation's error.
    }
    setDeleting(null);
  };

  return (
    <ReleaseFrame title={t('annotations.title')} lead={t('annotations.lead')}>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      <AnnotationForm
        // A new key starts the form afresh for each note edited (and after an edit ends).
        key={editing?.id ?? 'new'}
        focusHeading={Boolean(editing) || editEnded}
        editing={
          editing
            ? {
                id: editing.id,
                draft: { period: editing.period, metric: editing.metric ?? '', text: editing.text },
              }
            : null
        }
        metrics={metrics}
        busy={adding.loading || updating.loading}
        error={editing ? updating.error : adding.error}
        onSave={save}
        onCancel={endEdit}
      />
      <section className="card" aria-labelledby={`${id}-notes`} aria-busy={loading}>
        <h2 id={`${id}-notes`}>{t('annotations.tableTitle')}</h2>
        {removing.error && <ErrorAlert error={removing.error} />}
        {error && !data ? (
          <ErrorAlert error={error} />
        ) : loading && !data ? (
          <p className="loading" role="status">
            {t('loading')}
          </p>
        ) : annotations.length === 0 ? (
          <p className="muted">{t('annotations.empty')}</p>
        ) : (
          <AnnotationsTable
            annotations={annotations}
            metricLabel={(code) => labels.get(code) ?? code}
            onEdit={startEdit}
            onDelete={setDeleting}
          />
        )}
      </section>
      {deleting && (
        <ConfirmDialog
          title={t('annotations.deleteTitle')}
          body={t('annotations.deleteBody')}
          confirm={t('annotations.deleteConfirm')}
          cancel={t('annotations.deleteCancel')}
          tone="danger"
          busy={removing.loading}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(null)}
        />
      )}
    </ReleaseFrame>
  );
}
