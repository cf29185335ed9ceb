/** A file of a published report (`TransparencyReport.files`). */
export interface ReportFile {
  name: string;
  mediaType: string;
  url: string;
  sha256: string | null;
}

/** The files a report is published as, in the order they are offered. */
export const FILE_KEYS = {
  'report.pdf': 'pdf',
  'report.csv': 'csv',
  'report.json': 'json',
  'datapackage.json': 'datapackage',
} as const;

export type FileKey = (typeof FILE_KEYS)[keyof typeof FILE_KEYS];

/** The message key of a file's name; null for a file the app does not know. */
export function fileKey(name: string): FileKey | null {
  return Object.hasOwn(FILE_KEYS, name) ? FILE_KEYS[name as keyof typeof FILE_KEYS] : null;
}

/** Known files first, in the order of `FILE_KEYS`, then any other by name. */
export function orderedFiles<T extends { name: string }>(files: readonly T[]): T[] {
  const names = Object.keys(FILE_KEYS);
  const rank = (name: string) => {
    const index = names.indexOf(name);
    return index === -1 ? names.length : index;
  };
  return [...files].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
