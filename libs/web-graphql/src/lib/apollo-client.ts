import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The browser's GraphQL client. Catalogue items and totals have no `id`, so they are cached
 * under their query field; public figures come from immutable releases and never need polling.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        Metric: { keyFields: ['code'] },
        Dimension: { keyFields: false },
        DimensionValue: { keyFields: false },
        TotalPoint: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-first' } },
  });
}
