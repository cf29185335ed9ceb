export * from './lib/config/config';
export * from './lib/config/config.token';
export * from './lib/database/database.module';
export * from './lib/access/access-rule';
export * from './lib/graphql/domain-error';
export * from './lib/logging/logger';
export * from './lib/platform.module';
export * from './lib/graphql/request-loader';
