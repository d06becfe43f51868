import { describe, expect, it } from 'vitest';
import { prepareDataset, score } from '../../src/index.js';
import { flatFramework, indicator } from '../helpers.js';

// Scoring reads a prepared dataset's unit columns; `units` is made from them. An assignment into either
// used to be half ignored: a unit set `ranked = false` through `units` was still ranked 1st.
const framework = flatFramework([indicator('a', { method: { type: 'goalposts', min: 0, max: 100 } })]);
const prepared = () =>
  prepareDataset(framework, {
    units: [
      { id: 'x', name: 'Xã Một', values: { a: 90 } },
      { id: 'y', name: 'Xã Hai', values: { a: 50 } },
    ],
  });

describe('a prepared dataset cannot be changed behind its scores', () => {
  it('a unit read through `units` is frozen: setting ranked = false throws, the ranks stay 1 and 2', () => {
    const data = prepared();
    expect(() => {
      (data.units[0] as { ranked: boolean }).ranked = false;
    }).toThrow(TypeError);
    expect(data.units[0]?.ranked).toBe(true);
    expect(score(framework, data).units.map((u) => [u.id, u.rank])).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
  });

  it('the id and name columns are frozen: the index still finds "y", units and scores still say "Xã Hai"', () => {
    const data = prepared();
    expect(() => {
      (data.ids as string[])[1] = 'w';
    }).toThrow(TypeError);
    expect(() => {
      (data.names as string[])[1] = 'Z';
    }).toThrow(TypeError);
    expect(data.unitIndex.get('y')).toBe(1);
    expect(data.units[1]?.name).toBe('Xã Hai');
    expect(score(framework, data).units[1]?.name).toBe('Xã Hai');
  });

  it('the units array is frozen too', () => {
    const data = prepared();
    expect(() => (data.units as unknown[]).push({})).toThrow(TypeError);
    expect(data.units).toHaveLength(2);
  });
});
