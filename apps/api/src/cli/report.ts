// `node dist/apps/api/src/cli/report.js produce --release <id> [--scope network] [--language en]
// [--note <why a newer version>]`:
// publishes the report of a published release as a network reviewer would (JSON and CSV frozen),
// then renders its PDF by headless Chromium from the web page at CANDOR_WEB_URL (a web app that
// proxies to this process's API_PORT), and prints one JSON line with the timings, sizes and this
// process's peak memory. Used by `npm run bench` (scripts/bench/report.mjs).
import 'reflect-metadata';
import type { Principal } from '@candor/api-auth';
import { loadConfig } from '@candor/api-platform';
import { ReportPdfService, ReportsService } from '@candor/api-reports';
import { startApi } from '../app/start-api';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** A network reviewer without an account: the benchmark's stand-in for a person. */
const CLI_REVIEWER: Principal = {
  kind: 'account',
  accountId: null,
  apiKeyId: null,
  label: 'report-cli',
  memberships: [{ organizationId: 'report-cli', organizationKind: 'network', role: 'reviewer' }],
};

async function main(args: string[]): Promise<void> {
  const releaseId = option(args, 'release');
  if (!releaseId)
    throw new Error('Usage: report.js produce --release <id> [--scope S] [--language L]');
  const scope = option(args, 'scope') ?? 'network';
  const language = option(args, 'language') ?? 'en';
  const api = await startApi({ ...loadConfig(process.env), demoData: 'off', logLevel: 'warn' });
  try {
    const reports = api.app.get(ReportsService);
    const started = performance.now();
    // A newer version of a report needs a reason (used only when an earlier one is published).
    const changeNote = option(args, 'note') ?? 'Produced again by the report command line.';
    const report = await reports.publish(CLI_REVIEWER, { releaseId, scope, language, changeNote });
    const dataMs = performance.now() - started;
    const pdfStarted = performance.now();
    const { pdf } = await api.app.get(ReportPdfService).pdfOf(report);
    const pdfMs = performance.now() - pdfStarted;
    console.log(
      JSON.stringify({
        reportId: report.id,
        appendixRows: report.csv.split('\n').length - 2,
        jsonBytes: Buffer.byteLength(report.json),
        csvBytes: Buffer.byteLength(report.csv),
        pdfBytes: pdf.length,
        dataMs: Math.round(dataMs),
        pdfMs: Math.round(pdfMs),
        totalMs: Math.round(dataMs + pdfMs),
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    );
  } finally {
    await api.close();
  }
}

const [command, ...args] = process.argv.slice(2);
if (command !== 'produce') {
  console.error('Usage: report.js produce --release <id> [--scope S] [--language L]');
  process.exit(2);
}
main(args).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Report failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
