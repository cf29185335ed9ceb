import { SetMetadata } from '@nestjs/common';

/**
 * Every query, mutation and route declares who may call it; the global guard refuses any that
 * does not (a guard that allows by default is a hole).
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in'; apiKeys: boolean }
  | { kind: 'network'; roles: readonly ('reviewer' | 'admin')[] };

export const ACCESS_RULE = 'candor:access';

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/**
 * A signed-in account (and an API key too when `apiKeys`); which organizations the caller may
 * touch is checked by the operation itself.
 */
export const SignedIn = (options: { apiKeys?: boolean } = {}) =>
  SetMetadata(ACCESS_RULE, {
    kind: 'signed-in',
    apiKeys: options.apiKeys ?? false,
  } satisfies AccessRule);

/** Reviewers or admins of a network organization, who act across organizations. */
export const NetworkStaff = (...roles: ('reviewer' | 'admin')[]) =>
  SetMetadata(ACCESS_RULE, {
    kind: 'network',
    roles: roles.length ? roles : ['reviewer', 'admin'],
  } satisfies AccessRule);
