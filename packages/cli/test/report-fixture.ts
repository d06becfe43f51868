import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tier } from '@dti-kit/core';
import { framework as fixtureFramework, goalposts, group, indicator, tiers } from '@dti-kit/testing';
import { scratch } from './dti.js';

/** The hostile unit name of the report fixture: markup, an ampersand and both quotes. */
export const HOSTILE_NAME = `Xã <b>An</b> & "Bình" 'Đông'`;

/**
 * A framework of two pillars of two indicators each (0–100 goalposts, 25 points each), published
 * 0–100 with one decimal, four tiers, missing values imputed with the mean, and half of the
 * indicators needed to be scored. Four units, worked out by hand:
 *
 * | unit | a | b | c | d | pillars | score | rank |
 * | --- | --- | --- | --- | --- | --- | --- | --- |
 * | hostile name | 80 | 80 | 80 | 80 | 80, 80 | 80.0 Tốt | 1 = |
 * | Xã Đông Sơn | 70 | 90 | 80 | 80 | 80, 80 | 80.0 Tốt | 1 = |
 * | Xã Tân Lập | 60 | 60 | 60 | — (mean 80) | 60, 70 | 65.0 Khá, 75 %, 1 imputed | 3 |
 * | Phường Mới | 50 | — | — | — | | too little data (25 %) | — |
 */
export function reportFixture(): { dir: string; framework: string; data: string } {
  const dir = scratch();
  const framework = join(dir, 'bo-thu.json');
  const quarter = (id: string, label: string) => indicator(id, { label, points: 25, method: goalposts(0, 100) });
  writeFileSync(
    framework,
    JSON.stringify(
      fixtureFramework({
        id: 'bo-thu',
        version: '2025.1',
        label: { vi: 'Bộ chỉ số thử cấp xã', en: 'Test commune framework' },
        sources: [
          {
            title: 'Quyết định 99/QĐ-UBND ngày 01/02/2025',
            url: 'https://example.org/qd-99?a=1&b=2',
            date: '2025-02-01',
          },
        ],
        precision: 1,
        missing: { type: 'mean' },
        minCoverage: 0.5,
        // A colour that is not one (a URL) for the third tier: the report must not use it.
        tiers: tiers(
          { tot: 80, kha: 65, 'trung-binh': 50, yeu: 0 },
          { colours: { 'trung-binh': 'url(https://x.test/a)' } },
        ),
        children: [
          group('cq', [quarter('a', 'A'), quarter('b', 'B')], {
            label: { vi: 'Chính quyền số', en: 'Digital government' },
            points: 50,
          }),
          group('kt', [quarter('c', 'C'), quarter('d', 'D')], {
            label: { vi: 'Kinh tế số', en: 'Digital economy' },
            points: 50,
          }),
        ],
      }),
    ),
  );
  const data = join(dir, 'so-lieu-2025.json');
  writeFileSync(
    data,
    JSON.stringify({
      period: '2025',
      units: [
        { id: 'an', name: HOSTILE_NAME, values: { a: 80, b: 80, c: 80, d: 80 } },
        { id: 'dong-son', name: 'Xã Đông Sơn', values: { a: 70, b: 90, c: 80, d: 80 } },
        { id: 'tan-lap', name: 'Xã Tân Lập', values: { a: 60, b: 60, c: 60 } },
        { id: 'moi', name: 'Phường Mới', values: { a: 50 } },
      ],
    }),
  );
  return { dir, framework, data };
}

/**
 * Labels and names that carry a right-to-left override (U+202E), which would show every following
 * character reversed: "— 2025" as "5202 —", the tier range "từ 80" as "08 ừt". Two units, 95/85 and
 * 60/70 on two pillars of 50 points each: 90.0 (Tốt, from 80) and 65.0 (Yếu).
 * `tierLabel` replaces the first tier's label (a 400-letter label lays out the page at 390 px).
 */
export function bidiFixture(tierLabel = 'Tốt\u202e'): { dir: string; framework: string; data: string } {
  const dir = scratch();
  const framework = join(dir, 'bo-bidi.json');
  const pillar = (id: string, label: string) =>
    group(id, [indicator(`${id}-a`, { label: 'A', method: goalposts(0, 100) })], { label, points: 50 });
  const [good, weak] = tiers({ tot: 80, yeu: 0 }, { english: false });
  writeFileSync(
    framework,
    JSON.stringify(
      fixtureFramework({
        id: 'bo-bidi',
        label: 'Bộ chỉ số \u202e',
        precision: 1,
        tiers: [{ ...(good as Tier), label: { vi: tierLabel } }, weak as Tier],
        root: group('r', [pillar('p1', 'Trụ cột \u202e1'), pillar('p2', 'P2')], { label: 'R' }),
      }),
    ),
  );
  const data = join(dir, 'data-bidi.csv');
  writeFileSync(data, 'id,name,nhóm,p1-a,p2-a\nu1,Xã \u202eMột,Nhóm \u202eA,95,85\nu2,Xã Hai,Nhóm \u202eA,60,70\n');
  return { dir, framework, data };
}
