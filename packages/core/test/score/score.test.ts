import { describe, expect, it } from 'vitest';
import {
  type Dataset,
  DtiValidationError,
  defineFramework,
  type Framework,
  prepareDataset,
  safeScore,
  score,
} from '../../src/index.js';
import { flatFramework, group, indicator, framework as testFramework } from '../helpers.js';

/** A DTI-shaped framework: 1000 points, published 0–1 at 4 decimals, four tiers. */
function dtiLike(overrides: Partial<Omit<Framework, 'format' | 'root'>> = {}): Framework {
  return defineFramework(
    testFramework({
      id: 'dti-like',
      version: '1.0.0',
      label: { vi: 'Chỉ số chuyển đổi số thử', en: 'Test DTI' },
      scale: { min: 0, max: 1 },
      precision: 4,
      tiers: [
        { id: 'tot', label: { vi: 'Tốt', en: 'Good' }, min: 0.8 },
        { id: 'kha', label: { vi: 'Khá', en: 'Fair' }, min: 0.65 },
        { id: 'trung-binh', label: { vi: 'Trung bình', en: 'Average' }, min: 0.5 },
        { id: 'yeu', label: { vi: 'Yếu', en: 'Weak' }, min: 0 },
      ],
      ...overrides,
      root: group(
        'dti',
        [
          group(
            'nen-tang',
            [
              indicator('online', {
                points: 300,
                unit: '%',
                target: 90,
                method: { type: 'goalposts', min: 0, max: 100 },
              }),
              indicator('email', { points: 100, method: { type: 'yesNo' } }),
            ],
            { points: 400, aggregation: { type: 'sum' } },
          ),
          group('hoat-dong', [indicator('dossiers', { points: 600, target: 50, method: { type: 'target' } })], {
            points: 600,
            aggregation: { type: 'sum' },
          }),
        ],
        { points: 1000, aggregation: { type: 'sum' } },
      ),
    }),
  );
}

const units = (rows: [string, string, Record<string, number | boolean | null>][]): Dataset => ({
  units: rows.map(([id, name, values]) => ({ id, name, values })),
});

const base = units([
  ['u1', 'Phúc Thọ', { online: 80, email: true, dossiers: 25 }],
  ['u2', 'Gia Lâm', { online: 100, email: false, dossiers: 60 }],
  ['u3', 'Đan Phượng', { online: 50, email: true, dossiers: 50 }],
]);

describe('score: a DTI-style sum of points', () => {
  const result = score(dtiLike(), base);
  it('adds up points: 240 + 100 + 300 = 640 → 0.64', () => {
    // u1: online 80% of 300 = 240, email 100, dossiers 25/50 of 600 = 300
    // u2: 300 + 0 + 600 = 900; u3: 150 + 100 + 600 = 850
    expect(result.units.map((u) => [u.name, u.value, u.rank, u.tier?.id])).toEqual([
      ['Phúc Thọ', 0.64, 3, 'trung-binh'],
      ['Gia Lâm', 0.9, 1, 'tot'],
      ['Đan Phượng', 0.85, 2, 'tot'],
    ]);
  });
  it('ranks every group', () => {
    // foundations: 340/400, 300/400, 250/400
    expect(Array.from(result.scores('nen-tang'))).toEqual([0.85, 0.75, 0.625]);
    expect(Array.from(result.ranks('nen-tang'))).toEqual([1, 2, 3]);
    expect(Array.from(result.ranks('dossiers'))).toEqual([3, 1, 1]);
  });
  it('explains points earned and lost at every node', () => {
    const e = result.explain('u1');
    expect(e.points).toBeCloseTo(640, 9);
    expect(e.pointsLost).toBeCloseTo(360, 9);
    const [foundations, activities] = e.children ?? [];
    expect(foundations?.points).toBeCloseTo(340, 9);
    expect(foundations?.pointsLost).toBeCloseTo(60, 9);
    expect(foundations?.children?.map((c) => [c.id, c.raw, c.score, c.points, c.maxPoints, c.target])).toEqual([
      ['online', 80, 0.8, 240, 300, { value: 90, met: false }],
      ['email', 1, 1, 100, 100, undefined],
    ]);
    expect(activities?.points).toBeCloseTo(300, 9);
    expect(activities?.rank).toBe(3);
  });
  it('counts targets met', () => {
    expect(result.units.map((u) => u.targets)).toEqual([
      { met: 0, set: 2, share: 0 },
      { met: 2, set: 2, share: 1 },
      { met: 1, set: 2, share: 0.5 },
    ]);
  });
});

describe('score: missing values', () => {
  const withGap = units([
    ['u1', 'Phúc Thọ', { online: 80, email: null, dossiers: 25 }],
    ['u2', 'Gia Lâm', { online: 100, email: false, dossiers: 60 }],
    ['u3', 'Đan Phượng', { email: true, dossiers: 50 }],
  ]);
  it('zero: an unreported item earns no points and is flagged', () => {
    const r = score(dtiLike({ missing: { type: 'zero' } }), withGap);
    // u1: 240 + 0 + 300 = 540; u3: 0 + 100 + 600 = 700
    expect(r.units.map((u) => u.value)).toEqual([0.54, 0.9, 0.7]);
    expect(r.units.map((u) => u.imputed)).toEqual([1, 0, 1]);
    expect(r.units.map((u) => Number(u.coverage.toFixed(4)))).toEqual([0.6667, 1, 0.6667]);
    expect(r.explain('u1').children?.[0]?.children?.[1]).toMatchObject({ imputed: true, score: 0, points: 0 });
  });
  it('skip: the remaining siblings share the group’s points', () => {
    const r = score(dtiLike({ missing: { type: 'skip' } }), withGap);
    // u1: foundations = online alone = 0.8 of 400 = 320; + 300 = 620
    // u3: foundations = email alone = 1 of 400; + 600 = 1000
    expect(r.units.map((u) => u.value)).toEqual([0.62, 0.9, 1]);
    const online = r.explain('u1').children?.[0]?.children?.[0];
    expect(online?.availablePoints).toBeCloseTo(400, 9);
    expect(online?.points).toBeCloseTo(320, 9);
    expect(r.explain('u1').children?.[0]?.children?.[1]).toMatchObject({
      skipped: true,
      points: null,
      availablePoints: 0,
    });
  });
  it('mean: imputes the mean raw value of the units that reported', () => {
    const r = score(dtiLike({ missing: { type: 'mean' } }), withGap);
    // online for u3 = (80 + 100) / 2 = 90 → 270 + 100 + 600 = 970
    // email for u1 = (0 + 1) / 2 = 0.5 → 50 points: 240 + 50 + 300 = 590
    expect(r.units.map((u) => u.value)).toEqual([0.59, 0.9, 0.97]);
    expect(r.explain('u3').children?.[0]?.children?.[0]).toMatchObject({ raw: null, value: 90, imputed: true });
  });
  it('median within parent: only units of the same parent count', () => {
    const fw = flatFramework([indicator('x', { method: { type: 'goalposts', min: 0, max: 100 } })], {
      missing: { type: 'median', within: 'parent' },
    });
    const r = score(fw, {
      units: [
        { id: 'a', parent: 'p', values: { x: 10 } },
        { id: 'b', parent: 'p', values: { x: 20 } },
        { id: 'c', parent: 'p', values: { x: 90 } },
        { id: 'd', parent: 'p', values: {} },
        { id: 'e', parent: 'q', values: { x: 60 } },
        { id: 'f', parent: 'q', values: {} },
      ],
    });
    expect(r.units.map((u) => u.value)).toEqual([10, 20, 90, 20, 60, 60]);
  });
  it('previous: carries the unit’s last value forward, then falls back', () => {
    const fw = dtiLike({ missing: { type: 'previous', fallback: 'zero' } });
    const previous = units([['u3', 'Đan Phượng', { online: 70, email: true, dossiers: 40 }]]);
    const r = score(fw, withGap, { previous });
    // u3: online 70 → 210 + 100 + 600 = 910; u1 has no previous email → zero: 540
    expect(r.units.map((u) => u.value)).toEqual([0.54, 0.9, 0.91]);
  });
  it('per-indicator override beats the framework default', () => {
    const fw = defineFramework({
      ...dtiLike({ missing: { type: 'skip' } }),
      root: group(
        'dti',
        [
          indicator('online', { points: 300, method: { type: 'goalposts', min: 0, max: 100 } }),
          indicator('email', { points: 100, method: { type: 'yesNo' }, missing: { type: 'zero' } }),
          indicator('dossiers', { points: 600, target: 50, method: { type: 'target' } }),
        ],
        { points: 1000 },
      ),
    });
    const r = score(fw, withGap);
    // u1: email zero → (240 + 0 + 300) / 1000; u3: online skipped → (100 + 600) / 700 = 1
    expect(r.units.map((u) => u.value)).toEqual([0.54, 0.9, 1]);
  });
  it('minCoverage leaves thin units unscored and unranked', () => {
    const r = score(dtiLike({ missing: { type: 'zero' }, minCoverage: 0.8 }), withGap);
    expect(r.units.map((u) => [u.status, u.value, u.rank])).toEqual([
      ['unscored', null, null],
      ['ranked', 0.9, 1],
      ['unscored', null, null],
    ]);
  });
});

describe('score: ranking rules', () => {
  const fw = (extra: Partial<Framework> = {}) =>
    flatFramework([indicator('x', { method: { type: 'goalposts', min: 0, max: 1 } })], {
      scale: { min: 0, max: 1 },
      precision: 4,
      ...extra,
    });
  const data = {
    units: [
      { id: 'a', values: { x: 0.64004 } },
      { id: 'b', values: { x: 0.63996 } },
      { id: 'c', values: { x: 0.5 } },
    ],
  };
  it('ranks on the published, rounded value by default', () => {
    expect(score(fw(), data).units.map((u) => [u.value, u.rank])).toEqual([
      [0.64, 1],
      [0.64, 1],
      [0.5, 3],
    ]);
  });
  it('ranks on exact values when asked', () => {
    expect(score(fw({ rankOn: 'exact' }), data).units.map((u) => u.rank)).toEqual([1, 2, 3]);
  });
  it('dense ties', () => {
    expect(score(fw({ ties: 'dense' }), data).units.map((u) => u.rank)).toEqual([1, 1, 2]);
  });
  it('peer groups and units excluded from the ranking', () => {
    const ministries = {
      units: [
        { id: 'bo-tai-chinh', peerGroup: 'co-dvc', values: { x: 0.63 } },
        { id: 'vien-han-lam', peerGroup: 'khong-dvc', values: { x: 0.47 } },
        { id: 'bo-ke-hoach', peerGroup: 'co-dvc', values: { x: 0.61 } },
        { id: 'dai-truyen-hinh', peerGroup: 'khong-dvc', values: { x: 0.42 } },
        { id: 'thu-nghiem', peerGroup: 'co-dvc', ranked: false, values: { x: 0.99 } },
      ],
    };
    const r = score(fw(), ministries);
    expect(r.units.map((u) => [u.id, u.rank, u.status])).toEqual([
      ['bo-tai-chinh', 1, 'ranked'],
      ['vien-han-lam', 1, 'ranked'],
      ['bo-ke-hoach', 2, 'ranked'],
      ['dai-truyen-hinh', 2, 'ranked'],
      ['thu-nghiem', null, 'not-ranked'],
    ]);
    expect(score(fw(), ministries, { rankWithin: 'all' }).units.map((u) => u.rank)).toEqual([1, 3, 2, 4, null]);
  });
});

describe('score: aggregation methods per level', () => {
  it('geometric at the top, arithmetic below', () => {
    const fw = flatFramework(
      [
        group('p1', [indicator('a', { method: { type: 'goalposts', min: 0, max: 1 } })]),
        group('p2', [
          indicator('b', { method: { type: 'goalposts', min: 0, max: 1 } }),
          indicator('c', { method: { type: 'goalposts', min: 0, max: 1 } }),
        ]),
      ],
      { scale: { min: 0, max: 1 }, root: group('index', [], { aggregation: { type: 'geometric' } }) },
    );
    const r = score(fw, {
      units: [
        { id: 'u', values: { a: 0.25, b: 0.5, c: 1.5 } },
        { id: 'zero', values: { a: 0, b: 1, c: 1 } },
      ],
    });
    // p2 = (0.5 + 1) / 2 = 0.75 (c capped at 1); index = sqrt(0.25 · 0.75) = 0.4330127
    expect(r.units[0]?.value).toBeCloseTo(Math.sqrt(0.25 * 0.75), 12);
    expect(r.units[1]?.value).toBe(0);
  });
  it('what-if weights by node id', () => {
    const fw = flatFramework([
      indicator('a', { method: { type: 'goalposts', min: 0, max: 100 } }),
      indicator('b', { method: { type: 'goalposts', min: 0, max: 100 } }),
    ]);
    const data = { units: [{ id: 'u', values: { a: 100, b: 0 } }] };
    expect(score(fw, data).units[0]?.value).toBe(50);
    expect(score(fw, data, { weights: { a: 3 } }).units[0]?.value).toBe(75);
  });
  it('a group whose children all weigh 0 is reported but adds nothing', () => {
    // DTI 2022: smart city (Đô thị thông minh) has indicators but 0 points
    const fw = flatFramework(
      [
        indicator('a', { points: 100, method: { type: 'goalposts', min: 0, max: 100 } }),
        group('smart-city', [indicator('s', { points: 0, method: { type: 'yesNo' } })], { points: 0 }),
      ],
      { root: group('index', [], { points: 100 }) },
    );
    const r = score(fw, { units: [{ id: 'u', values: { a: 40, s: 1 } }] });
    expect(r.units[0]?.value).toBe(40);
    expect(r.explain('u').children?.[1]).toMatchObject({ score: 1, maxPoints: 0, points: 0 });
  });
});

describe('score: formulas from raw fields', () => {
  const fw = flatFramework(
    [
      indicator('online-share', {
        unit: '%',
        method: { type: 'goalposts', min: 0, max: 100 },
        formula: { type: 'ratio', numerator: 'online', denominator: 'all', multiplier: 100 },
      }),
    ],
    {
      fields: [
        { id: 'online', label: { vi: 'Hồ sơ trực tuyến' } },
        { id: 'all', label: { vi: 'Tổng số hồ sơ' } },
      ],
    },
  );
  it('computes the ratio, and a zero denominator leaves the value missing with a warning', () => {
    const r = safeScore(fw, {
      units: [
        { id: 'son-chau', values: { online: 429, all: 429 } },
        { id: 'vong-xuyen', values: { online: 180, all: 720 } },
        { id: 'empty', values: { online: 0, all: 0 } },
        { id: 'direct', values: { 'online-share': 65 } },
      ],
    });
    if (!r.success) throw new Error('expected success');
    expect(r.data.units.map((u) => u.value)).toEqual([100, 25, null, 65]);
    // The ratio gives nothing for "empty", so it has no value worth points left: said as well.
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatchObject({ code: 'undefined-ratio', unit: 'empty', indicator: 'online-share' });
    expect(r.warnings[1]).toMatchObject({ code: 'suspicious-value', detail: 'no-data', unit: 'empty' });
  });
});

describe('score: targets met, as Gia Lâm reports them', () => {
  it('36 of 37 targets met is 97.3%', () => {
    const ids = Array.from({ length: 37 }, (_, k) => `t${k + 1}`);
    const fw = flatFramework(ids.map((id) => indicator(id, { target: 1, method: { type: 'yesNo' } })));
    const values = Object.fromEntries(ids.map((id, k) => [id, k !== 36]));
    const unit = score(fw, { units: [{ id: 'gia-lam', name: 'Gia Lâm', values }] }).units[0];
    expect(unit?.targets.met).toBe(36);
    expect(unit?.targets.set).toBe(37);
    expect(Number(((unit?.targets.share ?? 0) * 100).toFixed(1))).toBe(97.3);
  });
});

describe('score: errors', () => {
  it('throws one error listing every problem, naming unit, indicator and value', () => {
    let caught: unknown;
    try {
      score(dtiLike(), {
        units: [
          { id: 'u1', values: { online: Number.NaN, email: 'có', dossiers: -5 } },
          { id: 'u1', values: { onlin: 50 } },
        ],
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DtiValidationError);
    const issues = (caught as DtiValidationError).issues;
    expect(issues.map((i) => [i.code, i.unit, i.indicator, i.value])).toEqual([
      ['invalid-value', 'u1', 'online', Number.NaN],
      ['invalid-value', 'u1', 'email', 'có'],
      ['duplicate-unit', 'u1', undefined, 'u1'],
      ['unknown-indicator', 'u1', 'onlin', 50],
      ['value-out-of-domain', 'u1', 'dossiers', -5],
    ]);
    expect((caught as Error).message).toContain(
      'unit "u1", indicator "email": value "có" is not a number, yes/no or null',
    );
  });
  it('safeScore returns the issues instead of throwing', () => {
    const r = safeScore(dtiLike(), { units: [{ id: 'u', values: { online: Number.POSITIVE_INFINITY } }] });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues[0]?.message).toBe('unit "u", indicator "online": value Infinity is not a finite number');
  });
  it('names the unit when the envelope is wrong', () => {
    const r = safeScore(dtiLike(), {
      units: [
        { id: 'ok', values: {} },
        { id: 'bad', values: [1, 2] },
      ],
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ unit: 'bad', path: ['units', 1, 'values'] });
  });
});

describe('score: what-if weights are checked', () => {
  it('names unknown nodes and bad weights', () => {
    const r = safeScore(dtiLike(), base, { weights: { 'nen-tang': -1, 'khong-co': 2 } });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => i.message)).toEqual([
        'weights: the weight of "nen-tang" must be a finite number ≥ 0, not -1',
        'weights: framework "dti-like" has no node "khong-co"',
      ]);
  });
});

describe('README example', () => {
  it('scores as the README says', () => {
    // By hand: the README's code, copied as readers copy it, is the point of the test.
    const framework = defineFramework({
      format: 1,
      id: 'xa-2024',
      version: '1.0.0',
      label: { vi: 'Chỉ số chuyển đổi số cấp xã', en: 'Commune digital-transformation index' },
      scale: { min: 0, max: 100 },
      precision: 1,
      root: {
        kind: 'group',
        id: 'chi-so',
        label: { vi: 'Chỉ số' },
        points: 100,
        children: [
          {
            kind: 'indicator',
            id: 'ho-so-truc-tuyen',
            label: { vi: 'Hồ sơ nộp trực tuyến' },
            unit: '%',
            points: 60,
            method: { type: 'goalposts', min: 0, max: 100 },
          },
          { kind: 'indicator', id: 'zalo-oa', label: { vi: 'Có kênh Zalo OA' }, points: 40, method: { type: 'yesNo' } },
        ],
      },
    });
    const result = score(framework, {
      units: [
        { id: 'vong-xuyen', name: 'Võng Xuyên', values: { 'ho-so-truc-tuyen': 62.5, 'zalo-oa': true } },
        { id: 'son-chau', name: 'Sơn Châu', values: { 'ho-so-truc-tuyen': 100, 'zalo-oa': false } },
      ],
    });
    // 62.5% of 60 + 40 = 77.5; 60 + 0 = 60
    expect(result.units.map((u) => [u.name, u.value, u.rank])).toEqual([
      ['Võng Xuyên', 77.5, 1],
      ['Sơn Châu', 60, 2],
    ]);
  });
});

describe('score: Unicode', () => {
  it('reads decomposed (NFD) ids and names as the same text in NFC', () => {
    const fw = flatFramework([indicator('tỷ-lệ', { method: { type: 'goalposts', min: 0, max: 100 } })]);
    const r = score(fw, {
      units: [
        {
          id: 'Đà Nẵng'.normalize('NFD'),
          name: 'Đà Nẵng'.normalize('NFD'),
          values: { ['tỷ-lệ'.normalize('NFD')]: 80 },
        },
      ],
    });
    expect(r.units[0]?.name).toBe('Đà Nẵng'.normalize('NFC'));
    expect(r.unit('Đà Nẵng')?.value).toBe(80);
  });
  it('refuses a prepared dataset whose framework has other indicators', () => {
    const other = flatFramework([indicator('x')]);
    const prepared = prepareDataset(other, { units: [{ id: 'a', values: { x: 1 } }] });
    expect(() => score(dtiLike(), prepared)).toThrow(/prepare it again/);
  });
});
