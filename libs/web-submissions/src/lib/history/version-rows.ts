import type { PeriodHistoryQuery } from '@candor/web-graphql';

type Version = PeriodHistoryQuery['submissions'][number];

export interface VersionRow extends Version {
  /** The version before this one, to compare with; null for the first. */
  previousId: string | null;
  /** This is the version that counts now: the newest that is not superseded. */
  current: boolean;
}

/** Every version of a period, newest first, each linked to the one before it. */
export function toVersionRows(versions: readonly Version[] | undefined): VersionRow[] {
  const sorted = [...(versions ?? [])].sort((a, b) => b.version - a.version);
  const byVersion = new Map(sorted.map((v) => [v.version, v]));
  const current = sorted.find((v) => v.status !== 'superseded');
  return sorted.map((v) => ({
    ...v,
    previousId: byVersion.get(v.version - 1)?.id ?? null,
    current: v === current,
  }));
}
