import type { Words } from '../i18n';
import { interpolate } from '../shared/interpolate';

const TAKEDOWN_FIGURES = new Set(['medianTakedown', 'removedWithin3Days']);

/** Who was notified, from a takedown metric's code (`hotline.takedown`, `company.takedown`). */
export function takedownWho(metric: string, words: Words): string | null {
  if (metric.startsWith('hotline.')) return words.takedown.metric.hotline;
  if (metric.startsWith('company.')) return words.takedown.metric.company;
  return null;
}

/**
 * The name of a key figure in the report's language, from its id (and, for takedown figures,
 * whose notices they measure). A figure the app does not know is named by the catalogue label
 * the report gives its metric, or by its id; `quoted` says the name is that English label.
 */
export function keyFigureName(
  figure: { id: string; metric: string },
  words: Words,
  label: (metric: string) => string | null,
): { name: string; quoted: boolean } {
  if (!Object.hasOwn(words.keyFigures.name, figure.id))
    return { name: label(figure.metric) ?? figure.id, quoted: true };
  const name = words.keyFigures.name[figure.id as keyof Words['keyFigures']['name']];
  const who = TAKEDOWN_FIGURES.has(figure.id) ? takedownWho(figure.metric, words) : null;
  return {
    name: who ? interpolate(words.keyFigures.withWho, { figure: name, who }) : name,
    quoted: false,
  };
}
