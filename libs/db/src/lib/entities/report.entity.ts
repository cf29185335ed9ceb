import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { ReleaseEntity } from './release.entity';

export type ReportStatus = 'awaiting_approval' | 'published';

/**
 * A transparency report: one release seen through one scope, in one language, frozen as the
 * JSON and CSV bytes it was published with (the PDF is rendered from its web page once, on
 * first download). Reports of one series (release series, scope, language) are numbered
 * versions; a newer one says what changed and why.
 */
@Entity('report')
@Index('report_definition_key', ['releaseId', 'scope', 'language'], { unique: true })
@Index('report_series_version_key', ['series', 'version'], { unique: true })
@Check('report_status_check', "status IN ('awaiting_approval', 'published')")
@Check('report_language_check', "language IN ('en', 'fr', 'de', 'es')")
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `<release series>/<scope>/<language>`. */
  @Column({ type: 'text' })
  series!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'uuid' })
  releaseId!: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;

  /** `network`, `hotlines`, `companies`, `country:NL` or `organization:<slug>`. */
  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'text' })
  language!: 'en' | 'fr' | 'de' | 'es';

  /** The organization whose own figures the report shows (organization scope only). */
  @Index('report_organization_id_idx')
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  status!: ReportStatus;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  json!: string;

  @Column({ type: 'text' })
  csv!: string;

  @Column({ type: 'text' })
  jsonSha256!: string;

  @Column({ type: 'text' })
  csvSha256!: string;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf!: Buffer | null;

  @Column({ type: 'text', nullable: true })
  pdfSha256!: string | null;

  /** Why this version was published (the publisher's words); required from version 2 on. */
  @Column({ type: 'text', nullable: true })
  changeNote!: string | null;

  /** What changed against the previous version, generated when it was created. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: string[];

  @Column({ type: 'uuid', nullable: true })
  previousReportId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByAccountId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  approvedByAccountId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
