import { type ScoreTable, scoreSeries } from '@dti-kit/core';
import { type PublishedRow, publishedTable } from '@dti-kit/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import type { DtiTrend } from '../src/trend/trend.js';
import { sampleTable, until } from './helpers.js';

/** The computed style of the first element matching `selector` in `el`'s shadow root. */
const style = (el: Element, selector: string) => {
  const found = el.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return getComputedStyle(found);
};

const table = (period: string, rows: PublishedRow[]): ScoreTable =>
  publishedTable(rows, {
    framework: {
      id: 'dti-province',
      version: '1',
      label: { vi: 'DTI', en: 'DTI' },
      scale: { min: 0, max: 1 },
      precision: 4,
    },
    period,
  });
// Huế 0.70 in 2022 and 0.75 in 2023, rolled up in 2024 from two former units (0.8 + 0.6) / 2 = 0.7: the last
// point is hollow, filled with the background colour.
const series = () =>
  scoreSeries(
    [
      { period: '2022', table: table('2022', [['hue', 'Huế', 0.7, 1]]) },
      { period: '2023', table: table('2023', [['hue', 'Huế', 0.75, 1]]) },
      {
        period: '2024',
        table: table('2024', [
          ['hue', 'Huế', 0.8, 1],
          ['quang-tri', 'Quảng Trị', 0.6, 2],
        ]),
        former: true,
      },
    ],
    { crosswalk: [{ to: 'hue', from: ['hue', 'quang-tri'], name: 'Huế' }] },
  );

// The light palette's text #1b1f24, muted #57606a, accent #0b5cad and background #fff; the dark one's
// text #e6edf3, accent #6cb6ff and background #0d1117 printed near-white words and a light blue line
// on white paper.
const LIGHT = {
  text: 'rgb(27, 31, 36)',
  muted: 'rgb(87, 96, 106)',
  accent: 'rgb(11, 92, 173)',
  bg: 'rgb(255, 255, 255)',
};
const DARK = { text: 'rgb(230, 237, 243)', accent: 'rgb(108, 182, 255)', bg: 'rgb(13, 17, 23)' };

// Every element takes its colours from the shared theme tokens, so a trend (loaded on demand) and a
// league table (in the page entry) stand for all of them.
describe('a dark theme on paper', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('prints a dark trend in the light palette: dark year labels and title, a dark blue line, white fills', async () => {
    const el = await fixture<DtiTrend>(
      html`<dti-trend lang="vi" theme="dark" unit-ids="hue" .series=${series()}></dti-trend>`,
    );
    await until(() => el.shadowRoot?.querySelector('.point.rolled-up') !== null);
    expect(style(el, 'figcaption').color).to.equal(DARK.text);
    expect(style(el, '.line').stroke).to.equal(DARK.accent);

    await emulateMedia({ media: 'print' });
    expect(style(el, 'figcaption').color).to.equal(LIGHT.text);
    expect(style(el, '.period').fill).to.equal(LIGHT.text);
    expect(style(el, '.tick').fill).to.equal(LIGHT.muted);
    expect(style(el, '.line').stroke).to.equal(LIGHT.accent);
    expect(style(el, '.point.rolled-up').fill).to.equal(LIGHT.bg);
  });

  it('prints a league table with theme="auto" on a dark system, and one with theme="dark", black-ish on white', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const page = await fixture<HTMLElement>(html`<div>
      <dti-league-table theme="auto" .result=${sampleTable()}></dti-league-table>
      <dti-league-table theme="dark" .result=${sampleTable()}></dti-league-table>
    </div>`);
    const tables = [...page.querySelectorAll<DtiLeagueTable>('dti-league-table')];
    await until(() => tables.every((t) => t.shadowRoot?.querySelector('tbody tr') !== null));
    for (const t of tables) {
      expect(style(t, '.base').backgroundColor).to.equal(DARK.bg);
      expect(style(t, '.base').color).to.equal(DARK.text);
    }

    await emulateMedia({ media: 'print' });
    for (const t of tables) {
      expect(style(t, '.base').backgroundColor).to.equal(LIGHT.bg);
      expect(style(t, '.base').color).to.equal(LIGHT.text);
      expect(style(t, 'tbody td').color).to.equal(LIGHT.text);
    }
  });
});
