/** One record of a CSV file with the line it starts on (the header is line 1). */
export interface PreviewRow {
  line: number;
  cells: string[];
}

export interface CsvPreview {
  header: PreviewRow | null;
  /** Records after the header, empty lines left out, at most the limit asked for. */
  rows: PreviewRow[];
  /** Records after the header in the whole file. */
  totalRows: number;
}

/**
 * Reads CSV text for display, counting lines as the server does (a UTF-8 BOM is dropped, CRLF
 * and CR end lines, a quoted cell may span lines, empty lines count). It never fails: a quote
 * that is never closed runs to the end of the file, and the server's report names the mistake.
 */
export function previewCsv(text: string, limit = 1000): CsvPreview {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: PreviewRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;

  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: start, cells });
    cells = [];
    cell = '';
  };

  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n') {
      endRecord();
      line += 1;
      start = line;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();

  const [header, ...rest] = records;
  return { header: header ?? null, rows: rest.slice(0, limit), totalRows: rest.length };
}
