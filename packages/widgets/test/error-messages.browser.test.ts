import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ScoreSeries } from '@dti-kit/core/present';
import { stubFetch, until } from './helpers.js';

// The error box as a reader sees it: its text, with the template's line breaks as single spaces.
const errorOf = (el: Element | null) =>
  (el?.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const settled = (el: Element | null) => () => errorOf(el) !== '';

// What a portal answers at a wrong address: its own page, with status 200.
const PORTAL_PAGE =
  '<!DOCTYPE html>\n<html lang="vi"><head><title>Cổng thông tin</title></head><body>Không tìm thấy trang</body></html>';

describe('an address that answers with a web page, not data', () => {
  it('is said to be a web page, naming the URL, whether the table expected JSON or a spreadsheet', async () => {
    const stub = stubFetch({
      '/cong/diem.json': { body: PORTAL_PAGE, type: 'text/html; charset=utf-8' },
      '/cong/bang-diem': { body: PORTAL_PAGE, type: 'text/html' },
      '/cong/trang-chu': { body: PORTAL_PAGE, type: 'text/html' },
    });
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <dti-league-table lang="vi" src="/cong/diem.json"></dti-league-table>
        <dti-league-table lang="en" src="/cong/bang-diem" framework="self-assessment-template"></dti-league-table>
        <dti-league-table lang="vi" src="/cong/trang-chu"></dti-league-table>
      </div>`);
      const [json, sheet, bare] = [...page.querySelectorAll('dti-league-table')];
      await until(settled(json ?? null), 10000);
      await until(settled(sheet ?? null), 10000);
      await until(settled(bare ?? null), 10000);
      expect(errorOf(json ?? null)).to.equal(
        'Không hiển thị được bảng xếp hạng: Không đọc được /cong/diem.json: địa chỉ này trả về một trang web (HTML), không phải dữ liệu. Hãy kiểm tra lại địa chỉ.',
      );
      expect(errorOf(sheet ?? null)).to.equal(
        'The ranking cannot be shown: Could not read /cong/bang-diem: the address returned a web page (HTML), not data. Check the address.',
      );
      // Without a framework it was called a spreadsheet.
      expect(errorOf(bare ?? null)).to.equal(
        'Không hiển thị được bảng xếp hạng: Không đọc được /cong/trang-chu: địa chỉ này trả về một trang web (HTML), không phải dữ liệu. Hãy kiểm tra lại địa chỉ.',
      );
    } finally {
      stub.restore();
    }
  });

  it('is known by the server calling it HTML even without a doctype, on the other elements too', async () => {
    const stub = stubFetch({ '/cong/ban-do.json': { body: '<div class="loi">Lỗi</div>', type: 'text/html' } });
    try {
      const map = await fixture<HTMLElement>(html`<dti-map lang="en" src="/cong/ban-do.json"></dti-map>`);
      await until(settled(map), 10000);
      expect(errorOf(map)).to.equal(
        'The map cannot be shown: Could not read /cong/ban-do.json: the address returned a web page (HTML), not data. Check the address.',
      );
    } finally {
      stub.restore();
    }
  });

  it('leaves JSON served as text/html alone: it is read', async () => {
    const stub = stubFetch({
      '/cong/chuoi.json': {
        body: { kind: 'dti-score-series', format: 1, periods: [], units: [] },
        type: 'text/html',
      },
    });
    try {
      const trend = await fixture<HTMLElement>(
        html`<dti-trend lang="en" unit-ids="x" src="/cong/chuoi.json"></dti-trend>`,
      );
      await until(settled(trend), 10000);
      // Read as a series: the error is the unit it lacks, not the address.
      expect(errorOf(trend)).to.equal('The trend cannot be shown: No unit "x" in the series.');
    } finally {
      stub.restore();
    }
  });
});

describe('a preset name that is not a preset', () => {
  it('lists the presets, in Vietnamese and English, instead of a bare 404', async () => {
    const csv = 'id,name\nx,X\n';
    const stub = stubFetch({ '/du-lieu/xa.csv': { body: csv, type: 'text/csv' } });
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <dti-league-table lang="vi" src="/du-lieu/xa.csv" framework="dti-provnce-2022"></dti-league-table>
        <dti-league-table lang="en" src="/du-lieu/xa.csv" framework="self-assesment"></dti-league-table>
      </div>`);
      const [vi, en] = [...page.querySelectorAll('dti-league-table')];
      await until(settled(vi ?? null), 10000);
      await until(settled(en ?? null), 10000);
      expect(errorOf(vi ?? null)).to.equal(
        'Không hiển thị được bảng xếp hạng: Không có bộ chỉ số có sẵn nào tên "dti-provnce-2022". Các bộ chỉ số có sẵn: dti-province-2022, service-index-766, self-assessment-template.',
      );
      expect(errorOf(en ?? null)).to.equal(
        'The ranking cannot be shown: There is no preset framework "self-assesment". The presets are: dti-province-2022, service-index-766, self-assessment-template.',
      );
    } finally {
      stub.restore();
    }
  });
});

describe('the error boxes of the map and the trend', () => {
  it('start with the bold lead-in the table and the scorecard use, in the page language', async () => {
    const bad = { kind: 'dti-score-series', format: 1, periods: [], units: [{ id: 'x', name: 'X', points: [] }] };
    const page = await fixture<HTMLElement>(html`<div>
      <dti-map lang="vi" src="/khong-co-ban-do.json"></dti-map>
      <dti-trend lang="vi" unit-ids="y" .series=${bad as unknown as ScoreSeries}></dti-trend>
      <dti-trend lang="en" unit-ids="y" .series=${bad as unknown as ScoreSeries}></dti-trend>
    </div>`);
    const map = page.querySelector('dti-map');
    const [vi, en] = [...page.querySelectorAll('dti-trend')];
    await until(settled(map), 10000);
    expect(errorOf(map)).to.equal(
      'Không hiển thị được bản đồ: Không tải được /khong-co-ban-do.json: máy chủ trả về mã HTTP 404 (không có tệp ở địa chỉ này).',
    );
    expect(map?.shadowRoot?.querySelector('[part~="error"] > strong')?.textContent).to.equal(
      'Không hiển thị được bản đồ:',
    );
    expect(errorOf(vi ?? null)).to.equal('Không hiển thị được diễn biến: Không có đơn vị "y" trong chuỗi số liệu.');
    expect(errorOf(en ?? null)).to.equal('The trend cannot be shown: No unit "y" in the series.');
    expect(en?.shadowRoot?.querySelector('[part~="error"] > strong')?.textContent).to.equal(
      'The trend cannot be shown:',
    );
  });
});
