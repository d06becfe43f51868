import { describe, expect, it } from 'vitest';
import {
  type Dataset,
  type FormerMissingPolicy,
  type Framework,
  type MissingPolicy,
  score,
  validateFramework,
} from '../../src/index.js';
import { imputeMissing } from '../../src/methods.js';
import { col, framework, group, indicator } from '../helpers.js';

// The former spelling, `method` for `type`, as a framework file from before the rename writes it.
const former = (policy: FormerMissingPolicy) => policy as unknown as MissingPolicy;

/** 1000 points on 0–1: online (300, goalposts 0–100), email (100, yes/no), dossiers (600, target 50). */
function points(missing: { framework: MissingPolicy; email?: MissingPolicy }): Framework {
  return framework({
    id: 'dti-like',
    version: '1.0.0',
    label: { vi: 'Chỉ số thử', en: 'Test index' },
    scale: { min: 0, max: 1 },
    precision: 4,
    missing: missing.framework,
    root: group(
      'dti',
      [
        indicator('online', { points: 300, method: { type: 'goalposts', min: 0, max: 100 } }),
        indicator('email', {
          points: 100,
          method: { type: 'yesNo' },
          ...(missing.email ? { missing: missing.email } : {}),
        }),
        indicator('dossiers', { points: 600, target: 50, method: { type: 'target' } }),
      ],
      { points: 1000, aggregation: { type: 'sum' } },
    ),
  });
}

const withGap: Dataset = {
  units: [
    { id: 'u1', name: 'Phúc Thọ', values: { online: 80, email: null, dossiers: 25 } },
    { id: 'u2', name: 'Gia Lâm', values: { online: 100, email: false, dossiers: 60 } },
    { id: 'u3', name: 'Đan Phượng', values: { email: true, dossiers: 50 } },
  ],
};

describe('missing-value policy: the former key "method"', () => {
  it('gives the same scores as "type", at the framework and on a node', () => {
    // Default zero: u1 = 240 + 0 + 300 = 540; u3 = 0 + 100 + 600 = 700.
    const zero = [0.54, 0.9, 0.7];
    expect(score(points({ framework: { type: 'zero' } }), withGap).units.map((u) => u.value)).toEqual(zero);
    expect(score(points({ framework: former({ method: 'zero' }) }), withGap).units.map((u) => u.value)).toEqual(zero);
    // Default skip, email zero: u1 = (240 + 0 + 300) / 1000; u3 = online skipped, (100 + 600) / 700 = 1.
    const override = [0.54, 0.9, 1];
    const current = points({ framework: { type: 'skip' }, email: { type: 'zero' } });
    const written = points({ framework: former({ method: 'skip' }), email: former({ method: 'zero' }) });
    expect(score(current, withGap).units.map((u) => u.value)).toEqual(override);
    expect(score(written, withGap).units.map((u) => u.value)).toEqual(override);
    // Previous, falling back to zero: u3 takes online 70 → 210 + 100 + 600 = 910; u1's email scores 0.
    const previous = { units: [{ id: 'u3', name: 'Đan Phượng', values: { online: 70, email: true, dossiers: 40 } }] };
    const fallback = points({ framework: former({ method: 'previous', fallback: 'zero' }) });
    expect(score(fallback, withGap, { previous }).units.map((u) => u.value)).toEqual([0.54, 0.9, 0.91]);
  });

  it('is read as "type" by validation, which returns the current spelling', () => {
    const r = validateFramework(points({ framework: former({ method: 'skip' }), email: former({ method: 'zero' }) }));
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.missing).toEqual({ type: 'skip' });
    expect(r.data.root.children[1]?.missing).toEqual({ type: 'zero' });
  });

  it('gives exactly one deprecated warning, naming the path, in Vietnamese and English', () => {
    const r = validateFramework(points({ framework: { type: 'skip' }, email: former({ method: 'zero' }) }));
    expect(r.success).toBe(true);
    const deprecated = (r.success ? r.warnings : []).filter((w) => w.code === 'deprecated');
    expect(deprecated).toEqual([
      {
        severity: 'warning',
        code: 'deprecated',
        path: ['root', 'children', 1, 'missing', 'method'],
        value: 'zero',
        message: `root.children.1.missing.method: "method" is the former name of "type"; write missing: { type: 'zero', … } (read the same way)`,
        messageVi: `root.children.1.missing.method: "method" là tên cũ của "type"; hãy viết missing: { type: 'zero', … } (vẫn được đọc như cũ)`,
      },
    ]);
  });

  it('the framework default is named at missing.method; the current spelling warns of nothing', () => {
    const old = validateFramework(points({ framework: former({ method: 'mean', within: 'parent' }) }));
    expect((old.success ? old.warnings : []).map((w) => [w.code, w.path.join('.')])).toEqual([
      ['deprecated', 'missing.method'],
    ]);
    const current = validateFramework(points({ framework: { type: 'mean', within: 'parent' } }));
    expect(current.success ? current.warnings : ['failed']).toEqual([]);
  });

  it('imputeMissing reads it the same way', () => {
    expect(Array.from(imputeMissing(col(10, null, 30), { method: 'mean' }).values)).toEqual([10, 20, 30]);
  });
});
