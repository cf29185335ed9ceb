import type { ApiKeyFieldsFragment } from '@candor/web-graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shared/use-format';

/** The organization's keys: name, visible prefix, when created and last used, revoked or not. */
export function KeysTable({
  keys,
  onRevoke,
}: {
  keys: readonly ApiKeyFieldsFragment[];
  onRevoke: (key: ApiKeyFieldsFragment) => void;
}) {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table keys">
        <caption>{t('keys.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('keys.list.name')}</th>
            <th scope="col">{t('keys.list.prefix')}</th>
            <th scope="col">{t('keys.list.created')}</th>
            <th scope="col">{t('keys.list.lastUsed')}</th>
            <th scope="col">{t('keys.list.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('home.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className={key.revokedAt ? 'row--revoked' : undefined}>
              <th scope="row">{key.name}</th>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{format.dateTime(key.createdAt)}</td>
              <td>{key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('keys.list.never')}</td>
              <td>
                {key.revokedAt ? (
                  <span className="badge badge--rejected">
                    {t('keys.list.revokedOn', { date: format.date(key.revokedAt) })}
                  </span>
                ) : (
                  <span className="badge badge--accepted">{t('keys.list.active')}</span>
                )}
              </td>
              <td>
                {!key.revokedAt && (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => onRevoke(key)}
                  >
                    {t('keys.list.revoke')}
                    <span className="visually-hidden"> · {key.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
