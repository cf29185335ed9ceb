import { contentIndicators } from './content';

describe('content indicators', () => {
  it('known share, files per item, top-10 share and Gini bounds', () => {
    const result = contentIndicators({
      filesReported: 1000,
      filesKnown: 610,
      itemsDistinct: 400,
      filesTop10: 380,
      itemsByRepeat: { '1': 300, '2': 50, '3-5': 30, '6-10': 15, '11-100': 5 },
    });
    expect(result).toMatchObject({ knownShare: 0.61, filesPerItem: 2.5, top10Share: 0.38 });
    expect(result.gini!.lower).toBeLessThanOrEqual(result.gini!.upper);
  });

  it('an omitted figure gives null; zero denominators give null', () => {
    expect(contentIndicators({ filesReported: 10 })).toEqual({
      knownShare: null,
      filesPerItem: null,
      top10Share: null,
      gini: null,
    });
    expect(
      contentIndicators({ filesReported: 0, filesKnown: 0, itemsDistinct: 0, filesTop10: 0 }),
    ).toMatchObject({
      knownShare: null,
      filesPerItem: null,
      top10Share: null,
    });
  });

  it.each([
    [{ filesReported: 10, filesKnown: 11 }, /content.files.known \(11\) exceeds/],
    [{ filesReported: 10, filesTop10: 11 }, /content.files.top10/],
    [{ filesReported: 10, itemsDistinct: 11 }, /content.items.distinct/],
    [{ filesReported: -1 }, /non-negative integer/],
  ])('rejects inconsistent figures %p', (figures, message) => {
    expect(() => contentIndicators(figures)).toThrow(message);
  });
});
