import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { ReleaseCellEntity, ReleaseEntity, ReleaseStatisticEntity } from '@candor/db';
import { DomainError } from '@candor/api-platform';
import { LruCache } from './lru-cache';
import {
  type DownloadName,
  isDownloadName,
  type ReleaseFile,
  releaseFiles,
  type ReleaseFiles,
} from './release-files';
import { isUuid } from '../uuid';

const PUBLIC_STATUSES: ReleaseEntity['status'][] = ['published', 'withdrawn'];
/** Built files of recent releases; a release bigger than this is rebuilt per request. */
const LIMITS = { maxEntries: 64, maxBytes: 64 * 1024 * 1024 };

const notFound = (id: string) =>
  new DomainError('NOT_FOUND', `No published release with id ${id}.`);

/**
 * The downloads of published (and withdrawn) releases. A release's files never change once it is
 * public, so they are built once and kept in memory while there is room.
 */
@Injectable()
export class ReleaseDownloadsService {
  private readonly logger = new Logger('ReleaseDownloads');
  private readonly built = new LruCache<ReleaseFiles>(LIMITS);
  /** Concurrent first requests for one release share one build. */
  private readonly building = new Map<string, Promise<ReleaseFiles | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One file of a public release; NOT_FOUND for a draft, an unknown id or an unknown file. */
  async file(id: string, name: string): Promise<ReleaseFile> {
    if (!isDownloadName(name) || !isUuid(id)) throw notFound(id);
    const files = this.built.get(id) ?? (await this.buildOnce(id));
    if (!files) throw notFound(id);
    return files[name as DownloadName];
  }

  /** Reads the release and builds its files (no cache); null unless it is public. */
  async build(id: string): Promise<ReleaseFiles | null> {
    const release = await this.dataSource
      .getRepository(ReleaseEntity)
      .findOneBy({ id, status: In(PUBLIC_STATUSES) });
    if (!release?.publishedAt) return null;
    const [cells, statistics] = await Promise.all([
      this.dataSource.getRepository(ReleaseCellEntity).findBy({ releaseId: id }),
      this.dataSource.getRepository(ReleaseStatisticEntity).findBy({ releaseId: id }),
    ]);
    const files = releaseFiles({ ...release, publishedAt: release.publishedAt }, cells, statistics);
    if (files['cells.csv'].sha256 !== release.checksum)
      this.logger.error(
        `Release ${id}: the CSV of its stored cells has SHA-256 ${files['cells.csv'].sha256}, not its checksum ${release.checksum}.`,
      );
    return files;
  }

  private buildOnce(id: string): Promise<ReleaseFiles | null> {
    let pending = this.building.get(id);
    if (!pending) {
      pending = this.build(id)
        .then((files) => {
          if (files) this.built.set(id, files, totalBytes(files));
          return files;
        })
        .finally(() => this.building.delete(id));
      this.building.set(id, pending);
    }
    return pending;
  }
}

const totalBytes = (files: ReleaseFiles) =>
  Object.values(files).reduce((sum, f) => sum + f.body.length, 0);
