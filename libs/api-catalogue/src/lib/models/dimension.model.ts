import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DimensionValue', { description: 'One allowed value of a dimension.' })
export class DimensionValueModel {
  @Field()
  code!: string;

  @Field()
  label!: string;
}

@ObjectType('Dimension', {
  description: 'A way a figure can be broken down (country, content type, histogram bucket …).',
})
export class DimensionModel {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field({ description: 'What the dimension means, in plain English.' })
  definition!: string;

  @Field({
    description: '`enumeration`, `country` (ISO 3166-1 alpha-2 or `unknown`) or `histogram`.',
  })
  kind!: string;

  @Field(() => [DimensionValueModel], {
    description: 'Allowed values; empty for country dimensions (see `countries`).',
  })
  values!: DimensionValueModel[];
}

@ObjectType('Country')
export class CountryModel {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  code!: string;

  @Field()
  name!: string;
}
