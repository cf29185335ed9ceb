import { useId, useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../shared/error-alert';
import { useFormat } from '../shared/use-format';
import { toFlagViews, type FlagView } from './flag-view';
import { releaseFlagsQuery } from './release.documents';

/** One flag in the reader's language, built from its numbers (the English text stays available). */
function FlagSentences({ flag }: { flag: FlagView }) {
  const { t } = useTranslation('releases');
  const format = useFormat();
  const sentences: string[] = [];
  if (flag.kind === 'spike') {
    sentences.push(
      t('detail.flags.observed', {
        observed: format.number(flag.observed),
        expected: format.number(Math.round(flag.expected)),
        upper: format.number(Math.round(flag.upper)),
      }),
    );
    if (flag.increase !== null)
      sentences.push(t('detail.flags.increase', { change: format.change(flag.increase) }));
    if (flag.knownShare !== null)
      sentences.push(t('detail.flags.known', { share: format.share(flag.knownShare) }));
    if (flag.next)
      sentences.push(
        t(flag.next.status === 'returned' ? 'detail.flags.returned' : 'detail.flags.stillAbove', {
          period: format.period(flag.next.period),
        }),
      );
  } else {
    sentences.push(
      t(flag.moved === 'up' ? 'detail.flags.shiftUp' : 'detail.flags.shiftDown', {
        period: format.period(flag.period),
        after: format.number(Math.round(flag.after)),
        before: format.number(Math.round(flag.before)),
      }),
    );
    if (flag.change !== null)
      sentences.push(t('detail.flags.change', { change: format.change(flag.change) }));
  }
  if (flag.breakInSeries) sentences.push(t('detail.flags.breakInSeries'));
  return <p>{sentences.join(' ')}</p>;
}

/** Spikes and level shifts the build found, each explained. */
export function FlagsList({ releaseId, built }: { releaseId: string; built: boolean }) {
  const { t } = useTranslation('releases');
  const id = useId();
  const format = useFormat();
  const { data, error } = useQuery(
    releaseFlagsQuery,
    built ? { variables: { id: releaseId } } : skipToken,
  );
  const flags = useMemo(() => (data ? toFlagViews([...data.spikes, ...data.shifts]) : []), [data]);
  const labels = useMemo(
    () => new Map((data?.metrics ?? []).map((m) => [m.code, m.label])),
    [data],
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('detail.flags.title')}</h2>
      <p className="hint">{t('detail.flags.lead')}</p>
      {!built ? (
        <p className="muted">{t('detail.flags.notBuilt')}</p>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : !data ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : flags.length === 0 ? (
        <p className="muted">{t('detail.flags.none')}</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag) => (
            <li
              key={`${flag.kind}|${flag.metric}|${flag.period}`}
              className="flag"
              data-kind={flag.kind}
            >
              <h3>
                <span className={`badge badge--${flag.kind === 'spike' ? 'warning' : 'submitted'}`}>
                  {t(flag.kind === 'spike' ? 'detail.flags.spike' : 'detail.flags.levelShift')}
                </span>{' '}
                {labels.get(flag.metric) ?? flag.metric} · {format.period(flag.period)}
              </h3>
              <FlagSentences flag={flag} />
              {flag.text && (
                <details>
                  <summary>{t('detail.flags.original')}</summary>
                  <p lang="en">{flag.text}</p>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
