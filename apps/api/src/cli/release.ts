// `node dist/apps/api/src/cli/release.js build --granularity month|quarter|year [--from P --to P]
// [--publish]`: builds a release in this process through the real ReleaseBuilder (no job queue),
// over every accepted period unless a range is given, optionally publishes it, and prints one
// JSON line with the timings and this process's peak memory. Used by `npm run bench`.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@candor/api-platform';
import { ReleasesService } from '@candor/api-releases';
import { startApi } from '../app/start-api';

type Granularity = 'month' | 'quarter' | 'year';
const ACTOR = { label: 'release-cli' };

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** First and last period of the accepted submissions, at the release grain. */
async function acceptedRange(dataSource: DataSource, granularity: Granularity) {
  const [row] = await dataSource.query<{ first: string | null; last: string | null }[]>(
    `SELECT to_char(min(period_start), 'YYYY-MM-DD') AS first, to_char(max(period_end) - 1, 'YYYY-MM-DD') AS last
       FROM submission WHERE status = 'accepted'`,
  );
  if (!row?.first || !row.last) throw new Error('No accepted submission: nothing to release.');
  const code = (date: string) => {
    const [year, month] = date.split('-');
    if (granularity === 'month') return `${year}-${month}`;
    if (granularity === 'quarter') return `${year}-Q${Math.ceil(Number(month) / 3)}`;
    return `${year}`;
  };
  return { from: code(row.first), to: code(row.last) };
}

async function main(args: string[]): Promise<void> {
  const granularity = option(args, 'granularity') as Granularity | undefined;
  if (!granularity || !['month', 'quarter', 'year'].includes(granularity)) {
    throw new Error(
      'Usage: release.js build --granularity month|quarter|year [--from P --to P] [--publish]',
    );
  }
  const config = {
    ...loadConfig(process.env),
    demoData: 'off' as const,
    logLevel: 'warn' as const,
  };
  const api = await startApi(config, { listen: false });
  try {
    const dataSource = api.app.get(DataSource);
    const range = await acceptedRange(dataSource, granularity);
    const from = option(args, 'from') ?? range.from;
    const to = option(args, 'to') ?? range.to;
    const releases = api.app.get(ReleasesService);
    const started = performance.now();
    const draft = await releases.create(
      { periodFrom: from, periodTo: to, granularity, title: `Release ${from} to ${to}` },
      ACTOR,
      { buildNow: true },
    );
    const buildMs = performance.now() - started;
    const built = await releases.get(draft.id);
    if (built?.status !== 'draft')
      throw new Error(`The build ended ${built?.status ?? 'missing'}: ${built?.error ?? ''}`);
    const published = args.includes('--publish') ? await releases.publish(draft.id, ACTOR) : built;
    console.log(
      JSON.stringify({
        releaseId: draft.id,
        granularity,
        from,
        to,
        status: published.status,
        cells: built.cellCount,
        buildMs: Math.round(buildMs),
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    );
  } finally {
    await api.close();
  }
}

const [command, ...args] = process.argv.slice(2);
if (command !== 'build') {
  console.error(
    'Usage: release.js build --granularity month|quarter|year [--from P --to P] [--publish]',
  );
  process.exit(2);
}
main(args).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `Release build failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
