// `npm run audit:verify`: recomputes the audit log's hash chain on the configured database
// (DATABASE_URL, or the embedded one in CANDOR_DATA_DIR) and reports the first broken link.
import 'reflect-metadata';
import { AuditService } from '@candor/api-audit';
import { loadConfig } from '@candor/api-platform';
import { startApi } from '../app/start-api';

async function main(): Promise<number> {
  const config = {
    ...loadConfig(process.env),
    demoData: 'off' as const,
    logLevel: 'error' as const,
  };
  const api = await startApi(config, { listen: false });
  try {
    const result = await api.app.get(AuditService).verifyChain();
    if (result.ok) {
      console.log(`Audit chain intact: ${result.checked} events verified.`);
      return 0;
    }
    console.error(
      `Audit chain broken at event ${result.firstBrokenId}: ${result.reason} (${result.checked} events before it verified).`,
    );
    return 1;
  } finally {
    await api.close();
  }
}

if (process.argv[2] !== 'verify') {
  console.error('Usage: audit.js verify');
  process.exit(2);
}
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Audit verification failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
