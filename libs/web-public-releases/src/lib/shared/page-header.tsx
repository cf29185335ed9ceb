import type { ReactNode } from 'react';
import { usePublicText } from './use-public-text';

/** Title of the page (document and heading), eyebrow and lead. */
export function PageHeader({
  title,
  lead,
  eyebrow,
  children,
}: {
  title: string;
  lead?: ReactNode;
  eyebrow?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = usePublicText();
  return (
    <header className="page-header page-header--wide">
      <title>{`${title} · Candor`}</title>
      <p className="eyebrow">{eyebrow ?? t('eyebrow')}</p>
      <h1>{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </header>
  );
}
