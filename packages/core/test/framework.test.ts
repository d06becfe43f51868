import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type DtiIssue,
  DtiValidationError,
  defineFramework,
  formatIssue,
  frameworkJsonSchema,
  validateFramework,
} from '../src/index.js';
import { group, indicator, framework as testFramework } from './helpers.js';

const valid = testFramework({
  id: 'xa-2024',
  version: '2024.1',
  label: { vi: 'Bộ chỉ số chuyển đổi số cấp xã', en: 'Commune digital-transformation index' },
  precision: 2,
  tiers: [
    { id: 'tot', label: { vi: 'Tốt' }, min: 80 },
    { id: 'kha', label: { vi: 'Khá' }, min: 65 },
  ],
  fields: [
    { id: 'online', label: { vi: 'Hồ sơ trực tuyến' } },
    { id: 'all', label: { vi: 'Tổng hồ sơ' } },
  ],
  root: group(
    'chi-so',
    [
      indicator('ty-le-truc-tuyen', {
        points: 60,
        unit: '%',
        target: 80,
        method: { type: 'goalposts', min: 0, max: 100 },
        formula: { type: 'ratio', numerator: 'online', denominator: 'all', multiplier: 100 },
      }),
      indicator('zalo-oa', { points: 40, method: { type: 'yesNo' } }),
    ],
    { points: 100, aggregation: { type: 'sum' } },
  ),
});

describe('framework validation', () => {
  it('accepts a consistent framework and returns it typed', () => {
    const fw = defineFramework(valid as Parameters<typeof defineFramework>[0]);
    expect(fw.root.children.map((c) => c.id)).toEqual(['ty-le-truc-tuyen', 'zalo-oa']);
  });

  it('reports every consistency problem at once', () => {
    const broken = {
      ...valid,
      tiers: [
        { id: 'tot', label: { vi: 'Tốt' }, min: 120 },
        { id: 'tot', label: { vi: 'Khá' }, min: 120 },
      ],
      root: group(
        'chi-so',
        [
          indicator('a', { points: 50, method: { type: 'goalposts', min: 100, max: 0 } }),
          indicator('a', { points: 30, unit: '%', target: 150, method: { type: 'goalposts', min: 0, max: 100 } }),
          indicator('b', { points: 10, method: { type: 'target' } }),
          indicator('c', { formula: { type: 'ratio', numerator: 'online', denominator: 'khong-co' } }),
          group('rong', []),
        ],
        { points: 100, aggregation: { type: 'sum' } },
      ),
    };
    const r = validateFramework(broken);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['missing-points', 'root.children.3.points'],
      ['missing-points', 'root.children.4.points'],
      ['impossible-goalposts', 'root.children.0.method'],
      ['duplicate-id', 'root.children.1.id'],
      ['target-outside-scale', 'root.children.1.target'],
      ['target-outside-scale', 'root.children.1.target'],
      ['missing-target', 'root.children.2.target'],
      ['unknown-reference', 'root.children.3.formula'],
      ['empty-group', 'root.children.4.children'],
      ['tier-outside-scale', 'tiers.0.min'],
      ['tier-outside-scale', 'tiers.1.min'],
      ['duplicate-tier-minimum', 'tiers.1.min'],
      ['duplicate-id', 'tiers.1.id'],
    ]);
    expect(r.issues[7]?.message).toBe(
      'root.children.3.formula: formula uses field "khong-co", which is not declared in "fields"',
    );
  });

  it('warns when the lowest tier starts above the scale minimum, naming the tier and the gap', () => {
    // Tiers Tốt from 80 and Khá from 65 on a 0–100 scale: a unit scoring 40 falls in no tier.
    const r = validateFramework(valid);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.warnings).toEqual([
      {
        severity: 'warning',
        code: 'tier-gap',
        path: ['tiers', 1, 'min'],
        value: 65,
        message:
          'tiers.1.min: the lowest tier "kha" starts at 65, above the scale minimum 0: scores from 0 up to (not including) 65 fall in no tier; start it at 0 or add a tier from 0',
        messageVi:
          'tiers.1.min: bậc thấp nhất "kha" bắt đầu từ 65, cao hơn mức thấp nhất của thang điểm 0: điểm từ 0 đến dưới 65 không thuộc bậc nào; hãy cho bậc này bắt đầu từ 0 hoặc thêm một bậc từ 0',
      },
    ]);
    expect(formatIssue(r.warnings[0] as DtiIssue, 'vi')).toBe(r.warnings[0]?.messageVi);
    const covered = validateFramework({
      ...valid,
      tiers: [
        { id: 'tot', label: { vi: 'Tốt' }, min: 80 },
        { id: 'yeu', label: { vi: 'Yếu' }, min: 0 },
      ],
    });
    expect(covered.success && covered.warnings).toEqual([]);
    const fraction = validateFramework({ ...valid, tiers: [{ id: 'kha', label: { vi: 'Khá' }, min: 50.5 }] });
    expect(fraction.success && fraction.warnings.map((i) => formatIssue(i, 'vi'))).toEqual([
      'tiers.0.min: bậc thấp nhất "kha" bắt đầu từ 50,5, cao hơn mức thấp nhất của thang điểm 0: điểm từ 0 đến dưới 50,5 không thuộc bậc nào; hãy cho bậc này bắt đầu từ 0 hoặc thêm một bậc từ 0',
    ]);
  });

  it('checks that points add up to the parent’s maximum', () => {
    const r = validateFramework({
      ...valid,
      root: group('chi-so', [indicator('a', { points: 60 }), indicator('b', { points: 30 })], { points: 100 }),
    });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues[0]?.message).toBe(
        'root.points: the children of "chi-so" add up to 90 points, not its maximum of 100',
      );
  });

  it('reports shape errors from the schema with their paths', () => {
    const r = validateFramework({ ...valid, precision: -1, root: { ...valid.root, kind: 'nhom' } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path.join('.'))).toEqual(['precision', 'root.kind']);
  });

  it('defineFramework throws a typed error', () => {
    expect(() =>
      defineFramework({ ...valid, scale: { min: 1, max: 0 } } as Parameters<typeof defineFramework>[0]),
    ).toThrow(DtiValidationError);
  });
});

describe('JSON Schema', () => {
  const schema = frameworkJsonSchema();
  it('is generated from the zod schema', () => {
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['format', 'id', 'version', 'label', 'scale', 'root']);
    const props = schema.properties as Record<string, { enum?: unknown[] }>;
    expect(props.ties?.enum).toEqual(['competition', 'dense', 'ordinal', 'fractional']);
  });
  it('is the one shipped in framework.schema.json (run `pnpm schema` after changing the format)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../framework.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(schema);
  });
});

describe('framework validation, further checks', () => {
  it('reports a misspelt key instead of ignoring it', () => {
    const r = validateFramework({ ...valid, root: { ...valid.root, aggregaton: { type: 'sum' } } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: 'invalid-format', path: ['root'] });
    if (!r.success) expect(r.issues[0]?.message).toBe('root: unknown key "aggregaton" (misspelt?)');
  });
  it('refuses goalposts where the log transform is undefined', () => {
    const r = validateFramework({
      ...valid,
      root: group('chi-so', [
        indicator('camera', { transform: 'log', method: { type: 'goalposts', min: 0, max: 3000 } }),
      ]),
    });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues[0]?.message).toBe(
        'root.children.0.method: goalposts start at 0, where log is undefined: use a minimum above 0',
      );
  });
});

describe('framework shape errors read well', () => {
  it('explains each problem with its path and what was found', () => {
    const r = validateFramework({
      ...valid,
      ties: 'olympic',
      root: {
        ...valid.root,
        aggregation: { type: 'mean' },
        children: [{ kind: 'indicatr' }, { ...indicator('c'), method: { type: 'goalposts', min: 'x', max: 1 } }],
      },
    });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => i.message)).toEqual([
        'ties: must be one of "competition", "dense", "ordinal", "fractional" (found "olympic")',
        'root.aggregation.type: must be one of "arithmetic", "sum", "geometric", "harmonic" (found "mean")',
        'root.children.0.kind: must be one of "indicator", "group" (found "indicatr")',
        'root.children.1.method.min: expected number (found "x")',
      ]);
  });
});
