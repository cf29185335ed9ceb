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
import { ReleaseEntity } from './release.entity';

export type SuppressionReason = 'contributors' | 'dominance' | 'small_count' | 'secondary';

/**
 * One published cell: a metric for a scope and period, optionally broken down by one dimension.
 * It holds the published value or the reason it is withheld — never a hidden value.
 */
@Entity('release_cell')
@Index('release_cell_lookup_idx', [
  'releaseId',
  'metric',
  'scope',
  'dimension',
  'dimensionValue',
  'period',
])
// A breakdown reads one period of one dimension: without period before dimension_value the
// lookup index would scan every period of the dimension.
@Index('release_cell_breakdown_idx', ['releaseId', 'metric', 'scope', 'dimension', 'period'])
@Check('release_cell_value_xor_suppression', '(value IS NULL) <> (suppression IS NULL)')
@Check(
  'release_cell_suppression_check',
  "suppression IN ('contributors', 'dominance', 'small_count', 'secondary')",
)
export class ReleaseCellEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  releaseId!: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;

  @Column({ type: 'text' })
  metric!: string;

  /** `network`, `hotlines`, `companies`, or `organization:<slug>` for attributed figures. */
  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'text' })
  period!: string;

  /** The one dimension this cell breaks the total down by; null for the total. */
  @Column({ type: 'text', nullable: true })
  dimension!: string | null;

  @Column({ type: 'text', nullable: true })
  dimensionValue!: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: countTransformer })
  value!: number | null;

  @Column({ type: 'text', nullable: true })
  suppression!: SuppressionReason | null;
}
