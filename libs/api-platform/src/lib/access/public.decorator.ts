import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'candor:isPublic';

/** Marks a query, mutation or route as readable without signing in. Everything else is guarded. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
