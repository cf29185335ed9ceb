import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBuilderLabels } from '../shared/use-labels';
import { groupScopes, type ScopeOption } from './scope-groups';

export interface ScopeStepProps {
  /** Null until a release is picked. */
  scopes: readonly ScopeOption[] | null;
  selected: string | null;
  onSelect: (key: string) => void;
}

/** Step 2: the scopes of the release, grouped: network-level, countries, organizations. */
export function ScopeStep({ scopes, selected, onSelect }: ScopeStepProps) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const labels = useBuilderLabels();
  return (
    <fieldset className="choice report-builder__step">
      <legend>{t('steps.scope.legend')}</legend>
      {scopes === null ? (
        <p className="muted">{t('steps.scope.pickRelease')}</p>
      ) : scopes.length === 0 ? (
        <p className="muted">{t('steps.scope.empty')}</p>
      ) : (
        groupScopes(scopes).map((group) => (
          <fieldset key={group.id} className="choice report-builder__group">
            <legend>{t(`steps.scope.groups.${group.id}`)}</legend>
            <div className={`report-builder__options report-builder__options--${group.id}`}>
              {group.options.map((scope, index) => {
                const optionId = `${id}-${group.id}-${index}`;
                return (
                  <div key={scope.key} className="choice__option">
                    <input
                      id={optionId}
                      type="radio"
                      name={`${id}-scope`}
                      value={scope.key}
                      checked={selected === scope.key}
                      aria-describedby={scope.needsApproval ? `${optionId}-approval` : undefined}
                      onChange={() => onSelect(scope.key)}
                    />
                    <label htmlFor={optionId}>{labels.scope(scope.key, scope.label)}</label>
                    {scope.needsApproval && (
                      <p id={`${optionId}-approval`} className="hint report-builder__option-body">
                        {t('steps.scope.needsApproval')}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))
      )}
    </fieldset>
  );
}
