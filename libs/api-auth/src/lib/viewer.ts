import { In, type DataSource } from 'typeorm';
import { AccountEntity, OrganizationEntity } from '@candor/db';
import type { ViewerModel } from './models/account.model';
import { hasNetworkRole, type Principal } from './principal';

/** The `me` answer for a principal: account details and memberships with their organizations. */
export async function toViewer(dataSource: DataSource, principal: Principal): Promise<ViewerModel> {
  const organizations = await dataSource
    .getRepository(OrganizationEntity)
    .findBy({ id: In(principal.memberships.map((m) => m.organizationId)) });
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const account = principal.accountId
    ? await dataSource.getRepository(AccountEntity).findOneBy({ id: principal.accountId })
    : null;
  return {
    kind: principal.kind,
    label: principal.label,
    networkStaff: hasNetworkRole(principal, ['reviewer', 'admin']),
    networkAdmin: hasNetworkRole(principal, ['admin']),
    account: account && {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      memberships: principal.memberships.flatMap((m) => {
        const organization = byId.get(m.organizationId);
        return organization ? [{ organization, role: m.role }] : [];
      }),
    },
  };
}
