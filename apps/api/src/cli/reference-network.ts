// `node dist/apps/api/src/cli/reference-network.js load [--reload]`: loads the reference network
// of the scale benchmark (docs/benchmarks.md) into the dedicated database DATABASE_URL through
// COPY, unless the same generator version is already loaded there. Prints one JSON line.
import pg from 'pg';
import { generateReferenceNetwork, REFERENCE_DEFAULTS } from '@candor/demo-data';
import { runMigrations } from '@candor/db';
import { loadedNetwork, loadReferenceNetwork } from './reference/load-reference-network';

async function main(reload: boolean): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('Set DATABASE_URL to the benchmark database.');
  await runMigrations(url);
  const client = new pg.Client({ connectionString: url, application_name: 'candor-bench-load' });
  await client.connect();
  try {
    const network = generateReferenceNetwork({ seed: REFERENCE_DEFAULTS.seed });
    const loaded = await loadedNetwork(client);
    if (!reload && loaded?.version === network.version && loaded.seed === network.seed) {
      console.log(JSON.stringify({ cached: true, ...loaded }));
      return;
    }
    // The load is one long transaction: no need to wait for each commit to reach the disk.
    await client.query('SET synchronous_commit = off');
    const result = await loadReferenceNetwork(client, network, (m) => console.error(m));
    await client.query('ANALYZE');
    console.log(
      JSON.stringify({
        cached: false,
        ...result,
        rowsPerSecond: Math.round(result.observations / (result.loadMs / 1000)),
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    );
  } finally {
    await client.end();
  }
}

const [command, ...flags] = process.argv.slice(2);
if (command !== 'load' || flags.some((f) => f !== '--reload')) {
  console.error('Usage: reference-network.js load [--reload]');
  process.exit(2);
}
main(flags.includes('--reload')).catch((error: unknown) => {
  console.error(
    `Loading the reference network failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
