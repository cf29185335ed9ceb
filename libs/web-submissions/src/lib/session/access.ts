import type { SessionViewerFragment } from '@candor/web-graphql';

export type Viewer = SessionViewerFragment;
export type SessionOrganization = NonNullable<
  Viewer['account']
>['memberships'][number]['organization'];

/** What the signed-in person may do, as the navigation and the route guards need it. */
export interface Access {
  signedIn: boolean;
  /** The account's name, else the e-mail or key prefix; empty when signed out. */
  name: string;
  /** Hotlines and companies the account belongs to, by name: their submitter pages are open. */
  organizations: SessionOrganization[];
  /** Of those, the ones the account may submit for (submitter or admin). */
  submitterOf: string[];
  /** Of those, the ones the account administers (API keys). */
  adminOf: string[];
  /** Network reviewer or admin: the review queue is open. */
  networkStaff: boolean;
}

const SIGNED_OUT: Access = {
  signedIn: false,
  name: '',
  organizations: [],
  submitterOf: [],
  adminOf: [],
  networkStaff: false,
};

const byName = (a: SessionOrganization, b: SessionOrganization) =>
  a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);

/** The access of a viewer (`me`); null or undefined means signed out. */
export function accessOf(viewer: Viewer | null | undefined): Access {
  if (!viewer) return SIGNED_OUT;
  const memberships = (viewer.account?.memberships ?? []).filter(
    (m) => m.organization.kind === 'hotline' || m.organization.kind === 'company',
  );
  const organizations = new Map<string, SessionOrganization>();
  for (const m of memberships) organizations.set(m.organization.id, m.organization);
  const withRole = (roles: readonly string[]) => [
    ...new Set(memberships.filter((m) => roles.includes(m.role)).map((m) => m.organization.id)),
  ];
  return {
    signedIn: true,
    name: viewer.account?.displayName || viewer.label,
    organizations: [...organizations.values()].sort(byName),
    submitterOf: withRole(['submitter', 'admin']),
    adminOf: withRole(['admin']),
    networkStaff: viewer.networkStaff,
  };
}

/**
 * What a route needs: a member of a hotline or company, network staff, or someone who prepares
 * transparency reports (network staff, or an admin of a hotline or company for its own figures).
 */
export type Need = 'member' | 'staff' | 'reporter';

export function allows(access: Access, need: Need): boolean {
  if (need === 'member') return access.organizations.length > 0;
  if (need === 'reporter') return access.networkStaff || access.adminOf.length > 0;
  return access.networkStaff;
}

/**
 * The page to return to after signing in: a path of this app (`/submit?lang=fr`), never another
 * site (`//evil.example`, `https://…`) nor the sign-in page itself.
 */
export function safeRedirect(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  if (/^\/sign-in(?:[/?#]|$)/.test(next)) return fallback;
  return next;
}

/** Where a signed-in person lands when no page asked for the sign-in. */
export function homeOf(access: Access): string {
  if (access.organizations.length > 0) return '/submit';
  if (access.networkStaff) return '/review';
  return '/';
}
