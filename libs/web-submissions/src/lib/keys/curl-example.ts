export interface CurlOptions {
  /** Where the app is served, e.g. `https://candor.example.org`. */
  origin: string;
  organizationId: string;
  /** The whole key when it was just created; else a placeholder naming its prefix. */
  key: string | null;
  prefix?: string;
  file?: string;
}

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * A shell command that sends a CSV file with an API key: `POST /api/submissions` with the file as
 * the body, and an idempotency key so a retried run never stores a second version.
 */
export function curlExample({
  origin,
  organizationId,
  key,
  prefix,
  file = 'figures.csv',
}: CurlOptions): string {
  const secret = key ?? `${prefix ?? 'cnd_'}…`;
  const url = `${origin.replace(/\/+$/, '')}/api/submissions?organizationId=${encodeURIComponent(organizationId)}`;
  return [
    `curl --fail-with-body -X POST ${quote(url)} \\`,
    `  -H ${quote(`Authorization: Bearer ${secret}`)} \\`,
    `  -H 'Content-Type: text/csv' \\`,
    `  -H "Idempotency-Key: $(sha256sum ${quote(file)} | cut -c1-64)" \\`,
    `  --data-binary @${quote(file)}`,
  ].join('\n');
}
