import type { Words } from '../i18n';
import type { PublicFormat } from './format';
import { interpolate } from './interpolate';
import { PUBLISHED_RULES, smallCountApplies } from './published-rules';

/** The public disclosure parameters of a release (`Release.options`). */
export interface DisclosureOptions {
  minContributors: number;
  roundingBase: number | null;
  noise: {
    rho: number;
    epsilon: number;
    delta: number;
    seriesSpentRho: number;
    seriesLimitRho: number;
    metrics: readonly { metric: string }[];
  } | null;
}

export type RuleId =
  | 'contributors'
  | 'dominance'
  | 'smallCount'
  | 'secondary'
  | 'rounding'
  | 'noise'
  | 'noiseSums'
  | 'zero';

export interface Rule {
  id: RuleId;
  text: string;
}

/** Units of the catalogue that get the small-count rule, in catalogue order, each once. */
export function smallCountUnits(metrics: readonly { unit: string }[]): string[] {
  return [...new Set(metrics.map((m) => m.unit))].filter(smallCountApplies);
}

/**
 * The disclosure rules in plain words: from a release's parameters when one is given, else the
 * catalogue's defaults (rounding and noise are options of a release, so they are then left out).
 */
export function disclosureRules(
  options: DisclosureOptions | null,
  units: readonly string[],
  words: Words,
  format: PublicFormat,
  metricName: (code: string) => string,
): Rule[] {
  const unitWords = (list: readonly string[]) =>
    format.list(
      list.map((unit) => (unit in words.units ? words.units[unit as keyof Words['units']] : unit)),
    );
  const rules: Rule[] = [
    {
      id: 'contributors',
      text: interpolate(words.rules.contributors, {
        count: format.number(options?.minContributors ?? PUBLISHED_RULES.minContributors),
      }),
    },
    { id: 'dominance', text: words.rules.dominance },
    {
      id: 'smallCount',
      text: interpolate(words.rules.smallCount, {
        units: unitWords(units.length > 0 ? units : PUBLISHED_RULES.smallCountUnits),
      }),
    },
    { id: 'secondary', text: words.rules.secondary },
  ];
  if (options) {
    rules.push({
      id: 'rounding',
      text: options.roundingBase
        ? interpolate(words.rules.rounding, { base: format.number(options.roundingBase) })
        : words.rules.roundingNone,
    });
    const noise = options.noise;
    if (noise) {
      const noisy = noise.metrics.map((m) => metricName(m.metric));
      rules.push(
        {
          id: 'noise',
          text: interpolate(words.rules.noise, {
            metrics: noisy.length > 0 ? format.list(noisy) : unitWords(units),
            rho: format.decimal(noise.rho),
            epsilon: format.decimal(noise.epsilon, 2),
            delta: format.scientific(noise.delta),
            spent: format.decimal(noise.seriesSpentRho),
            limit: format.decimal(noise.seriesLimitRho),
          }),
        },
        { id: 'noiseSums', text: words.rules.noiseSums },
      );
    } else {
      rules.push({ id: 'noise', text: words.rules.noiseNone });
    }
  }
  rules.push({ id: 'zero', text: words.rules.zero });
  return rules;
}
