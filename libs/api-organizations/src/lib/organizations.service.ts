import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { OrganizationEntity, type Cadence, type OrganizationKind } from '@candor/db';

export interface NewOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  country: string | null;
  cadence: Cadence | null;
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
  ) {}

  list(kind?: OrganizationKind): Promise<OrganizationEntity[]> {
    return this.organizations.find({
      where: kind ? { kind } : {},
      order: { kind: 'ASC', name: 'ASC' },
    });
  }

  count(): Promise<number> {
    return this.organizations.count();
  }

  findBySlug(slug: string): Promise<OrganizationEntity | null> {
    return this.organizations.findOneBy({ slug });
  }

  create(input: NewOrganization, manager?: EntityManager): Promise<OrganizationEntity> {
    const repository = manager?.getRepository(OrganizationEntity) ?? this.organizations;
    return repository.save(repository.create(input));
  }
}
