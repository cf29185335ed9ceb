import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { countTransformer } from '../count-transformer';
import { SubmissionEntity } from './submission.entity';

/**
 * One figure of a submission: a metric, the dimension values it refines (null = total over that
 * dimension) and a non-negative count. Histograms are observations with a bucket dimension.
 */
@Entity('observation')
@Index('observation_submission_metric_dimensions_key', ['submissionId', 'metric', 'dimensionKey'], {
  unique: true,
})
@Index('observation_metric_idx', ['metric'])
@Check('observation_value_non_negative', 'value >= 0')
export class ObservationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ type: 'text' })
  metric!: string;

  /** Canonical `dimension=value` pairs sorted by dimension, `''` for a total; unique per metric. */
  @Column({ type: 'text' })
  dimensionKey!: string;

  @Column({ type: 'text', nullable: true })
  hostingCountry!: string | null;

  @Column({ type: 'text', nullable: true })
  userCountry!: string | null;

  @Column({ type: 'text', nullable: true })
  contentType!: string | null;

  @Column({ type: 'text', nullable: true })
  detection!: string | null;

  @Column({ type: 'text', nullable: true })
  victimAge!: string | null;

  @Column({ type: 'text', nullable: true })
  victimSex!: string | null;

  @Column({ type: 'text', nullable: true })
  siteType!: string | null;

  @Column({ type: 'text', nullable: true })
  origin!: string | null;

  @Column({ type: 'text', nullable: true })
  match!: string | null;

  @Column({ type: 'text', nullable: true })
  takedownHours!: string | null;

  @Column({ type: 'text', nullable: true })
  repeat!: string | null;

  @Column({ type: 'bigint', transformer: countTransformer })
  value!: number;
}
