import type { SubmissionComparisonQuery } from '@candor/web-graphql';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../shared/status-badge';
import { toSource } from '../shared/status';
import { useFormat } from '../shared/use-format';

type Comparison = SubmissionComparisonQuery['submissionComparison'];

/** The facts of a version: status, source, when it arrived, its figures, the version before. */
export function SubmissionFacts({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const { submission, previous } = comparison;
  const source = toSource(submission.source);
  return (
    <dl className="facts-list">
      <div>
        <dt>{t('facts.status')}</dt>
        <dd>
          <StatusBadge status={submission.status} />
        </dd>
      </div>
      <div>
        <dt>{t('facts.source')}</dt>
        <dd>{source ? t(`source.${source}`) : submission.source}</dd>
      </div>
      <div>
        <dt>{t('facts.sent')}</dt>
        <dd>{format.dateTime(submission.createdAt)}</dd>
      </div>
      <div>
        <dt>{t('facts.figures')}</dt>
        <dd>{format.number(submission.figureCount)}</dd>
      </div>
      <div>
        <dt>{t('facts.attributed')}</dt>
        <dd>{submission.attributed ? t('facts.yes') : t('facts.no')}</dd>
      </div>
      <div>
        <dt>{t('facts.previous')}</dt>
        <dd>
          {previous ? (
            <>
              {t('history.version', { version: previous.version })}{' '}
              <StatusBadge status={previous.status} />
            </>
          ) : (
            t('facts.firstVersion')
          )}
        </dd>
      </div>
      {submission.reviewNote && (
        <div className="facts-list__wide">
          <dt>{t('facts.reviewNote')}</dt>
          <dd>
            <blockquote className="review-note">{submission.reviewNote}</blockquote>
          </dd>
        </div>
      )}
    </dl>
  );
}
