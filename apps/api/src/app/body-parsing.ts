import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

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
      const message = `The upload is larger than the limit of ${megabytes(maxUploadBytes)}: split it into smaller files (one per period works) or ask the operator to raise CANDOR_MAX_UPLOAD_MB.`;
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
