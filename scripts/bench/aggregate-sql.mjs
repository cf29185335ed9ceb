// Baseline of the release build: the aggregation SELECT of contributions.query.ts, run as plain
// SQL through `pg` in a process of its own. Prints one JSON line (time, rows, peak memory).
import pg from 'pg';

const [granularity, from, to] = process.argv.slice(2);
const { queryContributions } = await import(
  new URL('../../dist/libs/api-releases/src/lib/contributions.query.js', import.meta.url)
);
const { toPeriod } = await import(
  new URL('../../dist/libs/catalogue/src/index.js', import.meta.url)
);

// The exact statement and parameters the release build sends, captured from the query module.
let captured;
await queryContributions(
  { query: async (sql, params) => ((captured = { sql, params }), []) },
  { start: toPeriod(from).start, end: toPeriod(to).end },
  granularity,
);
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const started = performance.now();
const result = await client.query(captured.sql, captured.params);
const ms = performance.now() - started;
await client.end();
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    rows: result.rows.length,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
