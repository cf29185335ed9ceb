import { ConfigError, loadConfig, redactDatabaseUrl } from './config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({}, '/srv/candor');
    expect(config).toEqual({
      databaseUrl: undefined,
      apiPort: 3000,
      webPort: 4200,
      dataDir: '/srv/candor/.candor-data',
      demoData: 'auto',
      logLevel: 'log',
      logFormat: 'json',
      sessionSecret: undefined,
      roundingKey: undefined,
      maxUploadBytes: 10 * 1024 * 1024,
      loginRateLimit: 10,
      publicRateLimit: 600,
      privacyBudgetRho: 2,
      webUrl: 'http://127.0.0.1:4200',
      chromiumPath: '/usr/bin/chromium',
    });
  });

  it('reads where the web app answers and which Chromium renders PDFs', () => {
    expect(loadConfig({ WEB_PORT: '4300' })).toMatchObject({ webUrl: 'http://127.0.0.1:4300' });
    expect(
      loadConfig({
        CANDOR_WEB_URL: 'https://candor.example.org/',
        CANDOR_CHROMIUM_PATH: '/opt/chromium/chrome',
      }),
    ).toMatchObject({
      webUrl: 'https://candor.example.org',
      chromiumPath: '/opt/chromium/chrome',
    });
    expect(() => loadConfig({ CANDOR_WEB_URL: 'candor.example.org' })).toThrow(
      'CANDOR_WEB_URL must be an http(s) URL',
    );
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
        API_PORT: '8080',
        WEB_PORT: '8081',
        CANDOR_DATA_DIR: '/var/lib/candor',
        CANDOR_DEMO_DATA: 'off',
        LOG_LEVEL: 'debug',
        LOG_FORMAT: 'text',
        CANDOR_SESSION_SECRET: 's'.repeat(40),
        CANDOR_MAX_UPLOAD_MB: '2.5',
        CANDOR_LOGIN_RATE_LIMIT: '3',
        CANDOR_PUBLIC_RATE_LIMIT: '0',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      apiPort: 8080,
      webPort: 8081,
      dataDir: '/var/lib/candor',
      demoData: 'off',
      logLevel: 'debug',
      logFormat: 'text',
      sessionSecret: 's'.repeat(40),
      maxUploadBytes: 2.5 * 1024 * 1024,
      loginRateLimit: 3,
      publicRateLimit: 0,
    });
  });

  it.each([
    [{ API_PORT: 'abc' }, 'API_PORT must be a whole number from 1 to 65535 (got "abc")'],
    [{ API_PORT: '70000' }, 'API_PORT must be a whole number from 1 to 65535 (got "70000")'],
    [{ WEB_PORT: '0' }, 'WEB_PORT must be a whole number from 1 to 65535 (got "0")'],
    [
      { CANDOR_PUBLIC_RATE_LIMIT: '-1' },
      'CANDOR_PUBLIC_RATE_LIMIT must be a whole number of requests per minute, 0 to turn the limit off (got "-1")',
    ],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL'],
    [{ DATABASE_URL: 'mysql://root@localhost/test' }, 'DATABASE_URL must start with postgres://'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of error, warn, log, debug, verbose (got "loud")',
    ],
  ])('rejects %j with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('names every bad setting in one line', () => {
    let error: unknown;
    try {
      loadConfig({ API_PORT: 'x', WEB_PORT: 'y' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('API_PORT');
    expect(message).toContain('WEB_PORT');
    expect(message).not.toContain('\n');
  });
});

describe('redactDatabaseUrl', () => {
  it('hides the password', () => {
    expect(redactDatabaseUrl('postgres://candor:s3cret@db:5432/candor')).toBe(
      'postgres://candor:***@db:5432/candor',
    );
  });
});
