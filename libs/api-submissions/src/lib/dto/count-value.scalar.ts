import { GraphQLScalarType, Kind } from 'graphql';

/**
 * A submitted count as sent: an integer, or a digit string for values beyond GraphQL's 32-bit Int.
 * It reaches the catalogue validator untouched, so `12.5`, `"1,000"` or 2^60 get the same error
 * codes as in a CSV file instead of a generic type error.
 */
export const CountValueScalar = new GraphQLScalarType({
  name: 'CountValue',
  description:
    'A non-negative integer count, as a number or a string of digits (exact up to 2^53 − 1).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
    if (ast.kind === Kind.STRING) return ast.value;
    return undefined;
  },
});
