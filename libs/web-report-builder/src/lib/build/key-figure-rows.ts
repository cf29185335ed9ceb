import {
  toKeyFigureId,
  toWithheldReason,
  type KeyFigureId,
  type WithheldReason,
} from '../shared/vocabulary';

/** A figure's value as the page shows it: a number, or why it is withheld. */
export type Shown = { value: number } | { withheld: WithheldReason | 'other' };

export interface KeyFigureRow {
  /** Stable id of the figure (`reports`, `csam` …); null for one unknown here. */
  id: KeyFigureId | null;
  rawId: string;
  metric: string;
  kind: 'count' | 'share' | 'hours';
  period: string;
  shown: Shown;
  change:
    { value: number; kind: 'relative' | 'difference' } | { withheld: WithheldReason | 'other' };
}

export interface TrendRow {
  metric: string;
  /** The catalogue's English label, as the report gives it. */
  label: string;
  periods: number;
  withheld: number;
  /** The last period with a published value, if any. */
  latest: { period: string; value: number } | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const finite = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const reason = (value: unknown): WithheldReason | 'other' =>
  toWithheldReason(typeof value === 'string' ? value : null) ?? 'other';

function shown(value: unknown, withheld: unknown): Shown {
  const number = finite(value);
  return number !== null && withheld == null ? { value: number } : { withheld: reason(withheld) };
}

const KINDS = ['count', 'share', 'hours'] as const;

/** The key figures of a report's content (JSON from the API), read defensively. */
export function toKeyFigureRows(content: unknown): KeyFigureRow[] {
  if (!isRecord(content) || !Array.isArray(content['keyFigures'])) return [];
  return content['keyFigures'].filter(isRecord).map((figure) => {
    const rawId = text(figure['id']);
    const kind = KINDS.find((k) => k === figure['kind']) ?? 'count';
    const change = finite(figure['change']);
    return {
      // Companies' takedown figures share ids with the hotlines' ones but not their names.
      id: toKeyFigureId(
        text(figure['metric']) === 'company.takedown' ? `${rawId}Companies` : rawId,
      ),
      rawId,
      metric: text(figure['metric']),
      kind,
      period: text(figure['period']),
      shown: shown(figure['value'], figure['withheld']),
      change:
        change !== null
          ? {
              value: change,
              kind: figure['changeKind'] === 'difference' ? 'difference' : 'relative',
            }
          : { withheld: reason(figure['changeWithheld']) },
    };
  });
}

/** The trend series of a report's content: how many periods, how many withheld, the latest value. */
export function toTrendRows(content: unknown): TrendRow[] {
  if (!isRecord(content) || !Array.isArray(content['trends'])) return [];
  return content['trends'].filter(isRecord).map((trend) => {
    const points = Array.isArray(trend['points']) ? trend['points'].filter(isRecord) : [];
    const published = points.flatMap((point) => {
      const value = finite(point['value']);
      return value !== null && point['withheld'] == null
        ? [{ period: text(point['period']), value }]
        : [];
    });
    return {
      metric: text(trend['metric']),
      label: text(trend['label']),
      periods: points.length,
      withheld: points.length - published.length,
      latest: published.at(-1) ?? null,
    };
  });
}
