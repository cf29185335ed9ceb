import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { CandorConfig, LogLevelSetting } from '../config/config';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export function logLevelsFrom(level: LogLevelSetting): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** Structured (JSON lines) by default; readable text when LOG_FORMAT=text. */
export function createLogger(config: Pick<CandorConfig, 'logLevel' | 'logFormat'>): ConsoleLogger {
  return new ConsoleLogger('Candor', {
    json: config.logFormat === 'json',
    colors: config.logFormat === 'text' && process.stdout.isTTY,
    logLevels: logLevelsFrom(config.logLevel),
  });
}
