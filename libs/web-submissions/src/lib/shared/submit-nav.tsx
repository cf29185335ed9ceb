import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import { Icon, type IconName } from './icon';
import { keptSearch } from './links';
import type { OrganizationChoice } from './use-organization';

interface Item {
  to: string;
  label: 'home' | 'upload' | 'form' | 'keys';
  icon: IconName;
  end?: boolean;
}

/** Tabs between the submitter pages; API keys only for admins of the organization. */
export function SubmitNav({ choice }: { choice: OrganizationChoice }) {
  const { t } = useTranslation('submissions');
  const [search] = useSearchParams();
  const items: Item[] = [
    { to: '/submit', label: 'home', icon: 'stack', end: true },
    ...(choice.canSubmit
      ? ([
          { to: '/submit/upload', label: 'upload', icon: 'upload' },
          { to: '/submit/form', label: 'form', icon: 'form' },
        ] satisfies Item[])
      : []),
    ...(choice.isAdmin
      ? ([{ to: '/submit/keys', label: 'keys', icon: 'key' }] satisfies Item[])
      : []),
  ];
  return (
    <nav className="sub-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={{ pathname: item.to, search: keptSearch(search) }} end={item.end}>
              <Icon name={item.icon} />
              {t(`nav.${item.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
