import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ApiKey', {
  description: 'A key a script uses to submit figures; only its prefix is ever shown again.',
})
export class ApiKeyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  name!: string;

  @Field({ description: 'The visible start of the key, e.g. `cnd_4f2a9c0d`.' })
  prefix!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyModel {
  @Field({ description: 'The whole key. Shown once: store it now, it cannot be shown again.' })
  key!: string;

  @Field(() => ApiKeyModel)
  apiKey!: ApiKeyModel;
}
