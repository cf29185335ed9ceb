import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationPicker } from './organization-picker';
import { SubmitNav } from './submit-nav';
import type { OrganizationChoice } from './use-organization';

export interface SubmitFrameProps {
  choice: OrganizationChoice;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}

/** The frame of every submitter page: organization, title, page tabs. */
export function SubmitFrame({ choice, title, lead, children }: SubmitFrameProps) {
  const { t } = useTranslation('submissions');
  const organization = choice.organization;
  return (
    <>
      <title>{`${title} · Candor`}</title>
      <header className="page-header page-header--wide">
        <div className="page-header__top">
          <p className="eyebrow">
            {organization
              ? t(`organization.kind.${organization.kind === 'company' ? 'company' : 'hotline'}`, {
                  name: organization.name,
                })
              : t('organization.none')}
          </p>
          <OrganizationPicker choice={choice} />
        </div>
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
      </header>
      {organization && <SubmitNav choice={choice} />}
      {children}
    </>
  );
}
