import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export const TotalsGrain = { month: 'month', quarter: 'quarter', year: 'year' } as const;
export type TotalsGrain = (typeof TotalsGrain)[keyof typeof TotalsGrain];
registerEnumType(TotalsGrain, { name: 'TotalsGrain' });

@ObjectType('TotalPoint', { description: 'One period of a network total.' })
export class TotalPointModel {
  @Field({ description: 'Period code: 2026-03, 2026-Q1 or 2026.' })
  period!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The count (exact up to 2^53); null when withheld.',
  })
  value!: number | null;

  @Field({
    description: 'True when too few organizations contribute, or one dominates, to show the total.',
  })
  withheld!: boolean;
}
