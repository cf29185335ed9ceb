import { wordsFor } from '../i18n';
import { testReport } from '../fixtures/report.fixture';
import { PAGE_SECTION_IDS, REPORT_SECTIONS, reportSections } from './sections';

describe('reportSections', () => {
  it('lists the sections in reading order, titled in the report language', () => {
    const sections = reportSections(testReport(), wordsFor('fr'));
    expect(sections.map((s) => s.id)).toEqual([
      'key-figures',
      'trends',
      'takedown',
      'known-content',
      'countries',
      'corrections',
      'methodology',
      'appendix',
    ]);
    expect(sections.map((s) => s.title)).toEqual([
      'Chiffres clés',
      'Tendances',
      'Délais de retrait',
      'Contenus connus et repartage',
      'Pays d’hébergement',
      'Corrections depuis la publication précédente',
      'Méthodologie',
      'Annexe des données',
    ]);
    expect(sections.every((s) => !s.empty)).toBe(true);
  });

  it('keeps a section the scope has nothing for, marked empty, in its place', () => {
    const report = testReport({
      definition: { releaseId: 'network-month-v4', scope: { country: 'NL' }, language: 'en' },
    });
    const sections = reportSections(report, wordsFor('en'));
    expect(sections.map((s) => s.id)).toEqual(REPORT_SECTIONS.map((s) => s.id));
    expect(sections.filter((s) => s.empty).map((s) => s.id)).toEqual(['takedown', 'known-content']);
  });

  it('puts the title page and the contents before the numbered sections', () => {
    expect(PAGE_SECTION_IDS.slice(0, 2)).toEqual(['title-page', 'contents']);
    expect(PAGE_SECTION_IDS.slice(2)).toEqual(REPORT_SECTIONS.map((s) => s.id));
    expect(new Set(PAGE_SECTION_IDS).size).toBe(PAGE_SECTION_IDS.length);
  });
});
