import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationKind } from './organization-kind.enum';

@ObjectType('Organization', { description: 'A hotline, a company, or the hotline network itself.' })
export class OrganizationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country; null for a network.',
  })
  country!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Expected submission cadence: `month` or `quarter`.',
  })
  cadence!: string | null;
}
