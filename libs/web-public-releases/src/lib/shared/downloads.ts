/** The files of a published release (`Release.downloads`), and how to check them. */
export const DOWNLOAD_KEYS = {
  'cells.csv': 'cellsCsv',
  'cells.json': 'cellsJson',
  'statistics.json': 'statisticsJson',
  'datapackage.json': 'datapackageJson',
} as const;

export type DownloadKey = (typeof DOWNLOAD_KEYS)[keyof typeof DOWNLOAD_KEYS];

/** The message key of a download's name; null for a file the app does not know. */
export function downloadKey(name: string): DownloadKey | null {
  return Object.hasOwn(DOWNLOAD_KEYS, name)
    ? DOWNLOAD_KEYS[name as keyof typeof DOWNLOAD_KEYS]
    : null;
}

/** The name the API gives a downloaded file (its Content-Disposition): `candor-network-month-v3-cells.csv`. */
export function downloadFilename(series: string, version: number, name: string): string {
  return `candor-${series}-v${version}-${name}`;
}

export interface VerifyCommands {
  linux: string;
  mac: string;
  windows: string;
  /** Compares for the reader: prints `<file>: OK` when the checksum matches. */
  check: string;
}

/** Commands that print the SHA-256 of a downloaded file, to compare with the release checksum. */
export function verifyCommands(filename: string, checksum: string): VerifyCommands {
  return {
    linux: `sha256sum ${filename}`,
    mac: `shasum -a 256 ${filename}`,
    windows: `Get-FileHash ${filename} -Algorithm SHA256`,
    check: `echo "${checksum}  ${filename}" | sha256sum -c`,
  };
}
