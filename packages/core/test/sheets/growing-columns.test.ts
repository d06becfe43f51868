import { describe, expect, it } from 'vitest';
import { GrowingColumns } from '../../src/sheets/growing-columns.js';

// Columns grow in blocks of 65,536 units: a unit on either side of a block's edge keeps its value.
describe('GrowingColumns', () => {
  const filled = (n: number) => {
    const columns = new GrowingColumns(['online', 'signed']);
    for (let u = 0; u < n; u++) {
      const at = columns.add({ id: `x${u}`, values: {}, ...(u === 65_536 && { population: 2528 }) });
      columns.set(0, at, u / 2);
      if (u % 2 === 0) columns.set(1, at, true);
    }
    return columns;
  };

  it('hands over columns of exactly the units read, values across the edge of a block as set', () => {
    const columns = filled(70_000);
    const { ids, columns: values, populations } = columns.columnar();
    expect(ids.length).toBe(70_000);
    expect(values.online?.length).toBe(70_000);
    expect([values.online?.[65_535], values.online?.[65_536], values.online?.[69_999]]).toEqual([
      32_767.5, 32_768, 34_999.5,
    ]);
    expect([values.signed?.[65_536], values.signed?.[65_537]]).toEqual([1, Number.NaN]);
    expect([populations?.[65_535], populations?.[65_536]]).toEqual([Number.NaN, 2528]);
    expect(columns.rows().units[65_536]).toEqual({
      id: 'x65536',
      population: 2528,
      values: { online: 32_768, signed: true },
    });
  });

  it('reads the same after the columns are handed over, and grows again for a unit added then', () => {
    const columns = filled(65_537);
    const first = columns.columnar();
    expect(columns.columnar().columns.online).toBe(first.columns.online);
    expect(columns.get(0, 65_536)).toBe(32_768);
    const u = columns.add({ id: 'late', values: {} });
    columns.set(0, u, 97.8);
    const again = columns.columnar().columns.online;
    expect([again?.length, again?.[65_536], again?.[65_537]]).toEqual([65_538, 32_768, 97.8]);
    expect(columns.valueOf(65_537, 'online')).toBe(97.8);
  });

  it('gives yes/no back as yes/no and 1 as 1 for every unit, however many come after the first', () => {
    const columns = new GrowingColumns(['online', 'signed']);
    for (let u = 0; u < 3001; u++) {
      const at = columns.add({ id: `x${u}`, values: {} });
      columns.set(0, at, 1);
      columns.set(1, at, u % 3 === 0 ? true : u % 3 === 1 ? false : 1);
    }
    const { units } = columns.rows();
    expect([0, 1, 2, 2998, 2999, 3000].map((u) => units[u]?.values)).toEqual([
      { online: 1, signed: true },
      { online: 1, signed: false },
      { online: 1, signed: 1 },
      { online: 1, signed: false },
      { online: 1, signed: 1 },
      { online: 1, signed: true },
    ]);
    expect(Array.from(columns.columnar().columns.signed ?? []).slice(0, 3)).toEqual([1, 0, 1]);
  });

  it('holds a small sheet in a small first block that doubles', () => {
    const columns = filled(3000);
    expect(columns.columnar().columns.online?.[2999]).toBe(1499.5);
    expect(columns.get(1, 2999)).toBeUndefined();
  });
});
