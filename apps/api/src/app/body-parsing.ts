import type { INestApplication } from '@nestjs/common';
import { uploadTooLargeMessage } from '@candor/api-submissions';
import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * Request bodies with the upload limit: JSON (GraphQL, where `submitCsv` carries a whole file,
 * escaped, hence the margin) everywhere, and raw bytes for file uploads to /api/submissions.
 * A body over the limit gets the same FILE_TOO_LARGE answer as every other bad input.
 */
export function configureBodyParsing(app: INestApplication, maxUploadBytes: number): void {
  app.use(express.json({ limit: Math.ceil(maxUploadBytes * 1.5) + 64 * 1024 }));
  app.use(
    '/api/submissions',
    express.raw({
      type: (req) => !/^multipart\/|json/.test(String(req.headers['content-type'] ?? '')),
      limit: maxUploadBytes,
    }),
  );
  app.use(
    (
      error: { type?: string; status?: number },
      request: Request,
      response: Response,
      next: NextFunction,
    ) => {
      if (error?.type !== 'entity.too.large') return next(error);
      const message = uploadTooLargeMessage(maxUploadBytes);
      if (request.path === '/graphql') {
        response
          .status(413)
          .json({ errors: [{ message, extensions: { code: 'FILE_TOO_LARGE' } }] });
      } else {
        response.status(413).json({
          ok: false,
          replayed: false,
          submissions: [],
          errors: [{ code: 'FILE_TOO_LARGE', message }],
          warnings: [],
        });
      }
    },
  );
}
