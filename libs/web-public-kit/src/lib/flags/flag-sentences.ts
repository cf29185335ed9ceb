import type { Granularity } from '../url-state/view-params';
import type { FlagView } from './flag-view';

/** What the sentences need: the `public` namespace's `flag.*` messages and number formats. */
export interface FlagWords {
  t: (key: FlagKey, values: Record<string, string>) => string;
  number: (value: number) => string;
  /** A signed relative change: +46 %. */
  change: (ratio: number) => string;
  /** An unsigned relative change, for "46 % above": 46 %. */
  size: (ratio: number) => string;
  /** A share: 99 %. */
  share: (ratio: number) => string;
  period: (code: string) => string;
  /** "a month", "par trimestre" … */
  per: (granularity: Granularity) => string;
}

export type FlagKey =
  | 'spikeLead'
  | 'increase'
  | 'known'
  | 'returned'
  | 'stillAbove'
  | 'shiftUp'
  | 'shiftDown'
  | 'change'
  | 'breakInSeries';

/**
 * A flag explained in the reader's language, from its numbers: the spike against its expected
 * level, or where a level moved from and to (the English `text` published with the flag stays
 * in the release's files). Levels are rounded to whole units, as "about" says.
 */
export function flagSentences(flag: FlagView, granularity: Granularity, words: FlagWords): string {
  const { t } = words;
  const whole = (value: number) => words.number(Math.round(value));
  const sentences: string[] = [];
  if (flag.kind === 'spike') {
    sentences.push(
      t('spikeLead', {
        period: words.period(flag.period),
        observed: whole(flag.observed),
        expected: whole(flag.expected),
        upper: whole(flag.upper),
      }),
    );
    if (flag.increase !== null && flag.increase > 0)
      sentences.push(t('increase', { change: words.size(flag.increase) }));
    if (flag.knownShare !== null)
      sentences.push(t('known', { share: words.share(flag.knownShare) }));
    if (flag.next)
      sentences.push(
        t(flag.next.status === 'returned' ? 'returned' : 'stillAbove', {
          period: words.period(flag.next.period),
        }),
      );
  } else {
    sentences.push(
      t(flag.moved === 'up' ? 'shiftUp' : 'shiftDown', {
        period: words.period(flag.period),
        after: whole(flag.after),
        before: whole(flag.before),
        per: words.per(granularity),
      }),
    );
    if (flag.change !== null) sentences.push(t('change', { change: words.change(flag.change) }));
  }
  if (flag.breakInSeries) sentences.push(t('breakInSeries', {}));
  return sentences.join(' ');
}
