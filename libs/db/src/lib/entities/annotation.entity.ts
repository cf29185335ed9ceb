import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The public annotation log: dated notes on known reporting changes ("a hotline started hash
 * matching in 2025-02"), shown with the series they concern so a change is not read as a trend.
 */
@Entity('annotation')
@Index('annotation_period_idx', ['period'])
export class AnnotationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The metric concerned; null for every series. */
  @Column({ type: 'text', nullable: true })
  metric!: string | null;

  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', nullable: true })
  createdByAccountId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
