import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendMark } from '../model/trend-marks';
import { MarkIcon } from './mark-shapes';
import type { MarkWords } from './use-mark-words';

/** Id of the sentence that explains a mark, so the mark on the chart can point to it. */
export const markTextId = (listId: string, mark: TrendMark) => `${listId}-${mark.id}`;

/**
 * Every mark of the chart in words, in period order: the same explanations the chart shows on
 * hover and focus, readable without the chart (and printed).
 */
export function MarksList({
  listId,
  marks,
  words,
  flagsAnalysed,
}: {
  listId: string;
  marks: readonly TrendMark[];
  words: MarkWords;
  /** False where spikes are not looked for (a breakdown, or one kind of organization). */
  flagsAnalysed: boolean;
}) {
  const { t } = useTranslation('trends');
  const headingId = useId();
  return (
    <section className="trend-marks-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('marks.heading')}</h2>
      <p className="lead trend-marks-list__lead">{t('marks.lead')}</p>
      {!flagsAnalysed && <p className="note">{t('marks.networkOnly')}</p>}
      {marks.length === 0 ? (
        <p className="muted">{t('marks.none')}</p>
      ) : (
        <ul>
          {marks.map((mark) => (
            <li key={mark.id} data-mark={mark.kind} data-period={mark.period}>
              <p className="trend-marks-list__title">
                <MarkIcon kind={mark.kind} />
                {words.label(mark)}
              </p>
              <p id={markTextId(listId, mark)}>{words.explanation(mark)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
