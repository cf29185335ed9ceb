import type { OrganizationKind, Role } from '@candor/db';

export interface PrincipalMembership {
  organizationId: string;
  organizationKind: OrganizationKind;
  role: Role;
}

/** Who is calling: a signed-in account, or an API key acting for one organization. */
export interface Principal {
  kind: 'account' | 'api-key';
  accountId: string | null;
  apiKeyId: string | null;
  /** For logs and the audit trail: an e-mail or an API key prefix. */
  label: string;
  memberships: PrincipalMembership[];
}

export type NetworkRole = 'reviewer' | 'admin';

/** Reviewers and admins of a network organization act across all organizations. */
export function hasNetworkRole(principal: Principal, roles: readonly NetworkRole[]): boolean {
  return principal.memberships.some(
    (m) => m.organizationKind === 'network' && (roles as readonly string[]).includes(m.role),
  );
}

/** The principal's role in one organization (admins may do what submitters do). */
export function hasOrganizationRole(
  principal: Principal,
  organizationId: string,
  roles: readonly Role[],
): boolean {
  return principal.memberships.some(
    (m) => m.organizationId === organizationId && roles.includes(m.role),
  );
}

export function actorOf(principal: Principal) {
  return { accountId: principal.accountId, apiKeyId: principal.apiKeyId, label: principal.label };
}
