import { useId, useMemo, useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../shared/error-alert';
import { useFormat } from '../shared/use-format';
import { useReleaseLabels } from '../shared/use-labels';
import { CellFiltersForm } from './cell-filters';
import {
  CELL_PAGE_SIZE,
  cellQueryVariables,
  NO_FILTERS,
  pageInfo,
  type CellFilters,
} from './cell-paging';
import { releaseCellFacetsQuery, releaseCellsQuery } from './release.documents';

/** The release's cells, filtered and paged on the server, withheld ones with their reason. */
export function CellsPreview({ releaseId, built }: { releaseId: string; built: boolean }) {
  const { t } = useTranslation('releases');
  const id = useId();
  const format = useFormat();
  const labels = useReleaseLabels();
  const [filters, setFilters] = useState<CellFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const facets = useQuery(
    releaseCellFacetsQuery,
    built ? { variables: { id: releaseId } } : skipToken,
  );
  const cells = useQuery(
    releaseCellsQuery,
    built ? { variables: cellQueryVariables(releaseId, filters, offset) } : skipToken,
  );
  const metricLabels = useMemo(
    () => new Map((facets.data?.metrics ?? []).map((m) => [m.code, m.label])),
    [facets.data],
  );
  const metricLabel = (code: string) => metricLabels.get(code) ?? code;
  const page = (cells.data ?? cells.previousData)?.releaseCells;
  const info = page ? pageInfo(page.total, page.offset, page.cells.length, CELL_PAGE_SIZE) : null;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('detail.cells.title')}</h2>
      <p className="hint">{t('detail.cells.lead')}</p>
      {!built ? (
        <p className="muted">{t('detail.cells.notBuilt')}</p>
      ) : (
        <>
          <CellFiltersForm
            filters={filters}
            metrics={facets.data?.releaseCellFacets.metrics ?? []}
            scopes={facets.data?.releaseCellFacets.scopes ?? []}
            dimensions={facets.data?.releaseCellFacets.dimensions ?? []}
            metricLabel={metricLabel}
            onChange={(next) => {
              setFilters(next);
              setOffset(0);
            }}
          />
          {facets.error && <ErrorAlert error={facets.error} />}
          {cells.error ? (
            <ErrorAlert error={cells.error} />
          ) : !page || !info ? (
            <p className="loading" role="status">
              {t('loading')}
            </p>
          ) : (
            <div aria-busy={cells.loading}>
              <p className="cells-summary" role="status">
                {page.total === 0
                  ? t('detail.cells.none')
                  : t('detail.cells.summary', {
                      first: format.number(info.first),
                      last: format.number(info.last),
                      total: format.number(page.total),
                    })}
              </p>
              {page.cells.length > 0 && (
                <div className="table-wrap">
                  <table className="table table--compact cells-table">
                    <caption className="visually-hidden">{t('detail.cells.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('detail.cells.columns.metric')}</th>
                        <th scope="col">{t('detail.cells.columns.scope')}</th>
                        <th scope="col">{t('detail.cells.columns.period')}</th>
                        <th scope="col">{t('detail.cells.columns.breakdown')}</th>
                        <th scope="col" className="number">
                          {t('detail.cells.columns.value')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {page.cells.map((c) => (
                        <tr
                          key={[c.metric, c.scope, c.period, c.dimension, c.dimensionValue].join(
                            '|',
                          )}
                          data-suppression={c.suppression ?? undefined}
                        >
                          <th scope="row">
                            {metricLabel(c.metric)}
                            <code className="release-meta">{c.metric}</code>
                          </th>
                          <td>{labels.scope(c.scope)}</td>
                          <td>{format.period(c.period)}</td>
                          <td>
                            {c.dimension ? (
                              <>
                                <code>{c.dimension}</code> {c.dimensionValue}
                              </>
                            ) : (
                              t('detail.cells.total')
                            )}
                          </td>
                          <td className="number">
                            {c.suppression ? (
                              <span className="withheld">
                                <strong>{t('detail.cells.withheld')}</strong>
                                <span className="withheld__reason">
                                  {labels.suppression(c.suppression)}
                                </span>
                              </span>
                            ) : c.value !== null ? (
                              format.number(c.value)
                            ) : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {info.pages > 1 && (
                <nav className="pager" aria-label={t('detail.cells.pages')}>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-disabled={info.previousOffset === null}
                    onClick={() => info.previousOffset !== null && setOffset(info.previousOffset)}
                  >
                    {t('detail.cells.previous')}
                  </button>
                  <span className="pager__position">
                    {t('detail.cells.page', {
                      page: format.number(info.page),
                      pages: format.number(info.pages),
                    })}
                  </span>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-disabled={info.nextOffset === null}
                    onClick={() => info.nextOffset !== null && setOffset(info.nextOffset)}
                  >
                    {t('detail.cells.next')}
                  </button>
                </nav>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
