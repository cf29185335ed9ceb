import type { ReportMeta, ReportVersion } from '../shared/report-meta';

export interface VersionEntry extends ReportVersion {
  current: boolean;
}

/**
 * The versions of a report's series, newest first, with this one marked. A version not yet
 * published (awaiting approval) is not among the published ones: it is added in its place.
 */
export function versionEntries(meta: ReportMeta, releaseVersion: number): VersionEntry[] {
  const listed = meta.versions.some((v) => v.key === meta.key);
  const versions: ReportVersion[] = listed
    ? [...meta.versions]
    : [
        ...meta.versions,
        {
          id: meta.key,
          key: meta.key,
          version: meta.version,
          releaseVersion,
          publishedAt: meta.publishedAt,
          changeNote: meta.changeNote,
          changes: meta.changes,
        },
      ];
  return versions
    .sort((a, b) => b.version - a.version)
    .map((v) => ({ ...v, current: v.key === meta.key }));
}
