import { resolve } from 'node:path';
import { z } from 'zod';

const port = (name: string, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return fallback;
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a whole number from 1 to 65535 (got "${raw}")`,
        });
        return z.NEVER;
      }
      return value;
    });

const databaseUrl = z
  .string()
  .trim()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined || raw === '') return undefined;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `DATABASE_URL is not a valid URL (expected postgres://user@host:port/database)`,
      });
      return z.NEVER;
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      ctx.addIssue({
        code: 'custom',
        message: `DATABASE_URL must start with postgres:// or postgresql:// (got "${url.protocol}//")`,
      });
      return z.NEVER;
    }
    return raw;
  });

const choice = <T extends string>(name: string, values: readonly [T, ...T[]], fallback: T) =>
  z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return fallback;
      if (!(values as readonly string[]).includes(raw)) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be one of ${values.join(', ')} (got "${raw}")`,
        });
        return z.NEVER;
      }
      return raw as T;
    });

const environment = z.object({
  DATABASE_URL: databaseUrl,
  API_PORT: port('API_PORT', 3000),
  WEB_PORT: port('WEB_PORT', 4200),
  CANDOR_DATA_DIR: z.string().trim().optional(),
  CANDOR_DEMO_DATA: choice('CANDOR_DEMO_DATA', ['auto', 'off'], 'auto'),
  LOG_LEVEL: choice('LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'], 'log'),
  LOG_FORMAT: choice('LOG_FORMAT', ['json', 'text'], 'json'),
  CANDOR_SESSION_SECRET: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || v.length >= 32, {
      message: 'CANDOR_SESSION_SECRET must be at least 32 characters long',
    }),
  CANDOR_ROUNDING_KEY: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || v.length >= 32, {
      message: 'CANDOR_ROUNDING_KEY must be at least 32 characters long',
    }),
  CANDOR_WEB_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || /^https?:\/\/[^/\s]+/.test(v), {
      message: 'CANDOR_WEB_URL must be an http(s) URL such as http://127.0.0.1:4200',
    }),
  CANDOR_CHROMIUM_PATH: z.string().trim().optional(),
  CANDOR_MAX_UPLOAD_MB: z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return 10;
      const value = Number(raw);
      if (!Number.isFinite(value) || value <= 0 || value > 1024) {
        ctx.addIssue({
          code: 'custom',
          message: `CANDOR_MAX_UPLOAD_MB must be a number of megabytes from 0 to 1024 (got "${raw}")`,
        });
        return z.NEVER;
      }
      return value;
    }),
  CANDOR_LOGIN_RATE_LIMIT: z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return 10;
      if (!/^\d+$/.test(raw) || Number(raw) < 1) {
        ctx.addIssue({
          code: 'custom',
          message: `CANDOR_LOGIN_RATE_LIMIT must be a whole number of attempts per minute, at least 1 (got "${raw}")`,
        });
        return z.NEVER;
      }
      return Number(raw);
    }),
  CANDOR_PUBLIC_RATE_LIMIT: z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return 600;
      if (!/^\d+$/.test(raw)) {
        ctx.addIssue({
          code: 'custom',
          message: `CANDOR_PUBLIC_RATE_LIMIT must be a whole number of requests per minute, 0 to turn the limit off (got "${raw}")`,
        });
        return z.NEVER;
      }
      return Number(raw);
    }),
  CANDOR_PRIVACY_BUDGET_RHO: z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return 2;
      const value = Number(raw);
      if (!Number.isFinite(value) || value < 0) {
        ctx.addIssue({
          code: 'custom',
          message: `CANDOR_PRIVACY_BUDGET_RHO must be a non-negative number, the zCDP budget ρ of a release series (got "${raw}")`,
        });
        return z.NEVER;
      }
      return value;
    }),
});

export type LogLevelSetting = 'error' | 'warn' | 'log' | 'debug' | 'verbose';

export interface CandorConfig {
  /** A PostgreSQL server; undefined → the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  apiPort: number;
  webPort: number;
  /** Folder of the embedded database. */
  dataDir: string;
  /** `auto`: seed the demo network when the database holds no organization. */
  demoData: 'auto' | 'off';
  logLevel: LogLevelSetting;
  logFormat: 'json' | 'text';
  /** Signs session cookies; unset → a random secret per process (sessions end on restart). */
  sessionSecret: string | undefined;
  /** Keys the stable random rounding of releases; unset → releases cannot be rounded. Keep it secret and fixed. */
  roundingKey: string | undefined;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  /** Sign-in attempts per minute and client address. */
  loginRateLimit: number;
  /** Anonymous public API requests (GraphQL, downloads) per minute and client address; 0: no limit. */
  publicRateLimit: number;
  /** zCDP budget ρ that the noisy releases of one series may spend in total. */
  privacyBudgetRho: number;
  /** Where the web app answers, for rendering report PDFs from their pages (no trailing slash). */
  webUrl: string;
  /** The Chromium that renders report PDFs. */
  chromiumPath: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment; throws one ConfigError naming every bad setting. */
export function loadConfig(
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): CandorConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      `Invalid configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}.`,
    );
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    apiPort: e.API_PORT,
    webPort: e.WEB_PORT,
    dataDir: resolve(cwd, e.CANDOR_DATA_DIR || '.candor-data'),
    demoData: e.CANDOR_DEMO_DATA,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    sessionSecret: e.CANDOR_SESSION_SECRET || undefined,
    roundingKey: e.CANDOR_ROUNDING_KEY || undefined,
    maxUploadBytes: Math.round(e.CANDOR_MAX_UPLOAD_MB * 1024 * 1024),
    loginRateLimit: e.CANDOR_LOGIN_RATE_LIMIT,
    publicRateLimit: e.CANDOR_PUBLIC_RATE_LIMIT,
    privacyBudgetRho: e.CANDOR_PRIVACY_BUDGET_RHO,
    webUrl: (e.CANDOR_WEB_URL || `http://127.0.0.1:${e.WEB_PORT}`).replace(/\/+$/, ''),
    chromiumPath: e.CANDOR_CHROMIUM_PATH || '/usr/bin/chromium',
  };
}

/** The URL without its password, for logs and error messages. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
