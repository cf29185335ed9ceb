import { useId, useMemo, useState } from 'react';
import type { Words } from '../i18n';
import type { PublicFormat } from '../shared/format';
import type { CellNames } from '../shared/names';
import { usePublicText } from '../shared/use-public-text';
import { changeReasonWords, describeChange } from './change-words';
import { countReasons, groupChanges, type ChangeGroup, type ChangeRow } from './changes';
import type { ListedRelease } from './previous-release';

/** Changes shown per metric before "show all": long changelogs stay readable. */
export const FIRST_CHANGES = 10;

export interface ChangesSectionProps {
  rows: readonly ChangeRow[];
  previous: ListedRelease | null;
  names: CellNames;
  metricOrder: readonly string[];
  titleId: string;
}

/** What changed against the previous version, in words, grouped by metric, with why. */
export function ChangesSection({
  rows,
  previous,
  names,
  metricOrder,
  titleId,
}: ChangesSectionProps) {
  const { t, words, format } = usePublicText();
  const groups = useMemo(() => groupChanges(rows, metricOrder), [rows, metricOrder]);
  const reasons = useMemo(() => countReasons(rows), [rows]);

  return (
    <section className="card release-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('detail.changes.title')}</h2>
      {!previous && rows.length === 0 ? (
        <p>{t('detail.changes.first')}</p>
      ) : (
        <>
          <p>
            {previous
              ? t('detail.changes.compared', {
                  version: previous.version,
                  title: previous.title,
                  date: previous.publishedAt ? format.date(previous.publishedAt) : '—',
                })
              : t('detail.changes.comparedUnknown')}{' '}
            <strong className="changes-count">
              {rows.length === 0
                ? t('detail.changes.none')
                : t('detail.changes.count', { count: rows.length })}
            </strong>
          </p>
          {reasons.length > 0 && (
            <div className="table-wrap">
              <table className="table table--compact reasons-table">
                <caption>{t('detail.changes.byReasonCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('detail.changes.reason')}</th>
                    <th scope="col" className="number">
                      {t('detail.changes.figures')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {reasons.map(({ reason, count }) => (
                    <tr key={reason}>
                      <th scope="row">{changeReasonWords(reason, words)}</th>
                      <td className="number">{format.number(count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {groups.map((group) => (
            <ChangeGroupList
              key={group.metric}
              group={group}
              names={names}
              words={words}
              format={format}
            />
          ))}
        </>
      )}
    </section>
  );
}

function ChangeGroupList({
  group,
  names,
  words,
  format,
}: {
  group: ChangeGroup;
  names: CellNames;
  words: Words;
  format: PublicFormat;
}) {
  const { t } = usePublicText();
  const id = useId();
  const [all, setAll] = useState(false);
  const shown = all ? group.rows : group.rows.slice(0, FIRST_CHANGES);
  const hidden = group.rows.length - FIRST_CHANGES;
  const metric = names.metric(group.metric);
  return (
    <section className="change-group" aria-labelledby={`${id}-title`} data-metric={group.metric}>
      <h3 id={`${id}-title`}>
        <span lang="en">{metric}</span>{' '}
        <span className="tag">{t('detail.changes.group', { count: group.rows.length })}</span>
      </h3>
      <ul id={`${id}-list`} className="change-list">
        {shown.map((row) => (
          <li key={row.key}>{describeChange(row, words, format, names)}</li>
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-expanded={all}
          aria-controls={`${id}-list`}
          onClick={() => setAll((value) => !value)}
        >
          {all
            ? t('detail.changes.showFewer', { metric })
            : t('detail.changes.showAll', { count: hidden, metric })}
        </button>
      )}
    </section>
  );
}
