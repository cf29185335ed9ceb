import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '../access/access-rule';
import { DATABASE_TARGET, type DatabaseTarget } from '../database/database.module';

export interface HealthReport {
  status: 'ok' | 'error';
  database: {
    status: 'up' | 'down';
    mode: DatabaseTarget['mode'];
    latencyMs?: number;
    error?: string;
  };
}

const PING_TIMEOUT_MS = 2_000;

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {}

  @Public()
  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const started = performance.now();
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('no answer within 2 s')), PING_TIMEOUT_MS).unref(),
        ),
      ]);
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      return { status: 'ok', database: { status: 'up', mode: this.target.mode, latencyMs } };
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      const message = error instanceof Error ? error.message : String(error);
      return {
        status: 'error',
        database: { status: 'down', mode: this.target.mode, error: message },
      };
    }
  }
}
