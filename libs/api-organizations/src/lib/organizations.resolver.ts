import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@candor/api-platform';
import { OrganizationKind } from './models/organization-kind.enum';
import { OrganizationModel } from './models/organization.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  /** Membership of the network is public (as INHOPE publishes its members); figures are not. */
  @Public()
  @Query(() => [OrganizationModel], {
    description: 'Organizations of the network, by kind and name.',
  })
  organizations(
    @Args('kind', { type: () => OrganizationKind, nullable: true }) kind?: OrganizationKind,
  ): Promise<OrganizationModel[]> {
    return this.service.list(kind);
  }
}
