import { createHash } from 'node:crypto';

export interface AuditRecord {
  occurredAt: Date;
  actorAccountId: string | null;
  actorApiKeyId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
}

/** JSON with object keys sorted at every level, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Each event's hash covers the previous event's hash, so editing any event breaks every later link. */
export function auditHash(previousHash: string | null, record: AuditRecord): string {
  const body = canonicalJson({
    previousHash,
    occurredAt: record.occurredAt.toISOString(),
    actorAccountId: record.actorAccountId,
    actorApiKeyId: record.actorApiKeyId,
    actorLabel: record.actorLabel,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    details: record.details,
  });
  return createHash('sha256').update(body).digest('hex');
}
