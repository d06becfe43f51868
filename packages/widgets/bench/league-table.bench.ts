// pnpm bench (widgets): <dti-league-table> as portals get it, the built production bundle
// (dist/cdn/dti-widgets.js: minified, Lit in production mode), against Tabulator and Grid.js on the same
// 10,000 rows in the same Chromium run, and alone on 100,000 rows. Build first (`pnpm build`).
//
// Every time runs from the action (setting the data, a header click, a keystroke) to the next animation
// frame after the update has reached the DOM: what a reader waits for (`…Update`: to the DOM update alone,
// which the frame rounds up to the next 16.7 ms at 60 Hz). The paths no preparation helps
// are measured too: a sort clicked in the first frame after the first render, the reverse sort (a
// second click on the same header) and the first keystroke of a search. The other libraries' times stop
// at their first DOM change after the action, which can only flatter them. Medians of fresh tables;
// timings are printed, never asserted (budgets belong in benchmarks, not in tests a busy machine fails).
// The last line (`BENCH-JSON …`) is what scripts/perf-figures.mjs reads.
import { Grid } from 'gridjs';
import { TabulatorFull } from 'tabulator-tables';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { benchRows, benchTable, keystroke, type PlainRow } from './bench-data.js';

const BUNDLE = new URL('../dist/cdn/dti-widgets.js', import.meta.url).href;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Resolves once `ready()` holds, checked now and after every change under `root`; fails after 20 s. */
function waitFor(root: Node, ready: () => boolean): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the table never showed the change'));
    }, 20_000);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * Milliseconds from `act` to the DOM updated (`update`) and to the next frame after it (`frame`, what a
 * reader waits for; at 60 Hz a whole frame, 16.7 ms, when the action starts just after a frame).
 */
interface Timing {
  update: number;
  frame: number;
}

async function timed(act: () => void, updated: () => Promise<unknown>): Promise<Timing> {
  const t = performance.now();
  act();
  await updated();
  const update = performance.now() - t;
  await frame();
  return { update, frame: performance.now() - t };
}

/** What one library took, per measure, over fresh tables: median milliseconds. */
type Figures = Record<string, number>;
const results: Record<string, Figures> = {};

/** A table under test: how to show rows, click a header, type a query and read the first row. */
interface Subject {
  render(rows: readonly PlainRow[]): Promise<Timing>;
  sort(column: 'kts' | 'name'): Promise<Timing>;
  search(query: string): Promise<Timing>;
  remove(): void;
}

function ours(): Subject {
  let el: DtiLeagueTable | undefined;
  const shadow = () => el?.shadowRoot as ShadowRoot;
  const updated = () => (el as DtiLeagueTable).updateComplete;
  return {
    render(rows) {
      const data = benchTable(rows);
      return timed(
        () => {
          el = document.createElement('dti-league-table') as DtiLeagueTable;
          el.result = data;
          document.body.append(el);
        },
        async () => {
          // A table with parents awaits its names part (an import) before its first rows: a loop of
          // microtasks alone would never let that import finish, so each turn also yields a task.
          while (!el?.shadowRoot?.querySelector('tbody tr')) {
            await el?.updateComplete;
            if (!el?.shadowRoot?.querySelector('tbody tr')) await new Promise((r) => setTimeout(r, 0));
          }
        },
      );
    },
    sort(column) {
      const label = column === 'name' ? 'Đơn vị' : 'Kinh tế số';
      const button = [...shadow().querySelectorAll('thead button')].find((b) => b.textContent?.includes(label));
      if (!(button instanceof HTMLButtonElement)) throw new Error(`no header ${label}`);
      return timed(() => button.click(), updated);
    },
    search(query) {
      const input = shadow().querySelector('input[type="search"]') as HTMLInputElement;
      return timed(() => {
        input.value = query;
        input.dispatchEvent(new Event('input'));
      }, updated);
    },
    remove: () => el?.remove(),
  };
}

/** A peer library in a plain container: `first()` reads its first body row, to see it change. */
function peer(
  make: (holder: HTMLElement, rows: readonly PlainRow[]) => { destroy(): void; filter(query: string): void },
  rowSelector: string,
  header: (holder: HTMLElement, column: string) => HTMLElement | null,
): Subject {
  const holder = document.createElement('div');
  let table: ReturnType<typeof make> | undefined;
  const first = () => holder.querySelector(rowSelector)?.textContent ?? '';
  const changed = (act: () => void) => {
    const before = first();
    return timed(act, () => waitFor(holder, () => first() !== before));
  };
  return {
    render(rows) {
      document.body.append(holder);
      return timed(
        () => {
          table = make(holder, rows);
        },
        () => waitFor(holder, () => holder.querySelectorAll(rowSelector).length >= 25),
      );
    },
    sort(column) {
      const button = header(holder, column);
      if (!button) throw new Error(`no header ${column}`);
      return changed(() => button.click());
    },
    search: (query) => changed(() => table?.filter(query)),
    remove() {
      table?.destroy();
      holder.remove();
    },
  };
}

const tabulator = () =>
  peer(
    (holder, rows) => {
      const t = new TabulatorFull(holder, {
        data: rows,
        pagination: true,
        paginationSize: 25,
        layout: 'fitData',
        columns: [
          { title: 'Hạng', field: 'rank', sorter: 'number' },
          { title: 'Đơn vị', field: 'name', sorter: 'string' },
          { title: 'Điểm', field: 'value', sorter: 'number' },
          { title: 'Chính quyền số', field: 'cqs', sorter: 'number' },
          { title: 'Kinh tế số', field: 'kts', sorter: 'number' },
          { title: 'Xã hội số', field: 'xhs', sorter: 'number' },
          { title: 'Xếp loại', field: 'tier', sorter: 'string' },
        ],
      });
      return { destroy: () => t.destroy(), filter: (q) => t.setFilter('name', 'like', q) };
    },
    '.tabulator-row',
    (holder, column) => holder.querySelector<HTMLElement>(`.tabulator-col[tabulator-field="${column}"]`),
  );

const gridjs = () =>
  peer(
    (holder, rows) => {
      const grid = new Grid({
        columns: [
          { id: 'rank', name: 'Hạng' },
          { id: 'name', name: 'Đơn vị' },
          { id: 'value', name: 'Điểm' },
          { id: 'cqs', name: 'Chính quyền số' },
          { id: 'kts', name: 'Kinh tế số' },
          { id: 'xhs', name: 'Xã hội số' },
          { id: 'tier', name: 'Xếp loại' },
        ],
        // Grid.js takes objects keyed by column id, as they are.
        data: rows as unknown as Record<string, string | number>[],
        sort: true,
        search: true,
        pagination: { limit: 25 },
      }).render(holder);
      return {
        destroy: () => grid.destroy(),
        filter(query) {
          const input = holder.querySelector('input.gridjs-search-input') as HTMLInputElement;
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        },
      };
    },
    'tbody tr.gridjs-tr',
    (holder, column) => holder.querySelector<HTMLElement>(`th[data-column-id="${column}"] button.gridjs-sort`),
  );

/**
 * Fresh tables, one after another: first render; in `cold` runs a click or keystroke in the first
 * frame after it (nothing prepared yet); in the others, after `idle` ms (time a reader takes to reach a
 * header), the first keystroke, then sort and reverse sort on a pillar and on names.
 */
async function measure(
  name: string,
  subject: () => Subject,
  rows: readonly PlainRow[],
  runs: number,
  idle: number,
  cold: boolean,
): Promise<Figures> {
  const query = keystroke(rows);
  const times: Record<string, number[]> = {};
  const add = (key: string, ms: Timing) => {
    for (const [k, v] of [
      [key, ms.frame],
      [`${key}Update`, ms.update],
    ] as const) {
      times[k] ??= [];
      times[k].push(v);
    }
  };
  for (let run = 0; run < runs; run++) {
    for (const kind of cold ? ['warm', 'cold-sort', 'cold-search'] : ['warm']) {
      const s = subject();
      add('firstRender', await s.render(rows));
      if (kind === 'cold-sort') add('sortInFirstFrame', await s.sort('name'));
      else if (kind === 'cold-search') add('keystrokeInFirstFrame', await s.search(query));
      else {
        await sleep(idle);
        add('firstKeystroke', await s.search(query));
        await s.search('');
        add('sort', await s.sort('kts'));
        add('reverseSort', await s.sort('kts'));
        add('sortByName', await s.sort('name'));
        add('reverseSortByName', await s.sort('name'));
      }
      s.remove();
      await sleep(50);
    }
  }
  const figures = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
  results[name] = figures;
  console.log(`BENCH ${name}, ${rows.length.toLocaleString('en')} rows, medians of ${runs} fresh tables:`);
  for (const [k, ms] of Object.entries(figures)) console.log(`BENCH   ${k.padEnd(24)} ${ms.toFixed(1)} ms`);
  return figures;
}

describe('league table, production bundle, against Tabulator and Grid.js', () => {
  const rows10k = benchRows(10_000);
  before(async () => {
    await import(BUNDLE);
    await customElements.whenDefined('dti-league-table');
  });

  it('10,000 rows: DTI Kit', async () => {
    await measure('dti-kit-10k', ours, rows10k, 7, 500, true);
  }).timeout(300_000);

  it('10,000 rows: Tabulator', async () => {
    await measure('tabulator-10k', tabulator, rows10k, 7, 500, false);
  }).timeout(300_000);

  it('10,000 rows: Grid.js', async () => {
    await measure('gridjs-10k', gridjs, rows10k, 7, 500, false);
  }).timeout(300_000);

  it('100,000 rows: DTI Kit', async () => {
    await measure('dti-kit-100k', ours, benchRows(100_000), 5, 3000, true);
  }).timeout(600_000);

  after(() => {
    const us = results['dti-kit-10k'] as Figures;
    for (const peerName of ['tabulator-10k', 'gridjs-10k']) {
      const them = results[peerName] as Figures;
      for (const key of ['firstRender', 'sort', 'reverseSort', 'firstKeystroke'].flatMap((k) => [k, `${k}Update`])) {
        const ratio = (them[key] as number) / (us[key] as number);
        console.log(
          `BENCH ratio ${peerName} ÷ dti-kit-10k, ${key.padEnd(15)} ${(them[key] as number).toFixed(1)} ms ÷ ${(us[key] as number).toFixed(1)} ms = ${ratio.toFixed(1)}×`,
        );
      }
    }
    console.log(`BENCH-JSON ${JSON.stringify({ userAgent: navigator.userAgent, results })}`);
  });
});
