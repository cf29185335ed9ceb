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
import { AccountEntity } from './account.entity';
import { ApiKeyEntity } from './api-key.entity';
import { OrganizationEntity } from './organization.entity';

export type SubmissionStatus = 'submitted' | 'accepted' | 'rejected' | 'superseded';
export type SubmissionSource = 'api' | 'csv' | 'form' | 'dsa-import' | 'demo';

/** One version of an organization's figures for one period. Append-only: corrections are new versions. */
@Entity('submission')
@Check('submission_status_check', "status IN ('submitted', 'accepted', 'rejected', 'superseded')")
@Check('submission_source_check', "source IN ('api', 'csv', 'form', 'dsa-import', 'demo')")
@Check('submission_grain_check', "grain IN ('month', 'quarter', 'half', 'year')")
@Check('submission_version_check', 'version >= 1')
@Index('submission_organization_period_version_key', ['organizationId', 'period', 'version'], {
  unique: true,
})
@Index('submission_organization_idempotency_key', ['organizationId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
@Index('submission_status_idx', ['status'])
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** Period code as submitted: `2026-03`, `2026-Q1`, `2026-H1` or `2026`. */
  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'text' })
  grain!: 'month' | 'quarter' | 'half' | 'year';

  /** First day of the period (inclusive) and first day after it; for range queries. */
  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  status!: SubmissionStatus;

  @Column({ type: 'text' })
  source!: SubmissionSource;

  /** The organization agrees that these figures are published under its name. */
  @Column({ type: 'boolean', default: false })
  attributed!: boolean;

  @Column({ type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the canonical figures; same key + same checksum = the same submission. */
  @Column({ type: 'text' })
  contentChecksum!: string;

  @Column({ type: 'integer' })
  figureCount!: number;

  /** Soft-rule warnings at submission time (sudden jumps), shown to reviewers. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings!: { row?: number; column?: string; code: string; message: string; metric?: string }[];

  @Column({ type: 'uuid', nullable: true })
  submittedByAccountId!: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_account_id' })
  submittedByAccount?: AccountEntity;

  @Column({ type: 'uuid', nullable: true })
  submittedByApiKeyId!: string | null;

  @ManyToOne(() => ApiKeyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_api_key_id' })
  submittedByApiKey?: ApiKeyEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedByAccountId!: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by_account_id' })
  reviewedByAccount?: AccountEntity;

  /** The reviewer's reason, shown to the submitter. */
  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;
}
