import { hasNetworkRole, hasOrganizationRole, type Principal } from '@candor/api-auth';
import type { ReleaseStatus } from '@candor/db';

/** What the access rules need to know of a release and of the scope asked for. */
export interface ReportTarget {
  release: { organizationId: string | null; status: ReleaseStatus };
  /** The organization whose own figures the scope shows; null for network-level scopes. */
  scopeOrganizationId: string | null;
}

export type ReportAccess =
  | { allowed: false; reason: string }
  | { allowed: true; publishes: 'published' | 'awaiting_approval' };

const staff = (p: Principal) => hasNetworkRole(p, ['reviewer', 'admin']);
const adminOf = (p: Principal, organizationId: string | null) =>
  organizationId !== null && hasOrganizationRole(p, organizationId, ['admin']);

/**
 * Who may prepare (preview and publish) a report, and whether publishing it needs the
 * organization's approval. Network staff report on network releases at every scope; an
 * organization scope then waits for that organization's admin. An organization's admin reports
 * on its own figures only: from a published network release, or from its own release, which it
 * publishes with the report (its approval).
 */
export function reportAccess(principal: Principal, target: ReportTarget): ReportAccess {
  const { release, scopeOrganizationId } = target;
  if (release.organizationId !== null) {
    if (scopeOrganizationId !== release.organizationId)
      return { allowed: false, reason: 'An organization’s own release has only its own scope.' };
    if (!adminOf(principal, release.organizationId))
      return {
        allowed: false,
        reason: 'Only an admin of the organization may report on its own release.',
      };
    if (release.status !== 'draft' && release.status !== 'published')
      return { allowed: false, reason: `The release is ${release.status}.` };
    return { allowed: true, publishes: 'published' };
  }
  if (adminOf(principal, scopeOrganizationId)) {
    if (release.status !== 'published')
      return { allowed: false, reason: 'The network release is not published.' };
    return { allowed: true, publishes: 'published' };
  }
  if (staff(principal)) {
    if (release.status !== 'draft' && release.status !== 'published')
      return { allowed: false, reason: `The release is ${release.status}.` };
    return {
      allowed: true,
      publishes: scopeOrganizationId === null ? 'published' : 'awaiting_approval',
    };
  }
  return {
    allowed: false,
    reason:
      scopeOrganizationId === null
        ? 'Only network reviewers prepare network reports.'
        : 'Only network reviewers or the organization’s admin prepare its report.',
  };
}

/** Whether a principal may see a report awaiting approval (and approve it, for its admin). */
export const mayApprove = (principal: Principal, organizationId: string | null) =>
  adminOf(principal, organizationId);
export const maySeeUnpublished = (principal: Principal, organizationId: string | null) =>
  adminOf(principal, organizationId) || staff(principal);
