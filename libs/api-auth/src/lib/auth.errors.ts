import { DomainError } from '@candor/api-platform';

export class AuthError extends DomainError {}

export const forbidden = (message: string) => new AuthError('FORBIDDEN', message);
export const unauthenticated = (message: string) => new AuthError('UNAUTHENTICATED', message);
