import type { Figure, OrganizationKind } from '@candor/catalogue';
import { csvCell, templateColumns } from '../template';

/** One period's figures, as `parseSubmissionCsv` reads them back. */
export interface CsvDocument {
  period: string;
  figures: readonly Figure[];
}

/**
 * Figures as a submission CSV in the template's columns: one row per figure, a dimension cell
 * empty for the total over that dimension, CRLF line ends (RFC 4180). Yields the text in pieces
 * of about 64 kB, so a file of any size can be streamed or joined.
 */
export function* submissionCsv(
  kind: OrganizationKind,
  documents: Iterable<CsvDocument>,
): Generator<string> {
  const columns = templateColumns(kind);
  const dimensions = columns.slice(2, -1);
  let chunk = `${columns.join(',')}\r\n`;
  for (const { period, figures } of documents) {
    const head = `${csvCell(period)},`;
    for (const figure of figures) {
      const cells = dimensions.map((d) => {
        const value = (figure.dimensions as Record<string, string | undefined>)[d];
        return value === undefined ? '' : csvCell(value);
      });
      chunk += `${head}${csvCell(figure.metric)},${cells.join(',')},${figure.value}\r\n`;
      if (chunk.length >= 65_536) {
        yield chunk;
        chunk = '';
      }
    }
  }
  if (chunk) yield chunk;
}
