import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ScoreTable } from '@dti-kit/core';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import type { DtiScorecard } from '../src/scorecard/scorecard.js';
import { stubFetch, until } from './helpers.js';

// A fractional table whose tied national ranks are whole numbers: three units share places 1–3 (mean 2),
// three share places 4–6 (mean 5). Read from the ranks alone, 2, 2, 2, 5, 5, 5, 7 are competition ranks.
const rows: [id: string, name: string, parent: string, value: number, rank: number][] = [
  ['t1', 'Yên Sở', 'P1', 80, 2],
  ['t2', 'An Khánh', 'P2', 80, 2],
  ['t3', 'Bình Minh', 'P1', 60, 5],
  ['t4', 'Cổ Bi', 'P1', 60, 5],
  ['t5', 'Đông Dư', 'P2', 40, 7],
  ['t6', 'Ê Đê', 'P1', 60, 5],
  ['t7', 'Gia Lâm', 'P2', 80, 2],
];

/** The table `dti score --format json` writes for these units with a fractional framework (`ties` as given). */
function table(ties?: string): ScoreTable {
  return {
    kind: 'dti-score-table',
    format: 1,
    framework: {
      id: 'thu',
      version: '1',
      label: { vi: 'Thử' },
      scale: { min: 0, max: 100 },
      precision: 1,
      ...(ties === undefined ? {} : { ties: ties as ScoreTable['framework']['ties'] }),
      tiers: [],
    },
    rankedAmong: 7,
    nodes: [{ id: 'r', kind: 'group', label: { vi: 'Chỉ số' }, parent: null, maxPoints: 100 }],
    units: rows.map(([id, name, parent, value, rank]) => ({
      id,
      name,
      parent,
      status: 'ranked',
      value,
      rank,
      tier: null,
      coverage: 1,
      imputed: 0,
      targets: { met: 0, set: 0, share: null },
      nodes: { r: { value, rank } },
    })),
  };
}

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Each row as "rank · name · national rank", the rank cells without their screen-reader words. */
const rowsOf = (el: DtiLeagueTable) =>
  [...root(el).querySelectorAll('tbody tr')].map((r) => {
    const cells = [...r.querySelectorAll('th, td')].map(text);
    return `${cells[0]} · ${cells[1]} · ${cells[3]}`;
  });
const settled = (el: Element) => () => Boolean(root(el).querySelector('[part~="error"], tbody tr'));

/** Two tables of one source, within P1 and within P2. */
async function byParent(source: (parent: string) => ReturnType<typeof html>): Promise<[string[], string[]]> {
  const page = await fixture<HTMLElement>(html`<div>${source('P1')}${source('P2')}</div>`);
  const [p1, p2] = [...page.querySelectorAll('dti-league-table')] as DtiLeagueTable[];
  await until(settled(p1 as DtiLeagueTable), 10000);
  await until(settled(p2 as DtiLeagueTable), 10000);
  return [rowsOf(p1 as DtiLeagueTable), rowsOf(p2 as DtiLeagueTable)];
}

// Worked by hand, within P1: Yên Sở 80 takes place 1; Bình Minh, Cổ Bi, Ê Đê share places 2–4, mean 3.
const fractionalP1 = [
  '1 · Yên Sở · 2 =đồng hạng 2',
  '3 =đồng hạng 3 · Bình Minh · 5 =đồng hạng 5',
  '3 =đồng hạng 3 · Cổ Bi · 5 =đồng hạng 5',
  '3 =đồng hạng 3 · Ê Đê · 5 =đồng hạng 5',
];
// Within P2: An Khánh and Gia Lâm share places 1–2, mean 1,5; Đông Dư takes place 3.
const fractionalP2 = [
  '1,5 =đồng hạng 1,5 · An Khánh · 2 =đồng hạng 2',
  '1,5 =đồng hạng 1,5 · Gia Lâm · 2 =đồng hạng 2',
  '3 · Đông Dư · 7',
];

describe('a score table that states its tie rule', () => {
  it('ranks within a parent by the stated fractional rule, though the national ranks are whole numbers', async () => {
    const [p1, p2] = await byParent(
      (parent) => html`<dti-league-table lang="vi" parent=${parent} .result=${table('fractional')}></dti-league-table>`,
    );
    expect(p1).to.deep.equal(fractionalP1);
    expect(p2).to.deep.equal(fractionalP2);
  });

  it('ranks the same when the widget scores the data itself with the fractional framework', async () => {
    // ties2.csv of the hostile test: Ê Đê 60,04 and Gia Lâm 80,049 tie on the published value (1 decimal).
    const csv =
      'Mã đơn vị;Tên đơn vị;Đơn vị cấp trên;a\nt1;Yên Sở;P1;80\nt2;An Khánh;P2;80\nt3;Bình Minh;P1;60\nt4;Cổ Bi;P1;60\nt5;Đông Dư;P2;40\nt6;Ê Đê;P1;60,04\nt7;Gia Lâm;P2;80,049\n';
    const framework = {
      format: 1,
      id: 'thu',
      version: '1',
      label: { vi: 'Thử' },
      scale: { min: 0, max: 100 },
      precision: 1,
      ties: 'fractional',
      root: {
        kind: 'group',
        id: 'r',
        label: { vi: 'Chỉ số' },
        children: [{ kind: 'indicator', id: 'a', label: { vi: 'A' }, method: { type: 'goalposts', min: 0, max: 100 } }],
      },
    };
    const stub = stubFetch({
      '/hx/ties2.csv': { body: csv, type: 'text/csv' },
      '/hx/fw-fractional.json': { body: framework },
    });
    try {
      const [p1, p2] = await byParent(
        (parent) =>
          html`<dti-league-table lang="vi" parent=${parent} src="/hx/ties2.csv" framework="/hx/fw-fractional.json"></dti-league-table>`,
      );
      expect(p1).to.deep.equal(fractionalP1);
      expect(p2).to.deep.equal(fractionalP2);
    } finally {
      stub.restore();
    }
  });

  it('gives the scorecard the stated rule: 3/4 in P1, 1,5/3 in P2', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <dti-scorecard lang="vi" unit-id="t3" parent="P1" .table=${table('fractional')}></dti-scorecard>
      <dti-scorecard lang="vi" unit-id="t2" parent="P2" .table=${table('fractional')}></dti-scorecard>
    </div>`);
    const [binhMinh, anKhanh] = [...page.querySelectorAll('dti-scorecard')] as DtiScorecard[];
    const fact = (el: DtiScorecard, label: string) =>
      [...root(el).querySelectorAll('.fact')].find((f) => text(f.querySelector('dt')) === label)?.querySelector('dd');
    await until(() => Boolean(fact(binhMinh as DtiScorecard, 'Hạng trong P1')));
    await until(() => Boolean(fact(anKhanh as DtiScorecard, 'Hạng trong P2')));
    expect(text(fact(binhMinh as DtiScorecard, 'Hạng trong P1'))).to.equal('3/4');
    expect(text(fact(binhMinh as DtiScorecard, 'Hạng chung'))).to.equal('5/7');
    expect(text(fact(anKhanh as DtiScorecard, 'Hạng trong P2'))).to.equal('1,5/3');
    expect(text(fact(anKhanh as DtiScorecard, 'Hạng chung'))).to.equal('2/7');
  });

  it('still reads the rule from the ranks in a table that states none (published results typed by hand)', async () => {
    // Whole-number ranks with a tie followed by a gap read as competition: 2, 5, 5, 5 → 1, 2, 2, 2.
    const [p1, p2] = await byParent(
      (parent) => html`<dti-league-table lang="vi" parent=${parent} .result=${table()}></dti-league-table>`,
    );
    expect(p1.map((r) => r.split(' · ')[0])).to.deep.equal(['1', '2 =đồng hạng 2', '2 =đồng hạng 2', '2 =đồng hạng 2']);
    expect(p2.map((r) => r.split(' · ')[0])).to.deep.equal(['1 =đồng hạng 1', '1 =đồng hạng 1', '3']);
    const card = await fixture<DtiScorecard>(
      html`<dti-scorecard lang="vi" unit-id="t3" parent="P1" .table=${table()}></dti-scorecard>`,
    );
    await until(() => text(root(card)).includes('Hạng trong P1'));
    expect(text(root(card))).to.contain('hạng 2/4 trong P1');
  });

  it('refuses an unknown rule, naming the field and the value, in Vietnamese and English', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <dti-league-table lang="vi" .result=${table('average')}></dti-league-table>
      <dti-league-table lang="en" .result=${table('average')}></dti-league-table>
    </div>`);
    const [vi, en] = [...page.querySelectorAll('dti-league-table')] as DtiLeagueTable[];
    const error = (el: DtiLeagueTable) => text(root(el).querySelector('[part~="error"]'));
    await until(() => error(vi as DtiLeagueTable) !== '' && error(en as DtiLeagueTable) !== '', 10000);
    expect(error(vi as DtiLeagueTable)).to.contain(
      'framework.ties = "average": phải là "competition", "dense", "ordinal" hoặc "fractional" (cách xếp đồng hạng), hoặc không có',
    );
    expect(error(en as DtiLeagueTable)).to.contain(
      'framework.ties = "average": must be "competition", "dense", "ordinal" or "fractional" (the tie rule), or absent',
    );
  });
});
