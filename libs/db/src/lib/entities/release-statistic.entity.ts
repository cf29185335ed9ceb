import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReleaseEntity } from './release.entity';

/**
 * A statistic derived when the release was built, from disclosure-safe figures: a takedown-time
 * distribution, redistribution measures, or a spike / level-shift flag with its explanation.
 */
@Entity('release_statistic')
@Index('release_statistic_lookup_idx', ['releaseId', 'kind', 'metric', 'scope'])
export class ReleaseStatisticEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  releaseId!: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;

  /** `takedown`, `redistribution`, `spike` or `level_shift`. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  metric!: string;

  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'text', nullable: true })
  period!: string | null;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;
}
