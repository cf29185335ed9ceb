import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from './domain-error';

const messagesOf = (errors: ValidationError[]): string[] =>
  errors.flatMap((e) => [...Object.values(e.constraints ?? {}), ...messagesOf(e.children ?? [])]);

/** class-validator bounds on input types; failures are BAD_USER_INPUT with every reason in one sentence. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    exceptionFactory: (errors) =>
      new DomainError('BAD_USER_INPUT', `Invalid input: ${messagesOf(errors).join('; ')}.`),
  });
}
