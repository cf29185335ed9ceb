import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, skipToken } from '@apollo/client/react';
import type { ApiKeyFieldsFragment } from '@candor/web-graphql';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../shared/query-error';
import { SubmitFrame } from '../shared/submit-frame';
import { useOrganization } from '../shared/use-organization';
import { curlExample } from './curl-example';
import { apiKeysQuery, createApiKeyMutation, revokeApiKeyMutation } from './keys.documents';
import { KeysTable } from './keys-table';
import { NewKeyPanel } from './new-key-panel';
import { RevokeDialog } from './revoke-dialog';

/** API keys of the organization, for its admins: create (shown once), list, revoke. */
export function KeysPage() {
  const { t } = useTranslation('submissions');
  const id = useId();
  const choice = useOrganization();
  const organization = choice.organization;
  const allowed = Boolean(organization && choice.isAdmin);
  const { data, loading, error } = useQuery(
    apiKeysQuery,
    organization && allowed
      ? { variables: { organizationId: organization.id }, fetchPolicy: 'cache-and-network' }
      : skipToken,
  );
  const [create, creation] = useMutation(createApiKeyMutation, { refetchQueries: ['ApiKeys'] });
  const [revoke, revocation] = useMutation(revokeApiKeyMutation);
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!organization) return;
    const trimmed = name.trim();
    setNameMissing(!trimmed);
    if (!trimmed) return;
    try {
      const result = await create({
        variables: { organizationId: organization.id, name: trimmed },
      });
      const made = result.data?.createApiKey;
      if (made) {
        setCreated({ name: made.apiKey.name, secret: made.key });
        setName('');
      }
    } catch {
      // Shown below from the mutation's error.
    }
  };

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revoke({ variables: { id: revoking.id } });
      setRevoked(revoking.name);
    } catch {
      // Shown below from the mutation's error.
    }
    setRevoking(null);
  };

  const keys = data?.apiKeys ?? [];
  const active = keys.find((k) => !k.revokedAt);
  const example = organization
    ? curlExample({
        origin: window.location.origin,
        organizationId: organization.id,
        key: created?.secret ?? null,
        prefix: active?.prefix,
      })
    : '';

  return (
    <SubmitFrame choice={choice} title={t('keys.title')} lead={t('keys.lead')}>
      {!allowed ? (
        <p className="message">{t('keys.adminsOnly', { name: organization?.name ?? '' })}</p>
      ) : (
        <>
          {created && (
            <NewKeyPanel
              name={created.name}
              secret={created.secret}
              onDone={() => setCreated(null)}
            />
          )}
          <div className="visually-hidden" aria-live="polite">
            {revoked ? t('keys.revoke.done', { name: revoked }) : ''}
          </div>
          <section className="card" aria-labelledby={`${id}-create`}>
            <h2 id={`${id}-create`}>{t('keys.create.title')}</h2>
            <form className="inline-form" noValidate onSubmit={(event) => void submit(event)}>
              <div className="field field--wide">
                <label htmlFor={`${id}-name`}>{t('keys.create.name')}</label>
                <input
                  id={`${id}-name`}
                  type="text"
                  value={name}
                  maxLength={100}
                  aria-invalid={nameMissing || undefined}
                  aria-describedby={`${id}-name-hint`}
                  onChange={(event) => setName(event.target.value)}
                />
                <p
                  id={`${id}-name-hint`}
                  className={nameMissing ? 'field-issue field-issue--error' : 'hint'}
                >
                  {nameMissing ? t('keys.create.nameMissing') : t('keys.create.nameHint')}
                </p>
              </div>
              <button type="submit" className="button button--primary" disabled={creation.loading}>
                {t('keys.create.submit')}
              </button>
            </form>
            {creation.error && <QueryError error={creation.error} />}
          </section>
          <section className="card" aria-busy={loading}>
            {revocation.error && <QueryError error={revocation.error} />}
            {error && !data ? (
              <QueryError error={error} />
            ) : loading && !data ? (
              <p className="loading" role="status">
                {t('loading')}
              </p>
            ) : keys.length === 0 ? (
              <p className="muted">{t('keys.list.empty')}</p>
            ) : (
              <KeysTable keys={keys} onRevoke={setRevoking} />
            )}
          </section>
          <section className="card" aria-labelledby={`${id}-curl`}>
            <h2 id={`${id}-curl`}>{t('keys.curl.title')}</h2>
            <p>{t('keys.curl.body')}</p>
            <pre className="code-block" tabIndex={0} aria-label={t('keys.curl.title')}>
              <code>{example}</code>
            </pre>
            <p className="hint">{t('keys.curl.hint')}</p>
          </section>
          {revoking && (
            <RevokeDialog
              name={revoking.name}
              prefix={revoking.prefix}
              busy={revocation.loading}
              onConfirm={() => void confirmRevoke()}
              onCancel={() => setRevoking(null)}
            />
          )}
        </>
      )}
    </SubmitFrame>
  );
}
