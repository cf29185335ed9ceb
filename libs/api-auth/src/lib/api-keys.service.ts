import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiKeyEntity, OrganizationEntity } from '@candor/db';
import { AuditService } from '@candor/api-audit';
import { generateApiKey } from './api-key-format';
import { AuthError } from './auth.errors';
import { authorize } from './authorizer';
import { actorOf, type Principal } from './principal';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A new key for scripts of one organization; the whole key is returned once and never stored. */
  async create(
    organizationId: string,
    name: string,
    principal: Principal,
  ): Promise<{ key: string; apiKey: ApiKeyEntity }> {
    authorize.administer(principal, organizationId);
    const { key, prefix, hash } = generateApiKey();
    const apiKey = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneBy(OrganizationEntity, { id: organizationId });
      if (!organization)
        throw new AuthError('ORGANIZATION_NOT_FOUND', `No organization with id ${organizationId}.`);
      if (organization.kind === 'network')
        throw new AuthError(
          'ORGANIZATION_CANNOT_SUBMIT',
          'A network submits no figures, so it needs no API key.',
        );
      const created = await manager.save(
        manager.create(ApiKeyEntity, {
          organizationId,
          name: name.trim(),
          prefix,
          keyHash: hash,
          createdByAccountId: principal.accountId,
        }),
      );
      await this.audit.append(manager, actorOf(principal), {
        action: 'api_key.created',
        entityType: 'api_key',
        entityId: created.id,
        details: { organizationId, prefix, name: created.name },
      });
      return created;
    });
    return { key, apiKey };
  }

  async revoke(id: string, principal: Principal): Promise<ApiKeyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const apiKey = await manager.findOneBy(ApiKeyEntity, { id });
      if (!apiKey) throw new AuthError('NOT_FOUND', `No API key with id ${id}.`);
      authorize.administer(principal, apiKey.organizationId);
      if (apiKey.revokedAt) return apiKey;
      apiKey.revokedAt = new Date();
      await manager.save(apiKey);
      await this.audit.append(manager, actorOf(principal), {
        action: 'api_key.revoked',
        entityType: 'api_key',
        entityId: apiKey.id,
        details: { organizationId: apiKey.organizationId, prefix: apiKey.prefix },
      });
      return apiKey;
    });
  }

  list(organizationId: string, principal: Principal): Promise<ApiKeyEntity[]> {
    authorize.administer(principal, organizationId);
    return this.dataSource
      .getRepository(ApiKeyEntity)
      .find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }
}
