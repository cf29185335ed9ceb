import { createHash } from 'node:crypto';
import { figureKey, type Figure } from '@candor/catalogue';

/**
 * SHA-256 of a submission's content in canonical form (figures sorted by key), so the same figures
 * in any order or format give the same checksum: the basis of idempotent re-sends.
 */
export function submissionChecksum(
  period: string,
  attributed: boolean,
  figures: readonly Figure[],
): string {
  const lines = figures.map((f) => `${figureKey(f.metric, f.dimensions)}\t${f.value}`).sort();
  return createHash('sha256')
    .update(
      `candor-submission-v1\n${period}\n${attributed ? 'attributed' : 'aggregate-only'}\n${lines.join('\n')}`,
    )
    .digest('hex');
}
