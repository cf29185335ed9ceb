import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationModel } from '@candor/api-organizations';

@ObjectType('Membership', { description: 'A role of an account in one organization.' })
export class MembershipModel {
  @Field(() => OrganizationModel)
  organization!: OrganizationModel;

  @Field({ description: '`submitter`, `reviewer` or `admin`.' })
  role!: string;
}

@ObjectType('Account')
export class AccountModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => [MembershipModel])
  memberships!: MembershipModel[];
}

@ObjectType('Viewer', { description: 'Who is calling: an account, an API key, or nobody.' })
export class ViewerModel {
  @Field({ description: '`account` or `api-key`.' })
  kind!: string;

  @Field({ description: 'An e-mail address or an API key prefix.' })
  label!: string;

  @Field(() => AccountModel, { nullable: true })
  account!: AccountModel | null;

  @Field({ description: 'Reviewer or admin of the network: acts across organizations.' })
  networkStaff!: boolean;

  @Field({ description: 'Admin of the network: may create organizations.' })
  networkAdmin!: boolean;
}
