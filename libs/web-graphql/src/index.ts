// The generated client (`graphql()` tag, typed documents and operation types) comes from
// `nx run web:codegen`, which runs before every build and typecheck.
export * from './gql';
export * from './gql/graphql';
export { createApolloClient } from './lib/apollo-client';
