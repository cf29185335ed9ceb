// Small statistics and the printed table of `npm run bench`.

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(rank, 1)) - 1];
}

export function latencySummary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

const RULE = (widths) => widths.map((w) => '-'.repeat(w)).join('-+-');

/** A plain-text table: a header row and rows of strings, columns as wide as their widest cell. */
export function formatTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
  return [line(header), RULE(widths), ...rows.map(line)].map((l) => l.trimEnd()).join('\n');
}

export const ms = (value) =>
  Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms` : '–';
export const seconds = (valueMs) => `${(valueMs / 1000).toFixed(1)} s`;
export const perSecond = (value) => `${Math.round(value).toLocaleString('en')} /s`;
export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
export const megabytes = (value) => (Number.isFinite(value) ? `${Math.round(value)} MB` : '–');
