import { requestLoader } from './request-loader';

describe('requestLoader', () => {
  it('batches the keys of one request into one call', async () => {
    const calls: (readonly number[])[] = [];
    const batch = async (keys: readonly number[]) => {
      calls.push(keys);
      return keys.map((k) => k * 10);
    };
    const request = {};
    const values = await Promise.all(
      [1, 2, 3].map((k) => requestLoader(request, 'x', batch).load(k)),
    );
    expect(values).toEqual([10, 20, 30]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('never shares a loader between requests', async () => {
    const batch = async (keys: readonly number[]) => keys.map((k) => k);
    expect(requestLoader({}, 'x', batch)).not.toBe(requestLoader({}, 'x', batch));
  });
});
