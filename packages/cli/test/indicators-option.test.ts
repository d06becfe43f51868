import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { framework as fixtureFramework, goalposts, group, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

const dir = scratch();

// One pillar `p` of two indicators, 0–100 each, one decimal: the pillar is their mean, and so is the index.
const framework = join(dir, 'hai-chi-so.json');
writeFileSync(
  framework,
  JSON.stringify(
    fixtureFramework({
      id: 'hai-chi-so',
      label: { vi: 'Hai chỉ số', en: 'Two indicators' },
      precision: 1,
      root: group(
        'r',
        [
          group(
            'p',
            [
              indicator('a', { label: { vi: 'Ký số', en: 'Signatures' }, method: goalposts(0, 100) }),
              indicator('b', { label: { vi: 'Cáp quang', en: 'Fibre' }, method: goalposts(0, 100) }),
            ],
            { label: { vi: 'Hạ tầng', en: 'Infrastructure' } },
          ),
        ],
        { label: 'Chỉ số' },
      ),
    }),
  ),
);
// Đông Sơn: (80 + 60) / 2 = 70.0; Tân Lập: (90 + 40) / 2 = 65.0.
const data = join(dir, 'hai-xa.json');
writeFileSync(
  data,
  JSON.stringify({
    units: [
      { id: 'dong-son', name: 'Đông Sơn', values: { a: 80, b: 60 } },
      { id: 'tan-lap', name: 'Tân Lập', values: { a: 90, b: 40 } },
    ],
  }),
);

describe('dti score --indicators: every format carries each indicator', () => {
  it('the text table has a column per indicator after the pillar', () => {
    const r = dti('score', data, '-f', framework, '--indicators', '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(2, 6)).toEqual([
      'Rank  Unit      Score  Infrastructure  Signatures  Fibre  Tier  Coverage  Status',
      '────  ────────  ─────  ──────────────  ──────────  ─────  ────  ────────  ──────',
      '   1  Đông Sơn   70.0            70.0        80.0   60.0  —         100%  ranked',
      '   2  Tân Lập    65.0            65.0        90.0   40.0  —         100%  ranked',
    ]);
    const vi = dti('score', data, '-f', framework, '--indicators');
    expect(vi.out.split('\n')[4]).toBe(
      '   1  Đông Sơn  70,0     70,0   80,0       60,0  —           100%  đã xếp hạng',
    );
  });

  it('without it the table is as before', () => {
    const r = dti('score', data, '-f', framework, '--locale', 'en');
    expect(r.out.split('\n')[2]).toBe('Rank  Unit      Score  Infrastructure  Tier  Coverage  Status');
  });

  it('an indicator named "rank" or "value" is headed "indicator:rank", not a second "rank" column', () => {
    // A reader that looks a column up by its heading takes the last "rank": it read 10, not the rank 2.
    const named = join(dir, 'hang-va-gia-tri.json');
    writeFileSync(
      named,
      JSON.stringify(
        fixtureFramework({
          id: 'hang-va-gia-tri',
          label: 'Hạng',
          precision: 1,
          root: group(
            'r',
            [
              indicator('rank', { label: 'Hạng cũ', method: goalposts(0, 100) }),
              indicator('value', { label: 'Giá trị', method: goalposts(0, 100) }),
            ],
            { label: 'Chỉ số' },
          ),
        }),
      ),
    );
    const rows = join(dir, 'hang.json');
    writeFileSync(
      rows,
      JSON.stringify({
        units: [
          { id: 'x1', name: 'Xã Một', values: { rank: 10, value: 30 } },
          { id: 'x2', name: 'Xã Hai', values: { rank: 90, value: 20 } },
        ],
      }),
    );
    // Xã Hai: (90 + 20) / 2 = 55, 1st; Xã Một: (10 + 30) / 2 = 20, 2nd.
    const r = dti('score', rows, '-f', named, '--indicators', '--format', 'csv', '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.out.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'id,name,rank,value,tier,coverage,status,indicator:rank,indicator:value',
      'x1,Xã Một,2,20,,1,ranked,10,30',
      'x2,Xã Hai,1,55,,1,ranked,90,20',
      '',
    ]);
  });

  it('the CSV has a column per indicator, named by its id, after the groups', () => {
    const en = dti('score', data, '-f', framework, '--indicators', '--format', 'csv', '--locale', 'en');
    expect(en.code).toBe(0);
    expect(en.out.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'id,name,rank,value,tier,coverage,status,p,a,b',
      'dong-son,Đông Sơn,1,70,,1,ranked,70,80,60',
      'tan-lap,Tân Lập,2,65,,1,ranked,65,90,40',
      '',
    ]);
    const vi = dti('score', data, '-f', framework, '--indicators', '--format', 'csv');
    expect(vi.out.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('id;name;rank;value;tier;coverage;status;p;a;b');
  });

  it('the HTML page has a column per indicator, headed by its label', () => {
    const r = dti('score', data, '-f', framework, '--indicators', '--format', 'html', '--period', '2024');
    expect(r.code).toBe(0);
    expect(r.out).toContain('<th scope="col" role="columnheader" class="num">Ký số</th>');
    expect(r.out).toContain('<th scope="col" role="columnheader" class="num">Cáp quang</th>');
    expect(r.out).toContain('<td role="cell" class="num" data-label="Ký số">80,0</td>');
    expect(r.out).toContain('<td role="cell" class="num" data-label="Cáp quang">60,0</td>');
  });

  it('another command refuses it (exit 2), naming the option and the command, in vi and en', () => {
    const vi = dti('validate', data, '-f', framework, '--indicators');
    expect(vi.code).toBe(2);
    expect(vi.err).toEqual([
      'tùy chọn --indicators chỉ dùng với lệnh score, không dùng với lệnh validate; xem dti --help',
    ]);
    const en = dti('compare', data, data, '--indicators', '--locale', 'en');
    expect(en.code).toBe(2);
    expect(en.err).toEqual(['option --indicators applies to dti score only, not to dti compare; try dti --help']);
  });
});
