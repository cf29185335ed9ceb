import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/icon';
import { useIssueLabel } from '../shared/issue-label';
import { useFormat } from '../shared/use-format';
import type { CsvPreview } from './csv-preview';
import { cellId, cellKey, rowId, type Highlights, type Mark } from './report-highlights';

function Flag({ mark }: { mark: Mark | undefined }) {
  const { t } = useTranslation('submissions');
  const label = useIssueLabel();
  if (!mark) return null;
  return (
    <span className="visually-hidden">
      {' '}
      ({t(`upload.preview.${mark.severity}`)}: {mark.codes.map(label).join(', ')})
    </span>
  );
}

/** The file as a table, line by line, with the rows and cells the report names marked. */
export function CsvPreviewTable({
  preview,
  highlights,
}: {
  preview: CsvPreview;
  highlights: Highlights;
}) {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const header = preview.header;
  if (!header) return null;
  const headerMark = highlights.rows.get(header.line);
  const width = Math.max(header.cells.length, ...preview.rows.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => i);

  const cell = (line: number, column: number, text: string, heading = false) => {
    const mark = highlights.cells.get(cellKey(line, column));
    const props = {
      id: mark ? cellId(line, column) : undefined,
      tabIndex: mark ? -1 : undefined,
      className: mark ? `cell--${mark.severity}` : undefined,
    };
    const content = (
      <>
        {text === '' ? (
          <span className="muted" aria-hidden="true">
            ·
          </span>
        ) : (
          text
        )}
        <Flag mark={mark} />
      </>
    );
    return heading ? (
      <th key={column} scope="col" {...props}>
        {content}
      </th>
    ) : (
      <td key={column} {...props}>
        {content}
      </td>
    );
  };

  const lineHeader = (line: number, mark: Mark | undefined) => (
    <th scope="row" className="line-number">
      {mark && <Icon name={mark.severity === 'error' ? 'cross' : 'alert'} />}
      {format.number(line)}
      <Flag mark={mark} />
    </th>
  );

  return (
    <div className="csv-preview">
      <div
        className="csv-preview__scroll"
        tabIndex={0}
        role="region"
        aria-labelledby="csv-preview-caption"
      >
        <table className="table table--compact">
          <caption id="csv-preview-caption">{t('upload.preview.caption')}</caption>
          <thead>
            <tr
              id={headerMark ? rowId(header.line) : undefined}
              className={headerMark ? `row--${headerMark.severity}` : undefined}
            >
              <th scope="col" className="line-number">
                {t('upload.preview.line')}
              </th>
              {columns.map((i) => cell(header.line, i, header.cells[i] ?? '', true))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              const mark = highlights.rows.get(row.line);
              return (
                <tr
                  key={row.line}
                  id={mark ? rowId(row.line) : undefined}
                  tabIndex={mark ? -1 : undefined}
                  className={mark ? `row--${mark.severity}` : undefined}
                  data-line={row.line}
                >
                  {lineHeader(row.line, mark)}
                  {columns.map((i) => cell(row.line, i, row.cells[i] ?? ''))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.totalRows > preview.rows.length && (
        <p className="hint">
          {t('upload.preview.truncated', {
            shown: format.number(preview.rows.length),
            total: format.number(preview.totalRows),
          })}
        </p>
      )}
    </div>
  );
}
