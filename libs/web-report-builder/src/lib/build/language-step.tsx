import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@candor/web-i18n';
import { useBuilderLabels } from '../shared/use-labels';

/** Step 3: the report's language. */
export function LanguageStep({
  selected,
  onSelect,
}: {
  selected: Language;
  onSelect: (language: Language) => void;
}) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const labels = useBuilderLabels();
  return (
    <fieldset className="choice report-builder__step" aria-describedby={`${id}-hint`}>
      <legend>{t('steps.language.legend')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('steps.language.hint')}
      </p>
      <div className="report-builder__options report-builder__options--languages">
        {LANGUAGES.map((language) => (
          <div key={language} className="choice__option">
            <input
              id={`${id}-${language}`}
              type="radio"
              name={`${id}-language`}
              value={language}
              checked={selected === language}
              onChange={() => onSelect(language)}
            />
            <label htmlFor={`${id}-${language}`}>{labels.language(language)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
