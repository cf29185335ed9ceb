import { tocPages, type PdfStructure, type TocTarget } from './pdf-structure';

const structure = (
  destinations: Record<string, number>,
  outline: [title: string, page: number | null][],
): PdfStructure => ({
  pageCount: 9,
  pageSizes: [],
  destinations: new Map(Object.entries(destinations)),
  outline: outline.map(([title, page]) => ({ title, page, level: 1 })),
});
const target = (id: string, heading: string | null): TocTarget => ({
  id,
  title: heading ?? id,
  heading,
});

describe('tocPages', () => {
  it("takes the page of the section's heading bookmark, on the destination's page", () => {
    const pdf = structure({ a: 2, b: 4 }, [
      ['Contents', 1],
      ['Alpha', 2],
      ['Beta', 4],
    ]);
    expect([...tocPages(pdf, [target('a', 'Alpha'), target('b', 'Beta')])]).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
  });

  it('follows the heading to the next page when the section starts at the foot of a page', () => {
    const pdf = structure({ b: 4 }, [['Beta', 5]]);
    expect(tocPages(pdf, [target('b', 'Beta')]).get('b')).toBe(5);
  });

  it('ignores a heading of the same words elsewhere in the report', () => {
    const pdf = structure({ b: 6 }, [
      ['Summary', 2],
      ['Summary', 6],
      ['Summary', 9],
    ]);
    expect(tocPages(pdf, [target('b', 'Summary')]).get('b')).toBe(6);
  });

  it('falls back to the named destination, or to a unique bookmark', () => {
    const pdf = structure({ a: 3 }, [
      ['Beta', 7],
      ['Twice', 2],
      ['Twice', 8],
    ]);
    const pages = tocPages(pdf, [
      target('a', null),
      target('b', 'Beta'),
      target('c', 'Twice'),
      target('d', 'Nowhere'),
    ]);
    expect([...pages]).toEqual([
      ['a', 3],
      ['b', 7],
    ]);
  });

  it('compares headings with their whitespace normalized', () => {
    const pdf = structure({ a: 2 }, [['Key figures', 3]]);
    expect(tocPages(pdf, [target('a', '  Key\n  figures ')]).get('a')).toBe(3);
  });
});
