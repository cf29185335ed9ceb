import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { SessionOrganization } from '../session/access';
import { useSession } from '../session/use-session';

export interface OrganizationChoice {
  /** The organization the pages are for: `?org=`, else the first by name. */
  organization: SessionOrganization | null;
  organizations: SessionOrganization[];
  /** The account may send figures for it (submitter or admin). */
  canSubmit: boolean;
  /** The account administers it (API keys). */
  isAdmin: boolean;
  select: (id: string) => void;
}

/** The organization chosen for the submitter pages; the choice lives in the URL (`?org=`). */
export function useOrganization(): OrganizationChoice {
  const { access } = useSession();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('org');
  const organization =
    access.organizations.find((o) => o.id === requested) ?? access.organizations[0] ?? null;
  const select = useCallback(
    (id: string) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('org', id);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return {
    organization,
    organizations: access.organizations,
    canSubmit: organization ? access.submitterOf.includes(organization.id) : false,
    isAdmin: organization ? access.adminOf.includes(organization.id) : false,
    select,
  };
}
