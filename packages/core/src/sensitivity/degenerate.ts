import type { DtiIssue } from '../validate/issue.js';

/**
 * Degenerate runs of an uncertainty analysis: runs in which most units tie at one rank although the
 * nominal ranking separates them. The usual cause is a geometric or harmonic mean meeting a score of 0
 * (ln 0 = −∞, 1/0 = ∞, so the mean is 0): with "missing scores 0" and an indicator nobody reported,
 * every unit scores 0 and all tie at rank 1. Such a run is not another plausible ranking but a model
 * that cannot rank: the OECD/JRC handbook asks strictly positive values of a geometric aggregation.
 *
 * Decision: a degenerate run is left out of the rank intervals (median, 5th–95th percentile, mean shift
 * and top-k probability are computed over the other runs), and a `degenerate-scenario` warning names
 * each combination of assumptions that produced such runs, how many runs and how many units tied.
 * Keeping them would pull every interval to rank 1 and give every unit the same top-k chance without
 * a word; the warning keeps the choice visible. When every run is degenerate, nothing is left out
 * (there would be no interval at all) and the warning says so.
 */

/** Runs with the same combination of assumptions that were degenerate. */
interface DegenerateScenario {
  runs: number;
  /** The most units tied at one rank in any of these runs. */
  tied: number;
  /** The units ranked in that run. */
  ranked: number;
  aggregation: string;
  /** The assumptions that vary and the choice each took, e.g. `[['aggregation', 'geometric']]`. */
  choices: [string, string][];
}

const NAMES: Record<string, { en: string; vi: string }> = {
  normalisation: { en: 'normalisation', vi: 'chuẩn hóa' },
  aggregation: { en: 'aggregation', vi: 'cách tổng hợp' },
  missing: { en: 'missing scores', vi: 'số liệu thiếu' },
};

/** The combination of assumptions in words: `aggregation "geometric" × missing scores "zero"`. */
function label(choices: [string, string][], locale: 'en' | 'vi'): string {
  if (!choices.length) return locale === 'vi' ? 'giả định chính thức' : 'the nominal assumptions';
  return choices.map(([name, choice]) => `${NAMES[name]?.[locale] ?? name} "${choice}"`).join(' × ');
}

/**
 * The largest number of units sharing one rank, and how many are ranked, in one run's ranks
 * (1-based; `NaN` = not ranked). `counts` is scratch of at least `ranks.length + 2` entries.
 *
 * @example largestTie(Float64Array.of(1, 1, 1, 4), new Int32Array(6)) // → { tied: 3, ranked: 4 }
 */
export function largestTie(ranks: ArrayLike<number>, counts: Int32Array): { tied: number; ranked: number } {
  counts.fill(0);
  let tied = 0;
  let ranked = 0;
  for (let u = 0; u < ranks.length; u++) {
    const r = ranks[u] as number;
    if (Number.isNaN(r)) continue;
    ranked++;
    const k = Math.min(counts.length - 1, Math.max(0, Math.round(r)));
    const c = (counts[k] as number) + 1;
    counts[k] = c;
    if (c > tied) tied = c;
  }
  return { tied, ranked };
}

/** Numbers as Vietnamese text writes them: "1.000". */
const viCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** Numbers as English text writes them: "1,000". */
const enCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Finds degenerate runs one at a time and words the warnings. A run is degenerate when more than half
 * of its ranked units (at least 3) share one rank, and more than share one in the nominal ranking: a
 * ranking whose own data tie that much is not made worse by the analysis.
 *
 * @example
 * const d = new DegenerateRuns(nominalRanks);
 * if (d.check(runRanks, [['aggregation', 'geometric'], ['missing', 'zero']], 'geometric')) leaveOut(run);
 * d.warnings(1000, 'leftOut'); // one `degenerate-scenario` warning per combination:
 * // 'aggregation "geometric" × missing scores "zero": in 250 of 1,000 runs up to 76 of 76 units tied …'
 */
export class DegenerateRuns {
  readonly #counts: Int32Array;
  readonly #nominalTie: number;
  readonly #scenarios = new Map<string, DegenerateScenario>();

  constructor(nominal: ArrayLike<number>) {
    this.#counts = new Int32Array(nominal.length + 2);
    this.#nominalTie = largestTie(nominal, this.#counts).tied;
  }

  /** Total degenerate runs seen. */
  get count(): number {
    let total = 0;
    for (const s of this.#scenarios.values()) total += s.runs;
    return total;
  }

  /**
   * Whether one run's ranks are degenerate; if so, counts it under its `choices` (the discrete
   * assumptions that vary, with the choice each took) and `aggregation` (the one it used, for the cause).
   */
  check(ranks: ArrayLike<number>, choices: readonly (readonly [string, string])[], aggregation: string): boolean {
    const { tied, ranked } = largestTie(ranks, this.#counts);
    if (ranked < 3 || tied * 2 <= ranked || tied <= this.#nominalTie) return false;
    const key = choices.map(([name, choice]) => `${name}=${choice}`).join('|');
    const s = this.#scenarios.get(key);
    if (!s)
      this.#scenarios.set(key, {
        runs: 1,
        tied,
        ranked,
        aggregation,
        choices: choices.map(([name, choice]) => [name, choice]),
      });
    else {
      s.runs++;
      if (tied > s.tied) {
        s.tied = tied;
        s.ranked = ranked;
      }
    }
    return true;
  }

  /**
   * One `degenerate-scenario` warning per combination that produced degenerate runs, in English and
   * Vietnamese. `total`: the runs drawn; `fate`: what became of the degenerate runs: `leftOut` of the
   * intervals, `kept` because every run was degenerate, or `inIndices` (a Sobol design needs every run).
   */
  warnings(total: number, fate: 'leftOut' | 'kept' | 'inIndices'): DtiIssue[] {
    const leftOut = fate === 'leftOut';
    const used = total - (leftOut ? this.count : 0);
    return [...this.#scenarios.values()].map((s) => {
      const zeroMean = s.aggregation === 'geometric' || s.aggregation === 'harmonic';
      const causeEn = zeroMean
        ? `a ${s.aggregation} mean with a score of 0 is 0, so the scores collapsed (the ${s.aggregation} mean needs strictly positive scores: give the aggregation a shift, or drop this combination)`
        : 'the scores of most units were equal';
      const causeVi = zeroMean
        ? `trung bình ${s.aggregation === 'geometric' ? 'nhân' : 'điều hòa'} có một điểm 0 thì bằng 0, nên điểm các đơn vị trùng nhau (cách tổng hợp này cần điểm dương: hãy đặt shift cho cách tổng hợp, hoặc bỏ tổ hợp này)`
        : 'điểm của phần lớn đơn vị bằng nhau';
      const fateEn = {
        leftOut: `these runs are left out of the rank intervals (${enCount(used)} of ${enCount(total)} runs used)`,
        kept: 'no other run could rank the units, so these runs are kept: the intervals are not meaningful',
        inIndices:
          'the Sobol design needs every run, so these runs are in the indices: the share of the assumptions that produce them is overstated',
      }[fate];
      const fateVi = {
        leftOut: `các lần chấm này được bỏ ra khỏi khoảng hạng (dùng ${viCount(used)} trong ${viCount(total)} lần)`,
        kept: 'không lần chấm nào khác xếp hạng được, nên các lần này được giữ lại: khoảng hạng không có ý nghĩa',
        inIndices:
          'thiết kế Sobol cần mọi lần chấm, nên các lần này vẫn được tính vào chỉ số: phần của các giả định sinh ra chúng bị phóng đại',
      }[fate];
      return {
        severity: 'warning',
        code: 'degenerate-scenario',
        path: ['scenarios', ...s.choices.map(([name, choice]) => `${name}=${choice}`)],
        value: { runs: s.runs, tied: s.tied, ranked: s.ranked },
        message: `${label(s.choices, 'en')}: in ${enCount(s.runs)} of ${enCount(total)} runs up to ${enCount(s.tied)} of ${enCount(s.ranked)} units tied at one rank; ${causeEn}; ${fateEn}`,
        messageVi: `${label(s.choices, 'vi')}: trong ${viCount(s.runs)} trên ${viCount(total)} lần chấm, có tới ${viCount(s.tied)} trên ${viCount(s.ranked)} đơn vị đồng hạng; ${causeVi}; ${fateVi}`,
      } satisfies DtiIssue;
    });
  }
}
