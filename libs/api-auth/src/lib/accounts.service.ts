import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountEntity, MembershipEntity, OrganizationEntity, type Role } from '@candor/db';
import { AuditService } from '@candor/api-audit';
import { AuthError } from './auth.errors';
import { authorize } from './authorizer';
import { hashPassword, passwordProblem } from './passwords';
import { actorOf, type Principal } from './principal';

export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
  organizationId: string;
  role: Role;
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Creates an account with its role in one organization (that organization's admin, or a network admin). */
  async create(input: NewAccount, principal: Principal | null): Promise<AccountEntity> {
    if (principal) authorize.administer(principal, input.organizationId);
    const problem = passwordProblem(input.password);
    if (problem) throw new AuthError('WEAK_PASSWORD', problem);
    const passwordHash = await hashPassword(input.password);
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(OrganizationEntity, { id: input.organizationId }))) {
        throw new AuthError(
          'ORGANIZATION_NOT_FOUND',
          `No organization with id ${input.organizationId}.`,
        );
      }
      if (await manager.existsBy(AccountEntity, { email })) {
        throw new AuthError(
          'EMAIL_TAKEN',
          `An account with the e-mail address ${email} already exists.`,
        );
      }
      const account = await manager.save(
        manager.create(AccountEntity, {
          email,
          displayName: input.displayName.trim(),
          passwordHash,
        }),
      );
      await manager.save(
        manager.create(MembershipEntity, {
          accountId: account.id,
          organizationId: input.organizationId,
          role: input.role,
        }),
      );
      await this.audit.append(manager, principal ? actorOf(principal) : { label: 'system' }, {
        action: 'account.created',
        entityType: 'account',
        entityId: account.id,
        details: { email, organizationId: input.organizationId, role: input.role },
      });
      return account;
    });
  }
}
