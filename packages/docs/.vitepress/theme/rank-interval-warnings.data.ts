// The warnings of the rank-interval example on the robustness page, read when the site is built from
// the result scripts/copy-data.mjs wrote (it runs first in the build), so the page says in plain text
// which runs the analysis left out and why.
import { readFileSync } from 'node:fs';
import { defineLoader } from 'vitepress';

/** One warning of the analysis, in both languages. */
export interface AnalysisWarning {
  en: string;
  vi: string;
}

/** Runs used, runs left out, and the warnings of the example's uncertainty analysis. */
export interface RankIntervalWarnings {
  runs: number;
  runsLeftOut: number;
  warnings: AnalysisWarning[];
}

declare const data: RankIntervalWarnings;

export { data };

const file = new URL('../../public/data/rank-interval-ha-noi.json', import.meta.url);

export default defineLoader({
  watch: ['../../public/data/rank-interval-ha-noi.json'],
  load: (): RankIntervalWarnings => {
    const result = JSON.parse(readFileSync(file, 'utf8')) as {
      runs: number;
      runsLeftOut?: number;
      warnings?: { message: string; messageVi?: string }[];
    };
    return {
      runs: result.runs,
      runsLeftOut: result.runsLeftOut ?? 0,
      warnings: (result.warnings ?? []).map((w) => ({ en: w.message, vi: w.messageVi ?? w.message })),
    };
  },
});
