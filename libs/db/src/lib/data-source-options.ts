import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@candor/migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DatabaseSettings {
  /** A `postgres://` URL: a real server, or the embedded one served over the wire protocol. */
  url: string;
  /** Connection pool size; must not exceed the embedded server's connection limit. */
  poolSize?: number;
  /** Log warnings and migrations as well as errors. */
  logging?: boolean;
  applicationName?: string;
}

/** The one options object behind the app's DataSource and the migrations CLI. */
export function buildDataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: settings.logging ? ['error', 'warn', 'migration'] : ['error'],
    applicationName: settings.applicationName ?? 'candor',
    extra: { max: settings.poolSize ?? 10, connectionTimeoutMillis: 10_000 },
  };
}
