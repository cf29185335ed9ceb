import type { CountriesMessages } from '../i18n/en';
import type { CountryRanking } from './country-ranking';

export type SummaryKey = keyof CountriesMessages['summary'];

/** How the summary's parts read in the chosen language. */
export interface SummaryWords {
  text: (key: SummaryKey, values: Record<string, string>) => string;
  count: (value: number) => string;
  share: (value: number) => string;
  list: (items: readonly string[]) => string;
  /** The reason of a gap, in words. */
  gap: (reason: string) => string;
}

/** Countries named after the leader in the summary. */
const FOLLOWERS = 2;

/**
 * The text summary of a ranking: who ranks first (with its share of the total when that is
 * published), who follows, how many countries are ranked and withheld, the residual parts, and
 * why there are no shares when the total is withheld.
 */
export function rankingSummary(
  ranking: CountryRanking,
  period: string,
  words: SummaryWords,
): string {
  const withheld = words.count(ranking.withheld.length);
  const [leader, ...rest] = ranking.ranked;
  if (!leader || leader.count === null) return words.text('none', { period, withheld });

  const sentences = [
    leader.share !== null && ranking.total !== null
      ? words.text('leaderShare', {
          country: leader.name,
          count: words.count(leader.count),
          share: words.share(leader.share),
          total: words.count(ranking.total),
          period,
        })
      : words.text('leader', { country: leader.name, count: words.count(leader.count), period }),
  ];
  const followers = rest
    .slice(0, FOLLOWERS)
    .flatMap((row) =>
      row.count === null
        ? []
        : [words.text('item', { country: row.name, count: words.count(row.count) })],
    );
  if (followers.length > 0) sentences.push(words.text('next', { list: words.list(followers) }));
  sentences.push(words.text('counts', { ranked: words.count(ranking.ranked.length), withheld }));
  for (const row of ranking.residual)
    if (row.count !== null)
      sentences.push(words.text('residual', { label: row.name, count: words.count(row.count) }));
  if (ranking.total === null && ranking.totalGap)
    sentences.push(words.text('totalWithheld', { reason: words.gap(ranking.totalGap) }));
  return sentences.join(' ');
}
