import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { requireDatabaseUrl } from './database-url';

/**
 * A throw-away database on the test server, for tests whose results depend on every row in it
 * (release builds aggregate the whole network). The API migrates it on start.
 */
export async function createFreshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(requireDatabaseUrl());
  const name = `candor_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: new URL('/postgres', server).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(`/${name}`, server).toString();
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: new URL('/postgres', server).toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
