import { popupPlacement } from './mark-popup-card';

describe('popupPlacement', () => {
  it('opens under a mark in the top half and over one in the bottom half', () => {
    expect(popupPlacement({ x: 400, y: 30 }, 800, 360)).toEqual({
      left: 400,
      top: 46,
      transform: 'translate(-50%, 0)',
    });
    expect(popupPlacement({ x: 400, y: 300 }, 800, 360)).toEqual({
      left: 400,
      top: 284,
      transform: 'translate(-50%, -100%)',
    });
  });

  it('stays inside the chart near its edges', () => {
    expect(popupPlacement({ x: 60, y: 30 }, 800, 360).transform).toBe('translate(0, 0)');
    expect(popupPlacement({ x: 760, y: 30 }, 800, 360).transform).toBe('translate(-100%, 0)');
  });
});
