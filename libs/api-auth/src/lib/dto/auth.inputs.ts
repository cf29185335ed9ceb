import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

@InputType()
export class CreateAccountInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @Field()
  @IsString()
  @Length(1, 120)
  displayName!: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @Length(12, 200, { message: 'password must have 12 to 200 characters' })
  password!: string;

  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field({ description: '`submitter`, `reviewer` or `admin`.' })
  @IsIn(['submitter', 'reviewer', 'admin'], {
    message: 'role must be submitter, reviewer or admin',
  })
  role!: 'submitter' | 'reviewer' | 'admin';
}

@InputType()
export class CreateOrganizationInput {
  @Field({ description: 'Lower-case letters, digits and hyphens, e.g. `hotline-nl`.' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, {
    message: 'slug must be 2–63 lower-case letters, digits or hyphens',
  })
  slug!: string;

  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field({ description: '`hotline`, `company` or `network`.' })
  @IsIn(['hotline', 'company', 'network'], { message: 'kind must be hotline, company or network' })
  kind!: 'hotline' | 'company' | 'network';

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as NL' })
  country?: string | null;
}
