import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The browser's GraphQL client. Catalogue items and totals have no `id`, so they are cached
 * under their query field; public figures come from immutable releases and never need polling.
 * Submissions, organizations, accounts and API keys are normalized by `id`; the session cookie
 * goes with every request to the same origin.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        Metric: { keyFields: ['code'] },
        Dimension: { keyFields: false },
        DimensionValue: { keyFields: false },
        TotalPoint: { keyFields: false },
        Country: { keyFields: ['code'] },
        Viewer: { keyFields: false, merge: true },
        Membership: { keyFields: false },
        PeriodStatus: { keyFields: false },
        Figure: { keyFields: false },
        FigureChange: { keyFields: false },
        DimensionPair: { keyFields: false },
        SubmissionIssue: { keyFields: false },
        SubmissionReport: { keyFields: false },
        SubmissionComparison: { keyFields: false },
        ReviewItem: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-first' } },
  });
}
