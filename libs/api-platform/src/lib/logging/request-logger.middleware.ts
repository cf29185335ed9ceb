import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** One structured line per HTTP request: method, path, status, duration; health checks at debug. */
@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  use(request: Request, response: Response, next: NextFunction): void {
    const started = performance.now();
    response.on('finish', () => {
      const entry = {
        method: request.method,
        path: request.originalUrl.split('?')[0],
        status: response.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (entry.path === '/health') this.logger.debug(entry);
      else this.logger.log(entry);
    });
    next();
  }
}
