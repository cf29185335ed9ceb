import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_CELL_PAGE = 500;

@ObjectType('ReleaseCell', {
  description: 'One cell of a release as built: its published value, or why it is withheld.',
})
export class ReleaseCellModel {
  @Field()
  metric!: string;

  @Field({ description: '`network`, `hotlines`, `companies` or `organization:<slug>`.' })
  scope!: string;

  @Field()
  period!: string;

  @Field(() => String, { nullable: true, description: 'Null for the total of the metric.' })
  dimension!: string | null;

  @Field(() => String, { nullable: true })
  dimensionValue!: string | null;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, {
    nullable: true,
    description: '`contributors`, `dominance`, `small_count` or `secondary`.',
  })
  suppression!: string | null;
}

@ObjectType('ReleaseCellPage', { description: 'A page of cells and how many match in all.' })
export class ReleaseCellPageModel {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  limit!: number;

  @Field(() => [ReleaseCellModel])
  cells!: ReleaseCellModel[];
}

@ObjectType('ReleaseCellFacets', {
  description: 'The metrics, scopes and dimensions a release has cells for (for filters).',
})
export class ReleaseCellFacetsModel {
  @Field(() => [String])
  metrics!: string[];

  @Field(() => [String])
  scopes!: string[];

  @Field(() => [String])
  dimensions!: string[];
}

@ArgsType()
export class ReleaseCellsArgs {
  @Field(() => ID)
  @IsString()
  releaseId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  metric?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  scope?: string | null;

  @Field(() => String, { nullable: true, description: 'Only cells broken down by it.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  dimension?: string | null;

  @Field({ defaultValue: false, description: 'Only withheld cells.' })
  @IsBoolean()
  suppressedOnly!: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'offset must be 0 or more' })
  offset!: number;

  @Field(() => Int, { defaultValue: 100, description: `At most ${MAX_CELL_PAGE}.` })
  @IsInt()
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_CELL_PAGE, { message: `limit must be at most ${MAX_CELL_PAGE}` })
  limit!: number;
}
