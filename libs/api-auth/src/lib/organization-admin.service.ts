import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isCountryCode } from '@candor/catalogue';
import { OrganizationEntity } from '@candor/db';
import { AuditService } from '@candor/api-audit';
import { OrganizationsService } from '@candor/api-organizations';
import { AuthError } from './auth.errors';
import type { CreateOrganizationInput } from './dto/auth.inputs';
import { actorOf, type Principal } from './principal';

@Injectable()
export class OrganizationAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /** A new organization with its expected cadence: monthly for hotlines, quarterly for companies. */
  create(input: CreateOrganizationInput, principal: Principal): Promise<OrganizationEntity> {
    const country = input.country ?? null;
    if (country !== null && !isCountryCode(country)) {
      throw new AuthError(
        'BAD_USER_INPUT',
        `"${country}" is not an ISO 3166-1 alpha-2 country code.`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(OrganizationEntity, { slug: input.slug })) {
        throw new AuthError(
          'SLUG_TAKEN',
          `An organization with the slug "${input.slug}" already exists.`,
        );
      }
      const cadence =
        input.kind === 'hotline' ? 'month' : input.kind === 'company' ? 'quarter' : null;
      const organization = await this.organizations.create(
        { slug: input.slug, name: input.name.trim(), kind: input.kind, country, cadence },
        manager,
      );
      await this.audit.append(manager, actorOf(principal), {
        action: 'organization.created',
        entityType: 'organization',
        entityId: organization.id,
        details: { slug: organization.slug, kind: organization.kind },
      });
      return organization;
    });
  }
}
