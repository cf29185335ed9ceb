import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ORGANIZATION_NOT_FOUND: 404,
  SUBMISSION_NOT_FOUND: 404,
  REPORT_NOT_FOUND: 404,
  PDF_UNAVAILABLE: 503,
  IDEMPOTENCY_CONFLICT: 409,
  FILE_TOO_LARGE: 413,
};

/**
 * DomainErrors are answers, not failures. In GraphQL they go straight to Apollo (whose formatter
 * shapes them) instead of being logged as unhandled; on REST routes they become a JSON body
 * `{ error: { code, message } }` with a fitting status.
 */
@Catch(GraphQLError)
export class GraphQLErrorPassthroughFilter implements GqlExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() !== 'http') return error;
    const code =
      typeof error.extensions['code'] === 'string' ? error.extensions['code'] : 'BAD_REQUEST';
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[code] ?? 400)
      .json({ error: { code, message: error.message } });
  }
}
