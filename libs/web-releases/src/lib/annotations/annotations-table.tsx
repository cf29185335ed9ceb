import { useTranslation } from 'react-i18next';
import type { AnnotationLogQuery } from '@candor/web-graphql';
import { useFormat } from '../shared/use-format';

type Annotation = AnnotationLogQuery['annotations'][number];

export interface AnnotationsTableProps {
  annotations: readonly Annotation[];
  metricLabel: (code: string) => string;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

/** The notes of the log by period, each with its edit and delete buttons. */
export function AnnotationsTable({
  annotations,
  metricLabel,
  onEdit,
  onDelete,
}: AnnotationsTableProps) {
  const { t } = useTranslation('releases');
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table annotations-table">
        <caption className="visually-hidden">{t('annotations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('annotations.columns.period')}</th>
            <th scope="col">{t('annotations.columns.metric')}</th>
            <th scope="col">{t('annotations.columns.text')}</th>
            <th scope="col">{t('annotations.columns.created')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('annotations.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {annotations.map((a) => {
            const period = format.period(a.period);
            return (
              <tr key={a.id} data-annotation={a.id}>
                <th scope="row">{period}</th>
                <td>{a.metric ? metricLabel(a.metric) : t('annotations.allSeries')}</td>
                <td className="annotation-text">{a.text}</td>
                <td>{format.dateTime(a.createdAt)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onEdit(a)}
                  >
                    {t('annotations.editRow')}
                    <span className="visually-hidden"> · {period}</span>
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => onDelete(a)}
                  >
                    {t('annotations.deleteRow')}
                    <span className="visually-hidden"> · {period}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
