import { unreportedOutcome, unreportedSentence } from '../missing/unreported.js';
import { compile } from '../plan/compile.js';
import { formulaInputs } from '../schema/formula.js';
import type { Framework } from '../schema/framework.js';
import { indicatorsOf } from '../schema/walk.js';
import type { DtiIssue } from '../validate/issue.js';
import { editDistance } from './edit-distance.js';
import { foldText } from './fold.js';

/** A header no indicator or field claimed, as a suggestion for one that has no column. */
export interface UnclaimedHeader {
  text: string;
  /** Where it is, for the issue's `cell`. */
  cell?: DtiIssue['cell'];
}

/** Headers compared for a suggestion, at most: a hostile file may have 100,000 columns. */
const COMPARED_HEADERS = 500;
/** Characters of a name compared, at most. */
const COMPARED_LENGTH = 120;

/**
 * The framework's indicators that no column (or, in long layout, no row) gives a value for, each as a
 * `missing-column` warning: without it every unit is scored without that indicator, or given 0 points
 * on it, as its missing-value policy says (the warning says which), silently otherwise. An indicator computed by a formula is missing when it has no column
 * of its own and a field its formula reads has none either. Each warning suggests the nearest unclaimed
 * header, compared folded (no case, no diacritics), when it is reasonably close. An indicator worth 0
 * points (DTI 2022's smart-city index) is not named: its column changes no score and no coverage.
 *
 * @example missingColumns(framework, new Set(['chu-ky-so']), [{ text: 'Ty le van ban dien tu' }], 'column')
 */
export function missingColumns(
  framework: Framework,
  present: ReadonlySet<string>,
  unclaimed: readonly UnclaimedHeader[],
  what: 'column' | 'row',
): DtiIssue[] {
  const issues: DtiIssue[] = [];
  const fieldLabel = new Map((framework.fields ?? []).map((f) => [f.id, f.label.vi]));
  // The English message names each by its English label, where the framework gives one: a reader of
  // English may not recognise the Vietnamese one. The Vietnamese message is built from `value` and `labels`.
  const fieldLabelEn = new Map((framework.fields ?? []).map((f) => [f.id, f.label.en ?? f.label.vi]));
  const candidates = unclaimed.slice(0, COMPARED_HEADERS).map((h) => ({ ...h, folded: fold(h.text) }));
  const nowhere = what === 'column' ? 'the file has no column' : 'no row of the file gives a value';
  const planned = new Map(compile(framework).indicators.map((i) => [i.node.id, i]));
  for (const indicator of indicatorsOf(framework.root)) {
    const plan = planned.get(indicator.id);
    if (present.has(indicator.id) || !plan?.counted) continue;
    const outcome = unreportedOutcome(plan.missing);
    const inputs = indicator.formula ? formulaInputs(indicator.formula) : [];
    const absent = inputs.filter((id) => !present.has(id));
    if (indicator.formula && absent.length === 0) continue;
    const labelEn = indicator.label.en ?? indicator.label.vi;
    const own = [indicator.label.vi, indicator.label.en ?? '', indicator.id];
    const near = nearest([...own, ...absent, ...absent.map((id) => fieldLabel.get(id) ?? '')], candidates);
    const subject = indicator.formula
      ? `${plural(absent.length, 'field')} ${absent.map((id) => `"${fieldLabelEn.get(id) ?? id}" (${id})`).join(', ')}, which indicator "${labelEn}" (${indicator.id}) is computed from`
      : `indicator "${labelEn}" (${indicator.id})`;
    const issue: DtiIssue = {
      severity: 'warning',
      code: 'missing-column',
      path: indicator.formula ? ['fields', ...absent] : [],
      indicator: indicator.id,
      value: indicator.label.vi,
      outcome,
      message: `${nowhere} for ${subject} — ${unreportedSentence(outcome, 'en')}${near ? ` (did you mean ${what} "${near.text}"?)` : ''}`,
    };
    if (indicator.formula) {
      issue.detail = 'formula-input';
      issue.labels = Object.fromEntries(absent.map((id) => [id, fieldLabel.get(id) ?? id]));
    }
    if (near?.cell) issue.cell = near.cell;
    issues.push(issue);
  }
  return issues;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function fold(text: string): string {
  const short = text.slice(0, 2 * COMPARED_LENGTH);
  return foldText(short.replace(/\s*[([][^)\]]*[)\]]\s*$/u, '')).slice(0, COMPARED_LENGTH);
}

/** The unclaimed header closest to any of the names, within about a third of the name's length. */
function nearest(
  names: readonly string[],
  candidates: readonly (UnclaimedHeader & { folded: string })[],
): UnclaimedHeader | undefined {
  let best: UnclaimedHeader | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const target = fold(name);
    if (!target) continue;
    const limit = Math.floor(target.length / 3);
    if (limit === 0) continue;
    for (const candidate of candidates) {
      if (!candidate.folded) continue;
      const d = editDistance(target, candidate.folded, Math.min(limit, bestDistance - 1));
      if (d !== undefined && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
  }
  return best;
}
