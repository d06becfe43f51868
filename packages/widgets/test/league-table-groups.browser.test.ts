import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { ScoreTable } from '@dti-kit/core';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { axeViolations, sampleTable, until } from './helpers.js';

const root = (el: DtiLeagueTable) => el.shadowRoot as ShadowRoot;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/gu, ' ').trim();
const texts = (el: DtiLeagueTable, selector: string) => [...root(el).querySelectorAll(selector)].map(text);
const names = (el: DtiLeagueTable) =>
  [...root(el).querySelectorAll('tbody th')].map((th) =>
    [...th.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
const ready = async (el: DtiLeagueTable) => {
  await until(() => root(el)?.querySelector('tbody, [part~="error"]') !== null, 10000);
  await el.updateComplete;
};
const heads = (el: DtiLeagueTable) => texts(el, 'thead th').map((h) => h?.replace(/[▲▼↕]/gu, '').trim());
// The rank as drawn: "2 =" for a tie (the words for screen readers apart).
const ranks = (el: DtiLeagueTable, column: string) =>
  [...root(el).querySelectorAll(`tbody td.${column}`)].map(
    (td) => td.querySelector('[aria-hidden="true"]')?.textContent ?? td.textContent?.trim(),
  );
const notice = (el: DtiLeagueTable) => text(root(el).querySelector('[part~="warning"]'));
const error = (el: DtiLeagueTable) => text(root(el).querySelector('[part~="error"]'));

/** The CSV the export button makes, captured instead of downloaded. */
async function exported(el: DtiLeagueTable): Promise<string[]> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  const clicked = new Promise<void>((resolve) => {
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:captured';
    };
    HTMLAnchorElement.prototype.click = () => resolve();
  });
  try {
    (root(el).querySelector('[part~="export"]') as HTMLButtonElement).click();
    await clicked;
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return (await (blob as Blob).text())
    .replace(/^\uFEFF/u, '')
    .trimEnd()
    .split('\r\n');
}

describe('<dti-league-table> and parent names', () => {
  // Đan Phượng's parent as some systems export it: "Hà Nội" with combining marks (NFD).
  const decomposed = 'Hà Nội'.normalize('NFD');
  const mixed = () => {
    const table = sampleTable();
    table.units = table.units.map((u) => (u.id === 'dan-phuong' ? { ...u, parent: decomposed } : u));
    return table;
  };

  it('keeps Hà Nội one parent whatever its Unicode form: one option, its three units ranked 1, 2 =, 2 =', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table parent="Hà Nội" .result=${mixed()}></dti-league-table>`,
    );
    await ready(el);
    expect(names(el)).to.deep.equal(['Gia Lâm', 'Phúc Thọ', 'Đan Phượng']);
    expect(ranks(el, 'rank:not(.national-rank)')).to.deep.equal(['1', '2 =', '2 =']);
    const areas = root(el).querySelector('select') as HTMLSelectElement;
    expect([...areas.options].map((o) => o.text)).to.deep.equal(['Tất cả địa bàn', 'Bến Tre', 'Hà Nội', 'Hà Tĩnh']);
  });

  it('reads the parent attribute in any Unicode form, and without diacritics', async () => {
    for (const asked of [decomposed, 'ha noi']) {
      const el = await fixture<DtiLeagueTable>(
        html`<dti-league-table parent=${asked} .result=${sampleTable()}></dti-league-table>`,
      );
      await ready(el);
      expect(names(el)).to.deep.equal(['Gia Lâm', 'Phúc Thọ', 'Đan Phượng']);
      expect(text(root(el).querySelector('caption'))).to.equal('Chỉ số chuyển đổi số cấp xã — Hà Nội — 2024');
      expect(notice(el)).to.equal(undefined);
    }
  });

  it('says so when the parent asked for is not in the data, and shows every unit ranked among all', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table parent="Hải Phòng" .result=${sampleTable()}></dti-league-table>`,
    );
    await ready(el);
    expect(notice(el)).to.equal(
      'Không có đơn vị cấp trên “Hải Phòng” trong số liệu; các đơn vị cấp trên có: Bến Tre, Hà Nội, Hà Tĩnh.',
    );
    expect(root(el).querySelector('[part~="warning"]')?.getAttribute('role')).to.equal('status');
    expect(names(el)).to.have.length(6);
    expect(heads(el)).not.to.include('Hạng toàn quốc');
    expect(root(el).querySelector('[part~="status"]')).to.equal(null);
    expect((root(el).querySelector('select[part~="filter"]') as HTMLSelectElement).value).to.equal('');
    expect(await axeViolations(el)).to.deep.equal([]);
    const en = await fixture<DtiLeagueTable>(
      html`<dti-league-table lang="en" parent="Hai Phong" .result=${sampleTable()}></dti-league-table>`,
    );
    await ready(en);
    expect(notice(en)).to.equal('No parent “Hai Phong” in the data; its parents: Bến Tre, Hà Nội, Hà Tĩnh.');
  });

  it('names the candidates first when a name without diacritics fits two parents', async () => {
    const table = sampleTable();
    table.units = table.units.map((u) => (u.id === 'son-chau' ? { ...u, parent: 'Ha Noi' } : u));
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table parent="ha noi" .result=${table}></dti-league-table>`,
    );
    await ready(el);
    expect(notice(el)).to.equal(
      'Không có đơn vị cấp trên “ha noi” trong số liệu; các đơn vị cấp trên có: Ha Noi, Hà Nội, Bến Tre.',
    );
  });
});

describe('<dti-league-table> with peer groups', () => {
  // Phường and Xã are ranked apart. Nationally, Xã: b1 1, b2 1, c1 3, b3 4; within P: b1 1, b2 1, b3 3.
  const grouped = (): ScoreTable => {
    const table = sampleTable();
    const base = table.units[2] as ScoreTable['units'][number];
    const unit = (id: string, peerGroup: string, rank: number, value: number, parent = 'P') => ({
      ...base,
      id,
      name: id,
      parent,
      peerGroup,
      rank,
      value,
    });
    table.units = [
      unit('a1', 'Phường', 1, 90),
      unit('a2', 'Phường', 2, 80),
      unit('b1', 'Xã', 1, 70),
      unit('b2', 'Xã', 1, 70),
      unit('b3', 'Xã', 4, 60),
      unit('c1', 'Xã', 3, 65, 'Q'),
    ];
    return table;
  };
  const notes = (el: DtiLeagueTable) => texts(el, '[part~="legend"]');

  it('shows the group, ranks within it, keeps each group together and says what the ranks count', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .result=${grouped()}></dti-league-table>`);
    await ready(el);
    expect(heads(el)).to.deep.equal(['Hạng trong nhóm', 'Đơn vị', 'Nhóm', 'Điểm', 'Kinh tế số', 'Xếp loại']);
    expect(names(el)).to.deep.equal(['a1', 'a2', 'b1', 'b2', 'c1', 'b3']);
    expect(ranks(el, 'rank')).to.deep.equal(['1', '2', '1 =', '1 =', '3', '4']);
    expect(texts(el, 'tbody td.group')).to.deep.equal(['Phường', 'Phường', 'Xã', 'Xã', 'Xã', 'Xã']);
    expect(notes(el)).to.deep.equal([
      '“=”: đồng hạng, các đơn vị có cùng điểm công bố xếp cùng hạng.',
      'Hạng trong nhóm: so với các đơn vị cùng nhóm.',
    ]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('ranks within the parent and the group, says so, and exports the group', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table parent="P" .result=${grouped()}></dti-league-table>`,
    );
    await ready(el);
    expect(heads(el)).to.deep.equal([
      'Hạng trong nhóm',
      'Đơn vị',
      'Nhóm',
      'Điểm',
      'Hạng toàn quốc trong nhóm',
      'Kinh tế số',
      'Xếp loại',
    ]);
    expect(names(el)).to.deep.equal(['a1', 'a2', 'b1', 'b2', 'b3']);
    expect(ranks(el, 'rank:not(.national-rank)')).to.deep.equal(['1', '2', '1 =', '1 =', '3']);
    expect(ranks(el, 'national-rank')).to.deep.equal(['1', '2', '1 =', '1 =', '4']);
    expect(notes(el)[1]).to.equal('Hạng trong nhóm: so với các đơn vị cùng nhóm thuộc P.');
    expect(await exported(el)).to.deep.equal([
      'Hạng trong nhóm;Đơn vị;Nhóm;Điểm;Hạng toàn quốc trong nhóm;Kinh tế số;Xếp loại',
      '1;a1;Phường;90;1;97,5;Tốt',
      '2;a2;Phường;80;2;97,5;Tốt',
      '1;b1;Xã;70;1;97,5;Tốt',
      '1;b2;Xã;70;1;97,5;Tốt',
      '3;b3;Xã;60;4;97,5;Tốt',
    ]);
  });

  it('speaks English: Rank in group, Group', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table lang="en" parent="P" .result=${grouped()}></dti-league-table>`,
    );
    await ready(el);
    expect(heads(el).slice(0, 5)).to.deep.equal(['Rank in group', 'Unit', 'Group', 'Score', 'National rank in group']);
    expect(notes(el)[1]).to.equal('Rank in group: among the units of the same group in P.');
  });
});

describe('<dti-league-table> messages and the data block', () => {
  const block = (json: string) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    return script;
  };

  it('says in Vietnamese that data without a framework cannot be scored', async () => {
    const el = await fixture<DtiLeagueTable>(html`<dti-league-table .data=${{ units: [] }}></dti-league-table>`);
    const failed = await oneEvent(el, 'dti-error');
    expect(failed.detail.message).to.equal(
      'Số liệu chưa có bộ chỉ số: hãy đặt thuộc tính framework (mã bộ chỉ số có sẵn hoặc URL).',
    );
  });

  it('counts the problems of a spreadsheet in Vietnamese', async () => {
    const el = await fixture<DtiLeagueTable>(
      html`<dti-league-table src="/packages/core/test/fixtures/seeds-wide.csv" framework="self-assessment-template"></dti-league-table>`,
    );
    const failed = await oneEvent(el, 'dti-error');
    expect(failed.detail.message).to.equal(
      `/packages/core/test/fixtures/seeds-wide.csv: ${failed.detail.issues.length} lỗi trong số liệu`,
    );
    expect(failed.detail.issues.length).to.be.greaterThan(0);
  });

  it('says in Vietnamese that the pasted block is not JSON', async () => {
    const el = document.createElement('dti-league-table');
    el.append(block('{"kind": "dti-score-table", '));
    document.body.append(el);
    try {
      await ready(el);
      expect(error(el)).to.equal(
        'Không hiển thị được bảng xếp hạng: <script type="application/json"> không phải JSON hợp lệ: dữ liệu dừng giữa chừng ở dòng 1, cột 29 (thiếu dấu đóng } ] hoặc ")',
      );
    } finally {
      el.remove();
    }
  });

  it('reads only a direct child as its data, and says where the block must go when it is nested', async () => {
    const el = document.createElement('dti-league-table');
    const wrapper = document.createElement('div');
    wrapper.append(block(JSON.stringify(sampleTable())));
    el.append(wrapper);
    document.body.append(el);
    try {
      await ready(el);
      expect(error(el)).to.equal(
        'Không hiển thị được bảng xếp hạng: Khối <script type="application/json"> phải là con trực tiếp của ' +
          '<dti-league-table>.',
      );
      // A direct child is the data; a block nested in other markup beside it is not the element's.
      const other = sampleTable();
      other.units = other.units.slice(0, 1).map((u) => ({ ...u, name: 'Khối trực tiếp' }));
      wrapper.querySelector('script')?.replaceWith(block('{"units": []}'));
      el.append(block(JSON.stringify(other)));
      await until(() => names(el)[0] === 'Khối trực tiếp');
      expect(names(el)).to.deep.equal(['Khối trực tiếp']);
    } finally {
      el.remove();
    }
  });
});
