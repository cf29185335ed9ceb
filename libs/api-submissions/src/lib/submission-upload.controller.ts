import {
  type ArgumentsHost,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  Headers,
  HttpCode,
  Inject,
  Injectable,
  Param,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import {
  CANDOR_CONFIG,
  type CandorConfig,
  DomainError,
  Public,
  SignedIn,
} from '@candor/api-platform';
import { actorOf, authorize, CurrentPrincipal, type Principal } from '@candor/api-auth';
import {
  csvTemplate,
  parseSubmissionFile,
  parseSubmissionJson,
  type ParsedFile,
} from '@candor/submission-files';
import {
  MAX_IDEMPOTENCY_KEY_LENGTH,
  rejectedReport,
  uploadTooLargeMessage,
} from './submission-input';
import { submitParsedFile } from './submit-file';
import { SubmissionsService, type SubmissionReport } from './submissions.service';

interface UploadedBlob {
  buffer: Buffer;
  mimetype: string;
  originalname: string;
}

/** The organization a call is for: the query parameter, else the caller's only organization. */
function organizationOf(principal: Principal, requested: string | undefined): string {
  if (requested) return requested;
  const own = principal.memberships.filter((m) => m.role === 'submitter' || m.role === 'admin');
  if (own.length === 1 && own[0]) return own[0].organizationId;
  throw new DomainError(
    'BAD_USER_INPUT',
    'Say which organization the figures are for: ?organizationId=<id>.',
  );
}

const serialize = (report: SubmissionReport) => ({
  ok: report.ok,
  replayed: report.replayed,
  submissions: report.submissions.map((s) => ({
    id: s.id,
    period: s.period,
    version: s.version,
    status: s.status,
    figureCount: s.figureCount,
    contentChecksum: s.contentChecksum,
  })),
  errors: report.errors,
  warnings: report.warnings,
});

/** A multipart file over the limit (multer) answers like every other bad upload. */
@Catch(PayloadTooLargeException)
@Injectable()
class UploadTooLargeFilter implements ExceptionFilter {
  constructor(@Inject(CANDOR_CONFIG) private readonly config: CandorConfig) {}

  catch(_error: PayloadTooLargeException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json(
        serialize(
          rejectedReport([
            {
              code: 'FILE_TOO_LARGE',
              message: uploadTooLargeMessage(this.config.maxUploadBytes),
            },
          ]),
        ),
      );
  }
}

/**
 * Figures from scripts: `POST /api/submissions` with a CSV or JSON file as the raw body or as the
 * multipart field `file`, authenticated by `Authorization: Bearer <API key>`. The answer is the
 * same report as GraphQL's: 201 when stored, 200 for a dry run, 422 with the errors otherwise.
 */
@Controller('api')
export class SubmissionUploadController {
  constructor(
    private readonly submissions: SubmissionsService,
    @Inject(CANDOR_CONFIG) private readonly config: CandorConfig,
  ) {}

  @SignedIn({ apiKeys: true })
  @Post('submissions')
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(UploadTooLargeFilter)
  async upload(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
    @UploadedFile() file: UploadedBlob | undefined,
    @Query('organizationId') requestedOrganization: string | undefined,
    @Query('attributed') attributed: string | undefined,
    @Query('dryRun') dryRun: string | undefined,
    @Query('idempotencyKey') keyParameter: string | undefined,
    @Headers('idempotency-key') keyHeader: string | undefined,
  ) {
    const organizationId = organizationOf(principal, requestedOrganization);
    authorize.submitFor(principal, organizationId);
    const idempotencyKey = keyHeader ?? keyParameter;
    if (
      idempotencyKey !== undefined &&
      (idempotencyKey.length === 0 || idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH)
    ) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `An idempotency key has 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
      );
    }
    const options = { maxBytes: this.config.maxUploadBytes };
    const parsed = this.parse(request, file, options);
    const isDryRun = dryRun === 'true' || dryRun === '1';
    const report = await submitParsedFile(this.submissions, parsed, {
      organizationId,
      attributed: attributed === 'true' || attributed === '1',
      source: parsed.format === 'csv' ? 'csv' : 'api',
      actor: actorOf(principal),
      idempotencyKey,
      dryRun: isDryRun,
    });
    response.status(!report.ok ? 422 : isDryRun || report.replayed ? 200 : 201);
    return serialize(report);
  }

  @Public()
  @Get('templates/:kind')
  @HttpCode(200)
  template(
    @Param('kind') kind: string,
    @Query('period') period: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): string {
    const name = kind.replace(/\.csv$/, '');
    if (name !== 'hotline' && name !== 'company')
      throw new DomainError('NOT_FOUND', `There is no template "${kind}": use hotline or company.`);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="candor-${name}-template.csv"`);
    return csvTemplate(name, period);
  }

  private parse(
    request: Request,
    file: UploadedBlob | undefined,
    options: { maxBytes: number },
  ): ParsedFile {
    if (file)
      return parseSubmissionFile(
        new Uint8Array(file.buffer),
        { contentType: file.mimetype, filename: file.originalname },
        options,
      );
    const body: unknown = request.body;
    if (Buffer.isBuffer(body))
      return parseSubmissionFile(
        new Uint8Array(body),
        { contentType: request.headers['content-type'] },
        options,
      );
    if (body && typeof body === 'object' && Object.keys(body).length > 0)
      return parseSubmissionJson(body, options);
    return {
      format: 'csv',
      documents: [],
      errors: [
        {
          code: 'EMPTY_SUBMISSION',
          message:
            'The request has no file: send the CSV or JSON as the body, or as the multipart field "file".',
        },
      ],
      warnings: [],
    };
  }
}
