import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

/** Arbitrary constant: serializes migration runs of several API instances on one database. */
const MIGRATION_LOCK_ID = 4_211_202_611;

/** Applies pending migrations under an advisory lock; returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, poolSize: 2 }));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * What `migration:generate` would write: the difference between the entities and the migrated
 * database. Empty when the migrations and the entities agree.
 */
export async function diffSchema(url: string): Promise<SchemaDiff> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, poolSize: 2 }));
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}
