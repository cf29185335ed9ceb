import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useQuery, skipToken } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { periodStatusesQuery } from '../home/home.documents';
import { firstOpenPeriod, toPeriodRows } from '../home/period-rows';
import { Icon } from '../shared/icon';
import { QueryError } from '../shared/query-error';
import { SubmitFrame } from '../shared/submit-frame';
import { useFormat } from '../shared/use-format';
import { useOrganization } from '../shared/use-organization';
import { CsvInput } from './csv-input';
import { previewCsv } from './csv-preview';
import { CsvPreviewTable } from './csv-preview-table';
import { toHighlights } from './report-highlights';
import { ReportView, reportTitle } from './report-view';
import { useCsvUpload } from './use-csv-upload';

/** Upload a CSV file: check it, see every error at its line and column, fix, and submit. */
export function UploadPage() {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const id = useId();
  const choice = useOrganization();
  const organization = choice.organization;
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [attributed, setAttributed] = useState(false);
  const upload = useCsvUpload(organization?.id ?? '');
  const heading = useRef<HTMLHeadingElement>(null);

  const { data: statuses } = useQuery(
    periodStatusesQuery,
    organization ? { variables: { organizationId: organization.id, count: 12 } } : skipToken,
  );
  const openPeriod = useMemo(
    () => firstOpenPeriod(toPeriodRows(statuses?.periodStatuses, '')),
    [statuses],
  );

  const result = upload.result;
  const preview = useMemo(() => previewCsv(text), [text]);
  // Against the text as it is now: after a small fix in place, the lines still match.
  const highlights = useMemo(
    () => toHighlights(result?.report ?? null, preview),
    [result, preview],
  );

  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  const kind = organization?.kind === 'company' ? 'company' : 'hotline';
  const empty = text.trim() === '';
  const announcement = upload.busy
    ? t('upload.busy')
    : result
      ? reportTitle(t, result.report, result.dryRun)
      : '';

  return (
    <SubmitFrame choice={choice} title={t('upload.title')} lead={t('upload.lead')}>
      {!choice.canSubmit ? (
        <p className="message">{t('organization.cannotSubmit')}</p>
      ) : (
        <div className="upload">
          <section className="card" aria-labelledby={`${id}-file-title`}>
            <h2 id={`${id}-file-title`}>{t('upload.fileTitle')}</h2>
            <p className="hint">
              {t('upload.templateHint')}{' '}
              <a
                href={`/api/templates/${kind}${openPeriod ? `?period=${openPeriod}` : ''}`}
                download
              >
                <Icon name="download" />
                {openPeriod
                  ? t('upload.templateFor', { period: format.period(openPeriod) })
                  : t(`home.template.${kind}`)}
              </a>
            </p>
            <CsvInput
              text={text}
              fileName={fileName}
              onChange={(next, name) => {
                setText(next);
                setFileName(name);
              }}
            />
            <div className="checkbox">
              <input
                id={`${id}-attributed`}
                type="checkbox"
                checked={attributed}
                onChange={(event) => setAttributed(event.target.checked)}
                aria-describedby={`${id}-attributed-hint`}
              />
              <label htmlFor={`${id}-attributed`}>{t('attributed.label')}</label>
              <p id={`${id}-attributed-hint`} className="hint">
                {t('attributed.hint', { name: organization?.name ?? '' })}
              </p>
            </div>
            <div className="action-bar">
              <button
                type="button"
                className="button button--secondary"
                disabled={empty || upload.busy}
                onClick={() => void upload.send({ text, attributed, dryRun: true })}
              >
                {t('upload.check')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={empty || upload.busy}
                onClick={() => void upload.send({ text, attributed, dryRun: false })}
              >
                {t('upload.submit')}
              </button>
              <p className="hint">{t('upload.submitHint')}</p>
            </div>
          </section>

          <div className="visually-hidden" aria-live="polite">
            {announcement}
          </div>
          {upload.failure !== null && <QueryError error={upload.failure} />}
          {result && (
            <ReportView
              report={result.report}
              dryRun={result.dryRun}
              highlights={highlights}
              stale={result.text !== text}
              headingRef={heading}
            />
          )}
          {preview.header && (
            <section className="card" aria-labelledby={`${id}-preview-title`}>
              <h2 id={`${id}-preview-title`}>{t('upload.preview.title')}</h2>
              <CsvPreviewTable preview={preview} highlights={highlights} />
            </section>
          )}
        </div>
      )}
    </SubmitFrame>
  );
}
