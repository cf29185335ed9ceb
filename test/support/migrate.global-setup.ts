import { runMigrations } from '@candor/db';
import { requireDatabaseUrl } from './database-url';

/** Brings the test database to the latest schema once per run; each test makes its own data. */
export default async function migrate(): Promise<void> {
  await runMigrations(requireDatabaseUrl());
}
