import { useId, type ReactNode } from 'react';

/** A numbered section of the report: `<section id>` with its `<h2>`, a lead, then its content. */
export function ReportSection({
  id,
  title,
  lead,
  empty,
  children,
}: {
  id: string;
  title: string;
  lead?: ReactNode;
  /** Said instead of the content when the scope has nothing of this kind. */
  empty?: string | null;
  children?: ReactNode;
}) {
  return (
    <section id={id} className="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead && <p className="report-section__lead">{lead}</p>}
      {empty ? <p className="report-section__empty">{empty}</p> : children}
    </section>
  );
}

/** A table cell of a figure: its value, or in words why it is withheld. */
export function FigureCell({ text, withheld }: { text: string; withheld: boolean }) {
  return (
    <td className={withheld ? 'report-number report-number--withheld' : 'report-number'}>{text}</td>
  );
}

/**
 * A table of the report with its caption. The wrapper scrolls sideways on narrow screens, so it
 * is a named region that takes keyboard focus (WCAG 2.1.1); in print the table runs on over pages.
 */
export function ReportTable({
  caption,
  className,
  children,
}: {
  caption: ReactNode;
  className?: string;
  /** `thead` and `tbody`. */
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div
      className={className ? `report-table ${className}` : 'report-table'}
      role="region"
      aria-labelledby={id}
      tabIndex={0}
    >
      <table>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
