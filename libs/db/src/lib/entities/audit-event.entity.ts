import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only, hash-chained record of every state change. Each event stores the hash of the
 * previous one; a database trigger refuses UPDATE and DELETE.
 */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['entityType', 'entityId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorAccountId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorApiKeyId!: string | null;

  /** Who acted, readable without joins: an e-mail, `api-key:cnd_…` or `system`. */
  @Column({ type: 'text' })
  actorLabel!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  previousHash!: string | null;

  @Index('audit_event_hash_key', { unique: true })
  @Column({ type: 'text' })
  hash!: string;
}
