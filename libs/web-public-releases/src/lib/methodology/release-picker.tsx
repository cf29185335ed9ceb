import { useId } from 'react';
import { Form } from 'react-router';
import { DEFAULT_LANGUAGE } from '@candor/web-i18n';
import { usePublicText } from '../shared/use-public-text';

interface PickableRelease {
  id: string;
  title: string;
  version: number;
  status: string;
}

/**
 * Chooses the release whose parameters the page states. A plain GET form: the choice lands in
 * the URL (`?release=<id>`), so the link pins the page to that release.
 */
export function ReleasePicker({
  releases,
  selected,
}: {
  releases: readonly PickableRelease[];
  selected: string | null;
}) {
  const { t, language } = usePublicText();
  const id = useId();
  return (
    <Form method="get" className="release-picker" aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="release-picker__legend">
        {t('methodology.release.legend')}
      </p>
      {language !== DEFAULT_LANGUAGE && <input type="hidden" name="lang" value={language} />}
      <label htmlFor={`${id}-release`}>{t('methodology.release.label')}</label>
      <select id={`${id}-release`} name="release" defaultValue={selected ?? ''} key={selected}>
        {releases.map((release) => (
          <option key={release.id} value={release.id}>
            {t(
              release.status === 'withdrawn'
                ? 'methodology.release.optionWithdrawn'
                : 'methodology.release.option',
              { title: release.title, version: release.version },
            )}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary button--small">
        {t('methodology.release.show')}
      </button>
    </Form>
  );
}
