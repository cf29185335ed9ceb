import type { DefinitionRow } from '../shared/definition-versions';
import { usePublicText } from '../shared/use-public-text';

/** The definition version of each metric a release used, next to today's catalogue. */
export function DefinitionsTable({ rows }: { rows: readonly DefinitionRow[] }) {
  const { t, format } = usePublicText();
  return (
    <div className="table-wrap">
      <table className="table table--compact definitions-table">
        <caption>{t('detail.definitions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('detail.definitions.metric')}</th>
            <th scope="col">{t('detail.definitions.code')}</th>
            <th scope="col" className="number">
              {t('detail.definitions.version')}
            </th>
            <th scope="col">{t('detail.definitions.current')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-metric={row.code}>
              <th scope="row" lang="en">
                {row.label}
              </th>
              <td>
                <code translate="no">{row.code}</code>
              </td>
              <td className="number">{format.number(row.used)}</td>
              <td>
                {row.current === null
                  ? t('detail.definitions.unknown')
                  : row.current === row.used
                    ? t('detail.definitions.same', { version: format.number(row.current) })
                    : t('detail.definitions.newer', { version: format.number(row.current) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
