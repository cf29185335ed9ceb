import { GraphQLError } from 'graphql';

/**
 * An error the client caused and can act on: a stable `code` in `extensions.code` and a sentence.
 * Feature libraries throw these (or subclasses); anything else is an internal error.
 */
export class DomainError extends GraphQLError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}
