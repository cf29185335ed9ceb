import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationChoice } from './use-organization';

/** A chooser of the organization, shown only to accounts that act for several. */
export function OrganizationPicker({ choice }: { choice: OrganizationChoice }) {
  const { t } = useTranslation('submissions');
  const id = useId();
  if (choice.organizations.length < 2 || !choice.organization) return null;
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('organization.choose')}</label>
      <select
        id={id}
        value={choice.organization.id}
        onChange={(event) => choice.select(event.target.value)}
      >
        {choice.organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
