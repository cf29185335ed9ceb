import { spawnSync } from 'node:child_process';

/** The built API (global setup builds it) started as a user would, with a bad setting. */
function startWith(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['dist/apps/api/src/main.js'], {
    env: { PATH: process.env['PATH'] ?? '', CANDOR_DEMO_DATA: 'off', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderrLines: result.stderr.trim().split('\n'),
  };
}

describe('start-up with a bad setting', () => {
  it.each([
    [
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' },
      /^Candor API cannot start: Cannot connect to or migrate PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/test: .*ECONNREFUSED/,
    ],
    [
      { DATABASE_URL: 'mysql://root@localhost/test' },
      /^Candor API cannot start: Invalid configuration: DATABASE_URL must start with postgres:\/\//,
    ],
    [
      { API_PORT: 'eighty' },
      /^Candor API cannot start: Invalid configuration: API_PORT must be a whole number from 1 to 65535 \(got "eighty"\)\.$/,
    ],
    [
      { WEB_PORT: '99999' },
      /^Candor API cannot start: Invalid configuration: WEB_PORT must be a whole number/,
    ],
  ])('%j fails with one clear line and exit code 1', (env, message) => {
    const result = startWith(env);
    expect(result.status).toBe(1);
    expect(result.stderrLines).toHaveLength(1);
    expect(result.stderrLines[0]).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
