import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import { languageSearch } from './links';

const TABS = [
  { to: '/review', label: 'queue', end: true },
  { to: '/review/releases', label: 'releases', end: false },
  { to: '/review/annotations', label: 'annotations', end: true },
] as const;

/** The frame of the release pages: title, lead and tabs between the reviewer's pages. */
export function ReleaseFrame({
  title,
  lead,
  eyebrow,
  children,
}: {
  title: string;
  lead?: ReactNode;
  eyebrow?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('releases');
  const [search] = useSearchParams();
  return (
    <>
      <title>{`${title} · Candor`}</title>
      <header className="page-header page-header--wide">
        <p className="eyebrow">{eyebrow ?? t('eyebrow')}</p>
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
      </header>
      <nav className="sub-nav" aria-label={t('nav.label')}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab.to}>
              <NavLink to={{ pathname: tab.to, search: languageSearch(search) }} end={tab.end}>
                {t(`nav.${tab.label}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
