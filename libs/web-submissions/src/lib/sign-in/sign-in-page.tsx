import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { homeOf, safeRedirect } from '../session/access';
import { useSession, useSignIn, useSignOut } from '../session/use-session';
import type { ErrorKind } from '../shared/graphql-error';
import { keptSearch } from '../shared/links';

type Failure = ErrorKind | 'MISSING';

const MESSAGES: Partial<Record<Failure, 'missing' | 'invalid' | 'rateLimited' | 'network'>> = {
  MISSING: 'missing',
  INVALID_CREDENTIALS: 'invalid',
  RATE_LIMITED: 'rateLimited',
  NETWORK: 'network',
};

/** Sign in with e-mail and password, then go back to the page that asked for it. */
export function SignInPage() {
  const { t } = useTranslation('submissions');
  const id = useId();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { access, loading } = useSession();
  const signIn = useSignIn();
  const signOut = useSignOut();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  const next = search.get('next');
  const lang = keptSearch(search, { org: null });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!email.trim() || !password) {
      setFailure('MISSING');
      alert.current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await signIn(email.trim(), password);
    setBusy(false);
    if (result.ok) {
      void navigate(safeRedirect(next, `${homeOf(result.access)}${lang}`), { replace: true });
    } else {
      setFailure(result.error);
      setPassword('');
      alert.current?.focus();
    }
  };

  const message = failure ? t(`signIn.error.${MESSAGES[failure] ?? 'unknown'}`) : null;
  const invalid = failure === 'INVALID_CREDENTIALS' || failure === 'MISSING' || undefined;

  return (
    <>
      <title>{`${t('signIn.title')} · Candor`}</title>
      <div className="sign-in">
        <header className="page-header">
          <p className="eyebrow">{t('signIn.eyebrow')}</p>
          <h1>{t('signIn.title')}</h1>
          <p className="lead">{t('signIn.lead')}</p>
        </header>
        {!loading && access.signedIn ? (
          <section className="card">
            <p>{t('signIn.already', { name: access.name })}</p>
            <div className="action-bar">
              <Link
                className="button button--primary"
                to={safeRedirect(next, `${homeOf(access)}${lang}`)}
              >
                {t('signIn.continue')}
              </Link>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void signOut(`/sign-in${lang}`)}
              >
                {t('signIn.signOut')}
              </button>
            </div>
          </section>
        ) : (
          <form className="card sign-in__form" noValidate onSubmit={(event) => void submit(event)}>
            {next && !failure && <p className="note">{t('signIn.needed')}</p>}
            <p
              ref={alert}
              tabIndex={-1}
              className={message ? 'message message--error' : 'visually-hidden'}
              role="alert"
              id={`${id}-error`}
            >
              {message}
            </p>
            <div className="field field--block">
              <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
              <input
                id={`${id}-email`}
                type="email"
                autoComplete="username"
                required
                value={email}
                aria-invalid={invalid}
                aria-describedby={message ? `${id}-error` : undefined}
                onChange={(event) => setEmail(event.target.value)}
              />
            </div>
            <div className="field field--block">
              <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
              <input
                id={`${id}-password`}
                type="password"
                autoComplete="current-password"
                required
                value={password}
                aria-invalid={invalid}
                aria-describedby={message ? `${id}-error` : undefined}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            <button type="submit" className="button button--primary button--block" disabled={busy}>
              {busy ? t('signIn.busy') : t('signIn.submit')}
            </button>
            <p className="hint">{t('signIn.help')}</p>
          </form>
        )}
      </div>
    </>
  );
}
