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

export type ReleaseStatus = 'building' | 'draft' | 'failed' | 'published' | 'withdrawn';

export interface ReleaseOptions {
  /** p of the p% rule (percent). */
  p: number;
  minContributors: number;
  /** Unbiased stable random rounding of published counts; null = exact. */
  roundingBase: 5 | 10 | null;
  /** Differential-privacy noise on counts of reports; absent = none. */
  noise?: ReleaseNoise | null;
}

/** The zCDP budget a noisy release spends, recorded with it (privacy.md). */
export interface ReleaseNoise {
  mechanism: 'discrete_gaussian';
  /** ρ this release spends. */
  rho: number;
  /** ρ spent by the series with this release included, and the series' limit. */
  seriesSpentRho: number;
  seriesLimitRho: number;
  /** The (ε, δ) guarantee of this release alone, at δ = 10⁻⁶. */
  epsilon: number;
  delta: number;
  /** Per noisy metric: sensitivity² and σ² (filled in by the build). */
  metrics: { metric: string; sensitivity2: number; sigma2: number }[];
}

export interface ReleaseProgress {
  step: string;
  percent: number;
}

/**
 * A frozen, disclosure-controlled table of cells over a period range. Built as a draft, then
 * published (and cached forever) or withdrawn with a reason; never changed after building.
 */
@Entity('release')
@Index('release_series_version_key', ['series', 'version'], { unique: true })
@Check(
  'release_status_check',
  "status IN ('building', 'draft', 'failed', 'published', 'withdrawn')",
)
@Check('release_granularity_check', "granularity IN ('month', 'quarter', 'year')")
export class ReleaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Releases of one series cover the same kind of table; versions count within it. */
  @Column({ type: 'text' })
  series!: string;

  /**
   * Set for an organization's own release: only its figures marked for attributed publication,
   * published when its admin approves the report (no network release needed). Null = network.
   */
  @Index('release_organization_id_idx')
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  periodFrom!: string;

  @Column({ type: 'text' })
  periodTo!: string;

  @Column({ type: 'text' })
  granularity!: 'month' | 'quarter' | 'year';

  @Column({ type: 'jsonb' })
  options!: ReleaseOptions;

  @Column({ type: 'text' })
  status!: ReleaseStatus;

  @Column({ type: 'jsonb' })
  progress!: ReleaseProgress;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** Metric code → definition version used, so a series never silently mixes definitions. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  definitionVersions!: Record<string, number>;

  /** SHA-256 of the release's canonical CSV. */
  @Column({ type: 'text', nullable: true })
  checksum!: string | null;

  @Column({ type: 'integer', default: 0 })
  cellCount!: number;

  @Column({ type: 'uuid', nullable: true })
  previousReleaseId!: string | null;

  /** Cells that changed against the previous release, and the corrected submissions behind them. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changelog!: unknown[];

  @Column({ type: 'uuid', nullable: true })
  createdByAccountId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  builtAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason!: string | null;
}
