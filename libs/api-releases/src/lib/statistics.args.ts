import { ArgsType, Field, ID } from '@nestjs/graphql';

/** Which published statistics a public query reads: a release (else the latest), periods, scope. */
@ArgsType()
export class StatisticsArgs {
  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;

  @Field(() => ID, { nullable: true })
  releaseId!: string | null;

  @Field(() => String, { nullable: true })
  granularity!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '`network`, `hotlines`, `companies` or `organization:<slug>`; all when omitted.',
  })
  scope!: string | null;
}
