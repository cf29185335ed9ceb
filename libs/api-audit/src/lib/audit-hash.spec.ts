import { auditHash, canonicalJson, type AuditRecord } from './audit-hash';

const record: AuditRecord = {
  occurredAt: new Date('2026-01-01T00:00:00.000Z'),
  actorAccountId: null,
  actorApiKeyId: null,
  actorLabel: 'system',
  action: 'submission.created',
  entityType: 'submission',
  entityId: 'a',
  details: { b: 1, a: [2, { d: 3, c: 4 }] },
};

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], e: undefined })).toBe(
      '{"a":[2,{"c":4,"d":3}],"b":1}',
    );
  });
});

describe('auditHash', () => {
  it('is a SHA-256 hex digest independent of key order', () => {
    const reordered = { ...record, details: { a: [2, { c: 4, d: 3 }], b: 1 } };
    expect(auditHash(null, record)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(null, reordered)).toBe(auditHash(null, record));
  });

  it('changes with the previous hash and with any field', () => {
    const base = auditHash(null, record);
    expect(auditHash('00', record)).not.toBe(base);
    expect(auditHash(null, { ...record, action: 'submission.accepted' })).not.toBe(base);
    expect(auditHash(null, { ...record, details: { b: 2 } })).not.toBe(base);
  });
});
