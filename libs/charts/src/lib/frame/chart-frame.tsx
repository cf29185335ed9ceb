import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTable } from './chart-table';
import { CsvLink } from './csv-link';
import { FrameTable } from './frame-table';
import { GapNote } from './gap-note';
import { useTableSummary } from './use-table-summary';

export interface ChartFrameProps {
  /** The heading over the chart; also the accessible name of the graphic and the table caption. */
  title: string;
  /** Level of the heading in the page outline. */
  headingLevel?: 2 | 3 | 4;
  /** Exactly the data the chart shows: the table view, the CSV and the default summary use it. */
  table: ChartTable;
  /** Name of the CSV file (see `csvFileName`). */
  csvName: string;
  /** One paragraph saying what the chart shows; generated from the table when omitted. */
  summary?: string;
  /** Accessible name of the graphic when it should say more than the title. */
  graphicLabel?: string;
  /** `group` for a chart with focusable parts of its own (markers with explanations). */
  graphicRole?: 'img' | 'group';
  /** Shown between the heading and the graphic, e.g. the headline figure. */
  lead?: ReactNode;
  className?: string;
  /** The chart itself: any SVG or chart component, drawn from `table`. */
  children: ReactNode;
}

/**
 * Everything every chart carries: a heading, the graphic with an accessible name and the
 * summary as its description, a note on its gaps and why, a "show as table" toggle and a CSV
 * download of exactly the data shown.
 */
export function ChartFrame({
  title,
  headingLevel = 2,
  table,
  csvName,
  summary,
  graphicLabel,
  graphicRole = 'img',
  lead,
  className,
  children,
}: ChartFrameProps) {
  const { t } = useTranslation('charts');
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  const summaryId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const generated = useTableSummary(table);

  return (
    <section
      className={className ? `chart-frame ${className}` : 'chart-frame'}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="chart-frame__title">
        {title}
      </Heading>
      {lead}
      <div
        className="chart-frame__graphic"
        role={graphicRole}
        aria-label={graphicLabel ?? title}
        aria-describedby={summaryId}
      >
        {children}
      </div>
      <p id={summaryId} className="chart-frame__summary">
        {summary ?? generated}
      </p>
      <GapNote table={table} />
      <div className="chart-frame__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('frame.hideTable') : t('frame.showTable')}
          <span className="visually-hidden">{t('frame.of', { title })}</span>
        </button>
        <CsvLink table={table} fileName={csvName} title={title} />
      </div>
      <div id={tableId} className="chart-frame__table" hidden={!showTable}>
        {showTable && <FrameTable table={table} caption={title} />}
      </div>
    </section>
  );
}
