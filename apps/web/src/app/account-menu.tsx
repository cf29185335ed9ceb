import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession, useSignOut } from '@candor/web-submissions';

/** Who is signed in, with a sign-out button; or a sign-in link. */
export function AccountMenu({ keepLanguage }: { keepLanguage: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { access, loading } = useSession();
  const signOut = useSignOut();

  if (loading) return <div className="account" aria-hidden="true" />;
  if (!access.signedIn) {
    return (
      <div className="account">
        {pathname !== '/sign-in' && (
          <Link className="account__sign-in" to={{ pathname: '/sign-in', search: keepLanguage }}>
            {t('account.signIn')}
          </Link>
        )}
      </div>
    );
  }
  return (
    <div className="account">
      <span className="account__name">
        <span className="visually-hidden">{t('account.signedInAs')} </span>
        {access.name}
      </span>
      <button
        type="button"
        className="account__sign-out"
        onClick={() => void signOut(`/${keepLanguage}`)}
      >
        {t('account.signOut')}
      </button>
    </div>
  );
}
