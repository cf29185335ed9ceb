import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Deepest nesting a query may have; the schema's legitimate queries stay well below it. */
export const MAX_QUERY_DEPTH = 8;
/** Most fields (each counting 1) one operation may select; stops hostile fan-out queries. */
export const MAX_QUERY_COMPLEXITY = 2_000;

export const depthLimitRule = depthLimit(MAX_QUERY_DEPTH);

/** Refuses an operation whose estimated cost is above the limit, before anything runs. */
export function complexityLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            ...(request.operationName ? { operationName: request.operationName } : {}),
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > MAX_QUERY_COMPLEXITY) {
            throw new GraphQLError(
              `This query is too costly (${complexity} fields; the limit is ${MAX_QUERY_COMPLEXITY}): ask for fewer fields or split it.`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
