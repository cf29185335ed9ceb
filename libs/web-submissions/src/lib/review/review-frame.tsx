import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of the reviewer pages. */
export function ReviewFrame({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('submissions');
  return (
    <>
      <title>{`${title} · Candor`}</title>
      <header className="page-header page-header--wide">
        <p className="eyebrow">{t('review.eyebrow')}</p>
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
      </header>
      {children}
    </>
  );
}
