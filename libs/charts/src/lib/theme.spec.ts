import { seriesStyle } from './theme';

describe('seriesStyle', () => {
  it('tells the first 35 series apart without color: by marker, pattern or dash', () => {
    const looks = Array.from({ length: 35 }, (_, i) => {
      const style = seriesStyle(i);
      return `${style.color}|${style.marker}|${style.dash}`;
    });
    expect(new Set(looks).size).toBe(35);
    const shapes = Array.from({ length: 5 }, (_, i) => seriesStyle(i).marker);
    expect(new Set(shapes).size).toBe(5);
  });

  it('accepts odd indexes', () => {
    expect(seriesStyle(-1)).toEqual(seriesStyle(0));
    expect(seriesStyle(1.7)).toEqual(seriesStyle(1));
  });
});
