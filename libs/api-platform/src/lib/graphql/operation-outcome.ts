import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';

/** What Apollo did with one HTTP request, for HTTP middleware that runs around it (caching). */
export interface GraphQLOutcome {
  /** SHA-256 (hex) of the document text: the automatic persisted query hash. */
  queryHash: string | undefined;
  document: DocumentNode | undefined;
  operation: OperationDefinitionNode | undefined;
  variables: Readonly<Record<string, unknown>>;
  /** A complete answer: the operation ran and no error of any kind was returned. */
  complete: boolean;
}

const OUTCOME = Symbol('candor:graphql-outcome');
type WithOutcome = { [OUTCOME]?: GraphQLOutcome };

/** The outcome of the GraphQL operation behind this request, once Apollo has answered it. */
export function graphqlOutcomeOf(request: object): GraphQLOutcome | undefined {
  return (request as WithOutcome)[OUTCOME];
}

/**
 * Leaves the outcome on the HTTP request just before Apollo sends the answer, so middleware can
 * decide about the response (the parsed document is only known inside Apollo, e.g. for a
 * persisted query sent by hash alone).
 */
export function operationOutcomePlugin(): ApolloServerPlugin<{ req?: object }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({
          contextValue,
          request,
          response,
          queryHash,
          document,
          operation,
        }) {
          if (!contextValue.req) return;
          const body = response.body;
          (contextValue.req as WithOutcome)[OUTCOME] = {
            queryHash,
            document,
            operation,
            variables: request.variables ?? {},
            complete:
              body.kind === 'single' &&
              !body.singleResult.errors?.length &&
              body.singleResult.data != null,
          };
        },
      };
    },
  };
}
