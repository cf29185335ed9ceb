import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@candor/api-platform';
import { CACHE_CONTROL } from './cache-policy';
import { etagOfSha256, ifNoneMatchMatches } from './etag';
import { ReleaseDownloadsService } from './release-downloads.service';

/**
 * `GET /api/releases/:id/{cells.csv,cells.json,statistics.json,datapackage.json}` for published
 * and withdrawn releases: immutable bytes, a strong ETag (SHA-256 of the file) and a year of
 * caching. Anything else is a 404.
 */
@Public()
@Controller('api/releases')
export class ReleaseDownloadsController {
  constructor(private readonly downloads: ReleaseDownloadsService) {}

  @Get(':id/:file')
  async download(
    @Param('id') id: string,
    @Param('file') name: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.downloads.file(id, name);
    const etag = etagOfSha256(file.sha256);
    const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL.immutable };
    if (ifNoneMatchMatches(request.headers['if-none-match'], etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    response
      .writeHead(200, {
        ...headers,
        'Content-Type': `${file.mediaType}; charset=utf-8`,
        'Content-Length': file.body.length,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
      })
      .end(request.method === 'HEAD' ? undefined : file.body);
  }
}
