import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shared/use-format';
import { useReleaseLabels } from '../shared/use-labels';

export interface BuildProgressProps {
  status: string;
  step: string;
  percent: number;
  error: string | null;
}

/** The build's progress as a progress bar; its step is announced politely as it changes. */
export function BuildProgress({ status, step, percent, error }: BuildProgressProps) {
  const { t } = useTranslation('releases');
  const id = useId();
  const labels = useReleaseLabels();
  const format = useFormat();
  const clamped = Math.min(100, Math.max(0, Math.round(percent)));
  const value = t('detail.progress.value', {
    step: labels.step(step),
    percent: format.share(clamped / 100),
  });
  return (
    <section className="card build-progress" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('detail.progress.title')}</h2>
      <div
        className={`progress${status === 'failed' ? ' progress--failed' : ''}`}
        role="progressbar"
        aria-label={t('detail.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={value}
      >
        <div className="progress__bar" style={{ width: `${clamped}%` }} />
      </div>
      <p className="progress__text" role="status">
        {value}
      </p>
      {status === 'failed' && (
        <p className="message message--error" role="alert">
          {t('detail.progress.failed')} {error && <span lang="en">{error}</span>}
        </p>
      )}
    </section>
  );
}
