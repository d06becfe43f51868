// `score()` against the floor (bench/floor.ts) on the same validated data in the same process: the
// ratio of the two medians is what the README quotes, since absolute times vary from machine to machine.
import type { Framework, PreparedDataset, ScoreResult } from '../dist/index.js';
import { score } from '../dist/index.js';
import { type FloorResult, flatten, floorScore } from './floor.js';

/**
 * Throws unless the floor and `score()` publish the same value and rank for every unit, so the floor
 * does all the work `score()` does that a league table shows.
 */
export function assertSameAsFloor(result: ScoreResult, floor: FloorResult): void {
  const units = result.units;
  if (units.length !== floor.value.length) throw new Error('floor: not the same number of units');
  for (let u = 0; u < units.length; u++) {
    const row = units[u] as ScoreResult['units'][number];
    const value = floor.value[u] as number;
    const rank = floor.rank[u] as number;
    const same =
      (row.value === null ? Number.isNaN(value) : row.value === value) &&
      (row.rank === null ? Number.isNaN(rank) : row.rank === rank);
    if (!same)
      throw new Error(`floor differs from score() at unit ${row.id}: ${value}/${rank} vs ${row.value}/${row.rank}`);
  }
}

/** Wall-clock and CPU time (every thread of the process: the collector's helpers count) of one call. */
export interface Timing {
  wall: number;
  cpu: number;
}

/** Times `run` in milliseconds. */
export function timed(run: () => void): Timing {
  const c = process.cpuUsage();
  const t = performance.now();
  run();
  const wall = performance.now() - t;
  const { user, system } = process.cpuUsage(c);
  return { wall, cpu: (user + system) / 1000 };
}

/** Medians over interleaved rounds, so both sides see the same machine load. */
export interface Versus {
  /** `score()`: columns, and the ranks of the index. */
  score: Timing;
  /** `score()` and every league-table row read. */
  rows: Timing;
  floor: Timing;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Times `score()`, `score()` with every row read, and the floor, one after the other in each round. */
export function versusFloor(framework: Framework, data: PreparedDataset, rounds: number, warmUps = 3): Versus {
  const flat = flatten(framework, data);
  assertSameAsFloor(score(framework, data), floorScore(framework, flat, data));
  const runs: Record<keyof Versus, Timing[]> = { score: [], rows: [], floor: [] };
  let sink = 0;
  for (let r = -warmUps; r < rounds; r++) {
    let result: ScoreResult | undefined;
    const scoring = timed(() => {
      result = score(framework, data);
    });
    const reading = timed(() => {
      for (const row of (result as ScoreResult).units) sink += row.rank ?? 0;
    });
    const floor = timed(() => {
      sink += floorScore(framework, flat, data).rank[0] as number;
    });
    if (r < 0) continue;
    runs.score.push(scoring);
    runs.rows.push({ wall: scoring.wall + reading.wall, cpu: scoring.cpu + reading.cpu });
    runs.floor.push(floor);
  }
  if (sink === -1) console.log(sink);
  const summary = (ts: Timing[]): Timing => ({
    wall: median(ts.map((t) => t.wall)),
    cpu: median(ts.map((t) => t.cpu)),
  });
  return { score: summary(runs.score), rows: summary(runs.rows), floor: summary(runs.floor) };
}
