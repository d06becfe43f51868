import type { Plan } from '../plan/compile.js';
import type { Framework } from '../schema/framework.js';
import { prepareColumnar } from './columnar.js';
import type { PreparedDataset } from './dataset.js';
import type { SafeResult } from './issue.js';

/** Each checked (frozen) framework's text, made once: two frameworks that read the same mean the same. */
const texts = new WeakMap<Framework, string>();

function textOf(framework: Framework): string {
  if (!Object.isFrozen(framework)) return JSON.stringify(framework);
  let text = texts.get(framework);
  if (text === undefined) {
    text = JSON.stringify(framework);
    texts.set(framework, text);
  }
  return text;
}

/**
 * Whether `data`, prepared against one framework, may be scored with `framework` as it is: prepared
 * against this very object, or against one written the same (a framework checked again from the same
 * JSON). Any other framework may refuse what the first accepted (a log transform needs values > 0).
 *
 * @example preparedFor(prepareDataset(fw, rows), fw) // → true
 */
export function preparedFor(data: PreparedDataset, framework: Framework): boolean {
  return data.framework === framework || textOf(data.framework) === textOf(framework);
}

/**
 * A prepared dataset checked again against another framework's plan, column by column, with the rules
 * and messages of a raw dataset: the same issues as validating the original rows against it (each
 * naming the unit, the indicator and the value), and the dataset prepared for it when it passes.
 *
 * @example prepareAgain(planFor(withLog), prepareDataset(withoutLog, rows)).success // → false: a -5 under log
 */
export function prepareAgain(plan: Plan, data: PreparedDataset): SafeResult<PreparedDataset> {
  const columns: Record<string, Float64Array> = {};
  data.indicatorIds.forEach((id, i) => {
    columns[id] = data.values[i] as Float64Array;
  });
  const { units } = data;
  return prepareColumnar(
    plan,
    {
      period: data.period,
      ids: units.map((u) => u.id),
      names: units.map((u) => u.name),
      parents: units.map((u) => u.parent),
      peerGroups: units.map((u) => u.peerGroup),
      ranked: units.map((u) => u.ranked),
      populations: units.map((u) => u.population),
      columns,
    },
    { id: (u) => ['units', u, 'id'], value: (u, id) => ['units', u, 'values', id] },
  );
}
