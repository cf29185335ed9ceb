// Jest global setup runs outside Jest's module system (no path aliases, no ESM transform), so it
// applies migrations through the compiled CLI: the same code path as `npm run migration:run`.
import { execFileSync } from 'node:child_process';

export default function migrate() {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is not set. Integration and e2e tests need PostgreSQL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (see README).',
    );
  }
  execFileSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync(process.execPath, ['dist/apps/api/src/cli/migrations.js', 'run'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
