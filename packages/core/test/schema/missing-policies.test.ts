import { framework, group, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { missingPolicies } from '../../src/schema/missing-policies.js';

describe('missingPolicies: the policy each indicator follows, inherited in one place', () => {
  it('takes the indicator’s own, else the nearest group’s, else the framework’s', () => {
    const f = framework({
      missing: { type: 'zero' },
      children: [
        group('services', [indicator('online'), indicator('portal', { missing: { type: 'skip' } })], {
          missing: { type: 'mean', within: 'parent' },
        }),
        group('infra', [group('net', [indicator('fibre')])]),
        indicator('staff', { missing: { type: 'previous', fallback: 'median' } }),
      ],
    });
    expect(Object.fromEntries(missingPolicies(f))).toEqual({
      online: { type: 'mean', within: 'parent' },
      portal: { type: 'skip' },
      fibre: { type: 'zero' },
      staff: { type: 'previous', fallback: 'median' },
    });
  });

  it('is skip for every indicator of a framework that sets no policy', () => {
    const f = framework({ children: [indicator('a'), group('g', [indicator('b')])] });
    expect(Object.fromEntries(missingPolicies(f))).toEqual({ a: { type: 'skip' }, b: { type: 'skip' } });
  });
});
