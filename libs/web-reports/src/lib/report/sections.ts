import type { Report } from '@candor/reports';
import type { Words } from '../i18n';

/** The numbered sections of a report, in reading order: the table of contents lists these. */
export const REPORT_SECTIONS = [
  { id: 'key-figures', title: 'keyFigures' },
  { id: 'trends', title: 'trends' },
  { id: 'takedown', title: 'takedown' },
  { id: 'known-content', title: 'knownContent' },
  { id: 'countries', title: 'countries' },
  { id: 'corrections', title: 'corrections' },
  { id: 'methodology', title: 'methodology' },
  { id: 'appendix', title: 'appendix' },
] as const satisfies readonly { id: string; title: keyof Words['sections'] }[];

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];

/** Every `<section id>` of the printed report, in page order: title page, contents, sections. */
export const PAGE_SECTION_IDS = [
  'title-page',
  'contents',
  ...REPORT_SECTIONS.map((s) => s.id),
] as const;

export interface SectionEntry {
  id: ReportSectionId;
  title: string;
  /** The section has nothing of its kind for this scope; it is kept, and says so. */
  empty: boolean;
}

function isEmpty(report: Report, id: ReportSectionId): boolean {
  switch (id) {
    case 'key-figures':
      return report.keyFigures.length === 0;
    case 'trends':
      return report.trends.length === 0;
    case 'takedown':
      return report.takedown.length === 0;
    case 'known-content':
      return report.knownContent.length === 0;
    case 'countries':
      return report.countries.countries.length === 0;
    case 'corrections':
      return report.corrections.length === 0;
    case 'methodology':
      return false;
    case 'appendix':
      return report.appendix.length === 0;
  }
}

/**
 * The report's sections with their titles in the report's language, in the order the page
 * renders them and the table of contents lists them. Every section is always there (so a
 * section is found at the same place in every report); an empty one says it has nothing.
 */
export function reportSections(report: Report, words: Words): SectionEntry[] {
  return REPORT_SECTIONS.map(({ id, title }) => ({
    id,
    title: words.sections[title],
    empty: isEmpty(report, id),
  }));
}
