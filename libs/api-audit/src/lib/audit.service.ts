import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from '@candor/db';
import { auditHash } from './audit-hash';

/** Who did something: a signed-in account, an API key, or the system itself. */
export interface Actor {
  accountId?: string | null;
  apiKeyId?: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { label: 'system' };

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first event whose stored hashes do not match the recomputed chain. */
  firstBrokenId?: string;
  reason?: string;
}

/** Serializes appends so each event links to exactly one predecessor. */
const AUDIT_LOCK_ID = 4_211_202_612;

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends an event inside the caller's transaction; it commits or rolls back with the change. */
  async append(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<AuditEventEntity> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_ID]);
    const [last] = await manager.query<{ hash: string }[]>(
      'SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1',
    );
    const record = {
      occurredAt: new Date(),
      actorAccountId: actor.accountId ?? null,
      actorApiKeyId: actor.apiKeyId ?? null,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details: entry.details ?? {},
    };
    const previousHash = last?.hash ?? null;
    const event = manager.create(AuditEventEntity, {
      ...record,
      previousHash,
      hash: auditHash(previousHash, record),
    });
    return manager.save(event);
  }

  /** Recomputes the whole chain in id order and reports the first broken link. */
  async verifyChain(batchSize = 5_000): Promise<ChainVerification> {
    let previousHash: string | null = null;
    let lastId = '0';
    let checked = 0;
    for (;;) {
      const events: AuditEventEntity[] = await this.dataSource
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.id > :lastId', { lastId })
        .orderBy('e.id', 'ASC')
        .limit(batchSize)
        .getMany();
      if (events.length === 0) return { ok: true, checked };
      for (const event of events) {
        if (event.previousHash !== previousHash) {
          return {
            ok: false,
            checked,
            firstBrokenId: event.id,
            reason: 'previous_hash does not match the hash of the event before it',
          };
        }
        if (auditHash(previousHash, event) !== event.hash) {
          return {
            ok: false,
            checked,
            firstBrokenId: event.id,
            reason: 'hash does not match the event’s content',
          };
        }
        previousHash = event.hash;
        lastId = event.id;
        checked += 1;
      }
    }
  }
}
