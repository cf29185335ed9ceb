import 'reflect-metadata';
import { ConfigError, loadConfig } from '@candor/api-platform';
import { StartupError, startApi } from './app/start-api';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const api = await startApi(config);
  const stop = () => {
    api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A bad setting or an unreachable database is one clear line, not a stack trace.
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`Candor API cannot start: ${error.message}`);
  } else {
    console.error(
      `Candor API cannot start: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (process.env['LOG_LEVEL'] === 'debug') console.error(error);
  }
  process.exit(1);
});
