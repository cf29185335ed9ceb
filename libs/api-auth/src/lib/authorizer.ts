import type { Role } from '@candor/db';
import { forbidden } from './auth.errors';
import { hasNetworkRole, hasOrganizationRole, type Principal } from './principal';

/**
 * Per-organization checks that an operation makes for every organization id it is given.
 * Network reviewers and admins act across organizations (reading and reviewing); only network
 * admins manage other organizations' accounts and keys.
 */
export const authorize = {
  /** Submit and read an organization's own figures: its submitters and admins, or API keys of it. */
  submitFor(principal: Principal, organizationId: string): void {
    if (!hasOrganizationRole(principal, organizationId, ['submitter', 'admin'])) {
      throw forbidden('You may submit figures only for your own organization.');
    }
  },

  /** Read an organization's submissions: its own members, or network staff. */
  readFiguresOf(principal: Principal, organizationId: string): void {
    const own: Role[] = ['submitter', 'reviewer', 'admin'];
    if (
      !hasOrganizationRole(principal, organizationId, own) &&
      !hasNetworkRole(principal, ['reviewer', 'admin'])
    ) {
      throw forbidden('You may see figures of your own organization only.');
    }
  },

  /** Manage an organization's accounts and API keys: its admins, or network admins. */
  administer(principal: Principal, organizationId: string): void {
    if (
      principal.kind !== 'account' ||
      (!hasOrganizationRole(principal, organizationId, ['admin']) &&
        !hasNetworkRole(principal, ['admin']))
    ) {
      throw forbidden('Only an admin of this organization may do this.');
    }
  },
};
