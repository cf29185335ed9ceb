export * from './lib/entities';
export * from './lib/naming-strategy';
export * from './lib/count-transformer';
export * from './lib/data-source-options';
export * from './lib/embedded-database';
export * from './lib/migrate';
