import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, type Logger } from '@nestjs/common';
import { type GraphQLFormattedError, GraphQLError } from 'graphql';

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

/**
 * Request errors (parse, validation, DomainError, 4xx from guards and pipes) reach the client with
 * their code and message. Anything else is logged once with its path and reaches the client as a
 * generic message: never a stack trace or a piece of SQL.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (original instanceof HttpException && original.getStatus() < 500) {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: HTTP_CODES[original.getStatus()] ?? 'BAD_REQUEST' },
      };
    }
    logger.error(
      `Unhandled error in GraphQL ${formatted.path?.join('.') ?? 'request'}: ${original instanceof Error ? `${original.name}: ${original.message}` : String(original)}`,
      original instanceof Error ? original.stack : undefined,
    );
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
