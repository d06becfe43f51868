import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../src/index.js';
import { DatasetEnvelopeSchema, isWellFormedEnvelope } from '../src/schema/dataset.js';
import { flatFramework, indicator } from './helpers.js';

const framework = flatFramework([indicator('online')]);

describe('the dataset envelope is checked by hand, the schema only names what is off', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('accepts what the schema accepts, refuses each malformed part', () => {
    const unit = { id: 'a', name: 'Xã A', parent: 'p', peerGroup: 'g', ranked: false, population: 0, values: {} };
    expect(isWellFormedEnvelope({ period: '2024', source: 's', units: [unit] })).toBe(true);
    expect(isWellFormedEnvelope({ units: [] })).toBe(true);
    for (const bad of [
      null,
      [],
      { units: {} },
      { period: 2024, units: [] },
      { units: [null] },
      { units: [{ ...unit, id: '' }] },
      { units: [{ ...unit, id: 7 }] },
      { units: [{ ...unit, name: 1 }] },
      { units: [{ ...unit, ranked: 'no' }] },
      { units: [{ ...unit, population: -1 }] },
      { units: [{ ...unit, population: Number.POSITIVE_INFINITY }] },
      { units: [{ ...unit, values: [] }] },
      { units: [{ id: 'a' }] },
      // A hole in the list: the schema reports it.
      { units: Object.assign(new Array(3), { 0: unit, 2: unit }) },
    ]) {
      expect(isWellFormedEnvelope(bad), JSON.stringify(bad)).toBe(false);
      expect(DatasetEnvelopeSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('does not run the schema on a well-formed dataset', () => {
    const parse = vi.spyOn(DatasetEnvelopeSchema, 'safeParse');
    const r = validateDataset(framework, { units: [{ id: 'a', values: { online: 50 } }] });
    expect(r.success).toBe(true);
    expect(parse).not.toHaveBeenCalled();
  });

  it('runs it on a malformed one, whose issue names the unit and the field', () => {
    const parse = vi.spyOn(DatasetEnvelopeSchema, 'safeParse');
    const r = validateDataset(framework, {
      units: [
        { id: 'a', values: { online: 50 } },
        { id: 'b', population: -3, values: { online: 60 } },
      ],
    });
    expect(parse).toHaveBeenCalledTimes(1);
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.issues.map((i) => i.path)).toEqual([['units', 1, 'population']]);
  });
});
