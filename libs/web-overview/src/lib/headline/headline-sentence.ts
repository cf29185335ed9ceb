import type { ValueKind } from '@candor/charts';
import type { Comparison, HeadlineFigure, HeadlineId } from './headline-figures';

/** Message keys of the `overview` namespace the sentences use. */
export type SentenceKey =
  | `figure.${HeadlineId}.lead`
  | `compare.${'both' | 'previous' | 'yearAgo' | 'none'}`
  | `change.${'up' | 'down' | 'same' | 'upPoints' | 'downPoints'}`
  | 'gap';

/** What the sentences need: messages, and numbers and periods in the reader's language. */
export interface SentenceWords {
  t: (key: SentenceKey, values?: Record<string, string>) => string;
  value: (value: number, kind: ValueKind) => string;
  period: (code: string) => string;
  /** The reason of a gap, in words ("Withheld: too few organizations contribute"). */
  gap: (reason: string) => string;
  /** An unsigned relative change: 25 %, 3.4 %. */
  changeSize: (ratio: number) => string;
  /** An unsigned difference of shares in points: 2.1. */
  points: (difference: number) => string;
}

/**
 * A change in words: "up 25 %", "down 2.1 percentage points", "unchanged" — what changed is said
 * in words and sign, never by color alone. Null without a change to state.
 */
export function changePhrase(
  kind: ValueKind,
  comparison: Comparison | null,
  words: SentenceWords,
): string | null {
  const change = comparison?.change ?? null;
  if (change === null) return null;
  // Both are shown to a tenth (of a percent, or of a point): below that, nothing changed.
  if (Math.round(Math.abs(change) * 1000) === 0) return words.t('change.same');
  if (kind === 'share')
    return words.t(change > 0 ? 'change.upPoints' : 'change.downPoints', {
      points: words.points(change),
    });
  return words.t(change > 0 ? 'change.up' : 'change.down', { change: words.changeSize(change) });
}

/**
 * One sentence saying a headline figure, in the reader's language: its value in the latest
 * period and its change on the period before and a year earlier, where those exist; or, for a
 * withheld figure, why there is none.
 */
export function headlineSentence(figure: HeadlineFigure, words: SentenceWords): string {
  const period = words.period(figure.period);
  if (figure.current.value === null) {
    return words.t('gap', { period, reason: words.gap(figure.current.gap ?? 'not_published') });
  }
  const lead = words.t(`figure.${figure.id}.lead`, {
    value: words.value(figure.current.value, figure.kind),
    period,
  });
  const previous = changePhrase(figure.kind, figure.previous, words);
  const yearAgo = changePhrase(figure.kind, figure.yearAgo, words);
  const values: Record<string, string> = { lead };
  if (previous && figure.previous) {
    values['previous'] = previous;
    values['previousPeriod'] = words.period(figure.previous.period);
  }
  if (yearAgo && figure.yearAgo) {
    values['yearAgo'] = yearAgo;
    values['yearAgoPeriod'] = words.period(figure.yearAgo.period);
  }
  const form = previous ? (yearAgo ? 'both' : 'previous') : yearAgo ? 'yearAgo' : 'none';
  return words.t(`compare.${form}`, values);
}
