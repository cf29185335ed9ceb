import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * DomainErrors are answers, not failures: hand them straight to Apollo so Nest does not log them
 * as unhandled exceptions. Apollo's formatter (format-error.ts) shapes what the client sees.
 */
@Catch(GraphQLError)
export class GraphQLErrorPassthroughFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
