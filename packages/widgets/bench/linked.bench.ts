// pnpm bench (widgets): linked elements on the 3,321 generated communes (packages/core/examples), scored
// in the browser: choosing a unit with a league table and a scorecard linked, and moving a what-if weight
// (re-rank 3,321 units, repaint the table, the scorecard and the sliders). Goal for both: one frame
// (≤ 16 ms). Timed from the action to the end of every element's update, and to the next animation
// frame after it (which includes the wait for that frame). Median of repeated runs.
import '../src/define.js';
import type { DtiLeagueTable } from '../src/league-table/league-table.js';
import { tableModel } from '../src/league-table/view-model.js';
import type { DtiScorecard } from '../src/scorecard/scorecard.js';
import { unitProfile } from '../src/scorecard/scorecard-model.js';
import { whatIf } from '../src/shared/what-if.js';
import type { DtiWeights } from '../src/weights/weights.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const verdict = (ms: number) => `${ms.toFixed(1)} ms ${ms <= 16 ? '✓ ≤ 16 ms' : '✗ over 16 ms'}`;

async function until(check: () => boolean, ms = 60000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('linked elements with 3,321 communes', () => {
  it('measures choosing a unit and moving a weight', async () => {
    document.body.innerHTML = `<div lang="vi">
      <dti-weights for="xh"></dti-weights>
      <dti-league-table id="xh" src="/packages/core/examples/data/communes-2025.csv" framework="self-assessment-template"></dti-league-table>
      <dti-scorecard for="xh" benchmark="parent-mean"></dti-scorecard></div>`;
    const table = document.querySelector('dti-league-table') as DtiLeagueTable;
    const card = document.querySelector('dti-scorecard') as DtiScorecard;
    const weights = document.querySelector('dti-weights') as DtiWeights;
    await until(() => (weights.shadowRoot?.querySelectorAll('input[type=range]').length ?? 0) === 3);
    const units = table.scored?.table.units ?? [];
    console.log(`BENCH ${units.length} units`);
    const settled = () => Promise.all([table.updateComplete, card.updateComplete, weights.updateComplete]);

    const select: number[] = [];
    const selectFrame: number[] = [];
    for (let k = 0; k < 21; k++) {
      const id = (units[(k * 157) % units.length] as { id: string }).id;
      await frame();
      const t0 = performance.now();
      card.unitId = id;
      await settled();
      await settled();
      select.push(performance.now() - t0);
      await frame();
      selectFrame.push(performance.now() - t0);
      if (table.highlight !== id) throw new Error(`${id} was not chosen in the table`);
    }

    const weigh: number[] = [];
    const weighFrame: number[] = [];
    const inputs = [...(weights.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type=range]') ?? [])];
    for (let k = 0; k < 21; k++) {
      const slider = inputs[k % inputs.length] as HTMLInputElement;
      await frame();
      const t0 = performance.now();
      // As a reader's drag does: the value changes, an input event fires.
      slider.value = String(10 + ((k * 7) % 80));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await settled();
      weigh.push(performance.now() - t0);
      await frame();
      weighFrame.push(performance.now() - t0);
    }
    if (!weights.weights) throw new Error('the weights did not apply');
    // The parts of a weight's move, apart: the what-if table, the table's model, the scorecard's ranks.
    const official = table.scored?.table;
    if (!official) throw new Error('no table');
    const parts = {
      'what-if table': [] as number[],
      "league table's model": [] as number[],
      'scorecard profile': [] as number[],
    };
    for (let k = 0; k < 11; k++) {
      const w = { 'chinh-quyen-so': 10 + k, 'kinh-te-so': 30, 'xa-hoi-so': 30 };
      let t = performance.now();
      const reweighed = whatIf(official, w);
      parts['what-if table'].push(performance.now() - t);
      t = performance.now();
      tableModel(reweighed, official);
      parts["league table's model"].push(performance.now() - t);
      t = performance.now();
      unitProfile(reweighed, (units[k] as { id: string }).id, { benchmark: 'parent-mean' });
      parts['scorecard profile'].push(performance.now() - t);
    }
    for (const [name, xs] of Object.entries(parts)) console.log(`BENCH   part: ${name}: ${median(xs).toFixed(1)} ms`);
    console.log(`BENCH choose a unit, table + scorecard linked, to the end of the updates: ${verdict(median(select))}`);
    console.log(`BENCH   … to the next animation frame: ${verdict(median(selectFrame))}`);
    console.log(`BENCH move a weight, re-rank 3,321 and repaint, to the end of the updates: ${verdict(median(weigh))}`);
    console.log(`BENCH   … to the next animation frame: ${verdict(median(weighFrame))}`);
  });
});
