import type { TakedownHistogramInput } from './histogram';

/** T14: the merged network histogram (N = 1110, nothing left online). */
export const T14: TakedownHistogramInput = {
  '[0,1)': 300,
  '[1,2)': 0,
  '[2,4)': 400,
  '[4,8)': 0,
  '[8,12)': 200,
  '[12,24)': 30,
  '[24,48)': 100,
  '[48,72)': 40,
  '[72,168)': 30,
  '[168,336)': 8,
  '[336,720)': 2,
  '[720,∞)': 0,
};

/** T15: exact removal times of three submitters (hours × number of items). */
export const T15 = {
  A: [
    { hours: 0.5, count: 300 },
    { hours: 3, count: 400 },
    { hours: 10, count: 200 },
    { hours: 30, count: 100 },
  ],
  B: [
    { hours: 20, count: 30 },
    { hours: 60, count: 40 },
    { hours: 100, count: 30 },
  ],
  C: [
    { hours: 200, count: 8 },
    { hours: 400, count: 2 },
  ],
} as const;
