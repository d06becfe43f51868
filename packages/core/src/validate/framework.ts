import { formulaInputs } from '../schema/formula.js';
import {
  type Framework,
  type FrameworkNode,
  FrameworkSchema,
  type Group,
  type Indicator,
} from '../schema/framework.js';
import { walkFramework } from '../schema/walk.js';
import { deepFreeze } from './deep-freeze.js';
import { formerSpellings } from './former-spellings.js';
import { type DtiIssue, DtiValidationError, fromZodIssues, type SafeResult } from './issue.js';
import { disproportionalWeights, mixedWeights } from './mixed-weights.js';
import { checkFrameworkNesting } from './nesting.js';

type Path = (string | number)[];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function issue(code: DtiIssue['code'], path: Path, message: string, value?: unknown): DtiIssue {
  const out: DtiIssue = { severity: 'error', code, path, message: `${path.join('.')}: ${message}` };
  if (value !== undefined) out.value = value;
  return out;
}

/**
 * Checks that only make sense once the shape is right: the scale, ids, references, points,
 * goalposts, targets and tiers. Each check is a small rule (as zod composes checks); the issues come
 * in the order of the framework: scale, fields, nodes in pre-order, tiers.
 *
 * @example checkFrameworkConsistency(framework).map((i) => i.code) // ['duplicate-id', …]
 */
export function checkFrameworkConsistency(framework: Framework): DtiIssue[] {
  const fieldIds = new Set(framework.fields?.map((field) => field.id) ?? []);
  return [
    ...scaleIssues(framework.scale),
    ...fieldIdIssues(framework.fields ?? []),
    ...nodeIssues(framework.root, fieldIds),
    ...tierIssues(framework.tiers ?? [], framework.scale),
  ];
}

/** The scale must go up, and its span must be a finite number. */
function scaleIssues(scale: Framework['scale']): DtiIssue[] {
  if (!(scale.max > scale.min))
    return [issue('invalid-format', ['scale'], `max (${scale.max}) must be above min (${scale.min})`, scale)];
  if (!Number.isFinite(scale.max - scale.min))
    return [
      issue(
        'invalid-format',
        ['scale'],
        `the span from ${scale.min} to ${scale.max} is beyond the largest number (about 1.8e308): published values would be infinite`,
        scale,
      ),
    ];
  return [];
}

/** A field id used twice. */
function fieldIdIssues(fields: NonNullable<Framework['fields']>): DtiIssue[] {
  const seen = new Set<string>();
  const issues: DtiIssue[] = [];
  fields.forEach((field, k) => {
    if (seen.has(field.id))
      issues.push(issue('duplicate-id', ['fields', k, 'id'], `field id "${field.id}" is used twice`, field.id));
    seen.add(field.id);
  });
  return issues;
}

/** Every node in pre-order: its id must be new (to the nodes and the fields), then its group's or indicator's rules. */
function nodeIssues(root: FrameworkNode, fieldIds: ReadonlySet<string>): DtiIssue[] {
  const issues: DtiIssue[] = [];
  const seen = new Map<string, string>();
  walkFramework(root, (node, nodePath) => {
    const path = [...nodePath];
    const where = seen.get(node.id);
    if (where !== undefined || fieldIds.has(node.id))
      issues.push(
        issue(
          'duplicate-id',
          [...path, 'id'],
          `id "${node.id}" is already used${where ? ` at ${where}` : ' by a field'}`,
          node.id,
        ),
      );
    else seen.set(node.id, path.join('.'));
    if (node.kind === 'group') issues.push(...checkGroup(node, path));
    else for (const rule of INDICATOR_RULES) issues.push(...rule(node, (key) => [...path, key], fieldIds));
  });
  return issues;
}

/**
 * A rule for one indicator: the issues it finds. `at(key)` is the path of one of the indicator's
 * keys; `fieldIds` are the declared fields, which formulas may use.
 */
export type IndicatorRule = (node: Indicator, at: (key: string) => Path, fieldIds: ReadonlySet<string>) => DtiIssue[];

/** Goalposts must go from low to high. */
const goalpostsInOrder: IndicatorRule = ({ method }, at) =>
  method.type === 'goalposts' && !(method.max > method.min)
    ? [
        issue(
          'impossible-goalposts',
          at('method'),
          `goalposts min (${method.min}) must be below max (${method.max})`,
          method,
        ),
      ]
    : [];

/** Under a log (or log1p) transform, goalposts must start where the transform is defined. */
const goalpostsInTransformDomain: IndicatorRule = ({ method, transform }, at) => {
  if (!transform || method.type !== 'goalposts') return [];
  const floor = transform === 'log' ? 0 : -1;
  return method.min > floor
    ? []
    : [
        issue(
          'impossible-goalposts',
          at('method'),
          `goalposts start at ${method.min}, where ${transform} is undefined: use a minimum above ${floor}`,
          method,
        ),
      ];
};

/** A min–max method's fixed range must go from low to high. */
const rangeInOrder: IndicatorRule = ({ method }, at) =>
  method.type === 'minMax' && method.range && !(method.range[1] > method.range[0])
    ? [issue('impossible-goalposts', at('method'), 'range must go from low to high', method.range)]
    : [];

/** The method "target" needs a target of at least 0. */
const targetForTargetMethod: IndicatorRule = ({ method, target }, at) => {
  if (method.type !== 'target') return [];
  if (target === undefined) return [issue('missing-target', at('target'), 'scoring method "target" needs a target')];
  return target < 0 ? [issue('target-outside-scale', at('target'), 'target must be ≥ 0', target)] : [];
};

/** A target must lie between the goalposts. */
const targetInsideGoalposts: IndicatorRule = ({ method, target }, at) =>
  target !== undefined &&
  method.type === 'goalposts' &&
  (target < Math.min(method.min, method.max) || target > Math.max(method.min, method.max))
    ? [
        issue(
          'target-outside-scale',
          at('target'),
          `target ${target} lies outside the goalposts ${method.min}–${method.max}`,
          target,
        ),
      ]
    : [];

/** A target in percent must lie in 0–100. */
const percentTargetInRange: IndicatorRule = ({ unit, target }, at) =>
  target !== undefined && unit === '%' && (target < 0 || target > 100)
    ? [issue('target-outside-scale', at('target'), `target ${target}% lies outside 0–100%`, target)]
    : [];

/** A yes/no target is 1 or 0. */
const yesNoTarget: IndicatorRule = ({ method, target }, at) =>
  target !== undefined && method.type === 'yesNo' && target !== 0 && target !== 1
    ? [issue('target-outside-scale', at('target'), 'a yes/no target is 1 (yes) or 0 (no)', target)]
    : [];

/** No two steps at the same threshold. */
const stepsDistinct: IndicatorRule = ({ method }, at) => {
  if (method.type !== 'steps') return [];
  const ats = method.steps.map((s) => s.at);
  return new Set(ats).size !== ats.length
    ? [issue('bad-steps', at('method'), 'two steps share the same threshold', ats)]
    : [];
};

/** A formula may use only declared fields. */
const formulaFieldsDeclared: IndicatorRule = ({ formula }, at, fieldIds) =>
  formula
    ? formulaInputs(formula)
        .filter((ref) => !fieldIds.has(ref))
        .map((ref) =>
          issue(
            'unknown-reference',
            at('formula'),
            `formula uses field "${ref}", which is not declared in "fields"`,
            ref,
          ),
        )
    : [];

/** The rules every indicator is checked against, in the order their issues are listed. */
const INDICATOR_RULES: readonly IndicatorRule[] = [
  goalpostsInOrder,
  goalpostsInTransformDomain,
  rangeInOrder,
  targetForTargetMethod,
  targetInsideGoalposts,
  percentTargetInRange,
  yesNoTarget,
  stepsDistinct,
  formulaFieldsDeclared,
];

/** Tiers start inside the scale, at distinct minima, with distinct ids. */
function tierIssues(tiers: NonNullable<Framework['tiers']>, scale: Framework['scale']): DtiIssue[] {
  const issues: DtiIssue[] = [];
  const mins = new Set<number>();
  const tierIds = new Set<string>();
  tiers.forEach((tier, k) => {
    if (tier.min < scale.min || tier.min > scale.max)
      issues.push(
        issue(
          'tier-outside-scale',
          ['tiers', k, 'min'],
          `tier "${tier.id}" starts at ${tier.min}, outside the scale ${scale.min}–${scale.max}`,
          tier.min,
        ),
      );
    if (mins.has(tier.min))
      issues.push(issue('duplicate-tier-minimum', ['tiers', k, 'min'], `two tiers start at ${tier.min}`, tier.min));
    if (tierIds.has(tier.id))
      issues.push(issue('duplicate-id', ['tiers', k, 'id'], `tier id "${tier.id}" is used twice`, tier.id));
    mins.add(tier.min);
    tierIds.add(tier.id);
  });
  const gap = tierGap(tiers, scale);
  if (gap) issues.push(gap);
  return issues;
}

/**
 * A warning when the lowest tier starts above the scale's minimum: a score below it falls in no tier,
 * and a page would show it without one. Not an error: a framework may mean "unrated" below the lowest
 * tier, but it should say so with a tier of its own.
 */
function tierGap(tiers: NonNullable<Framework['tiers']>, scale: Framework['scale']): DtiIssue | undefined {
  let lowest = -1;
  for (const [k, tier] of tiers.entries()) if (lowest < 0 || tier.min < (tiers[lowest]?.min ?? 0)) lowest = k;
  const tier = tiers[lowest];
  // A tier at or below the minimum covers it; one outside the scale is already refused.
  if (!tier || tier.min <= scale.min || tier.min > scale.max) return undefined;
  const path = ['tiers', lowest, 'min'];
  return {
    ...issue(
      'tier-gap',
      path,
      `the lowest tier "${tier.id}" starts at ${tier.min}, above the scale minimum ${scale.min}: scores from ${scale.min} up to (not including) ${tier.min} fall in no tier; start it at ${scale.min} or add a tier from ${scale.min}`,
      tier.min,
    ),
    severity: 'warning',
    messageVi: `${path.join('.')}: bậc thấp nhất "${tier.id}" bắt đầu từ ${vi(tier.min)}, cao hơn mức thấp nhất của thang điểm ${vi(scale.min)}: điểm từ ${vi(scale.min)} đến dưới ${vi(tier.min)} không thuộc bậc nào; hãy cho bậc này bắt đầu từ ${vi(scale.min)} hoặc thêm một bậc từ ${vi(scale.min)}`,
  };
}

/** A number as Vietnamese writes it: 0.5 → "0,5". */
const vi = (n: number) => String(n).replace('.', ',');

/** A group needs children, points on every child when it sums points, children's points that add up, and (at the root) some weight. */
function checkGroup(group: Group, path: Path): DtiIssue[] {
  const issues: DtiIssue[] = [];
  const { children } = group;
  if (children.length === 0)
    return [issue('empty-group', [...path, 'children'], `group "${group.id}" has no children`)];
  const withPoints = children.filter((c) => c.points !== undefined);
  if (group.aggregation?.type === 'sum' && withPoints.length < children.length)
    for (const [k, child] of children.entries())
      if (child.points === undefined)
        issues.push(
          issue(
            'missing-points',
            [...path, 'children', k, 'points'],
            `"${child.id}" needs points: its group "${group.id}" sums points`,
          ),
        );
  if (group.points !== undefined && withPoints.length === children.length) {
    const sum = withPoints.reduce((acc, c) => acc + (c.points as number), 0);
    if (!close(sum, group.points))
      issues.push(
        issue(
          'points-mismatch',
          [...path, 'points'],
          `the children of "${group.id}" add up to ${sum} points, not its maximum of ${group.points}`,
          sum,
        ),
      );
  }
  const mixed = mixedWeights(group, path) ?? disproportionalWeights(group, path);
  if (mixed) issues.push(mixed);
  if (path.length === 1) {
    const total = children.reduce((acc, c) => acc + (c.weight ?? c.points ?? 1), 0);
    if (!(total > 0))
      issues.push(
        issue('zero-weight-group', [...path, 'children'], 'every child of the index has weight 0: nothing would count'),
      );
  }
  return issues;
}

const validated = new WeakSet<object>();

/**
 * Validates a framework without throwing: the shape with zod, then consistency (duplicate ids, unknown
 * fields, points that do not add up, empty groups, impossible goalposts, targets and tiers outside
 * the scale). All problems are returned at once. A former spelling (`missing: { method: 'zero' }`)
 * is read the same way, with a `deprecated` warning naming its path.
 *
 * The framework returned is a checked copy, and frozen (deeply): an assignment into it throws a
 * `TypeError` in strict code. To change one, make a new object (e.g. `structuredClone(fw)`, then
 * change the copy) and check it again. The `input` itself is left as it is.
 *
 * @example
 * const r = validateFramework(JSON.parse(text));
 * if (!r.success) for (const i of r.issues) console.error(i.message);
 */
export function validateFramework(input: unknown): SafeResult<Framework> {
  const nesting = checkFrameworkNesting(input);
  if (nesting.length > 0) return { success: false, issues: nesting };
  const current = formerSpellings(input);
  const parsed = FrameworkSchema.safeParse(current.input);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues, current.input) };
  const issues = checkFrameworkConsistency(parsed.data);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { success: false, issues };
  // Its plan and its validation are kept by identity: a change made afterwards would be half ignored.
  validated.add(deepFreeze(parsed.data));
  return { success: true, data: parsed.data, warnings: [...current.warnings, ...issues] };
}

/** True when `framework` came out of {@link validateFramework} or {@link defineFramework}. */
export function isValidatedFramework(framework: object): boolean {
  return validated.has(framework);
}

/**
 * Validates a framework and returns it typed, or throws a {@link DtiValidationError} listing every
 * problem. In TypeScript it also gives autocompletion while writing a framework inline.
 *
 * A checked framework is frozen: to change one, make a new object, e.g.
 * `defineFramework({ ...structuredClone(fw), version: '2' })` (see {@link validateFramework}).
 *
 * @example
 * const fw = defineFramework({
 *   format: 1, id: 'demo', version: '1.0.0', label: { vi: 'Chỉ số thử', en: 'Demo index' },
 *   scale: { min: 0, max: 100 },
 *   root: { kind: 'group', id: 'index', label: { vi: 'Chỉ số' }, children: [
 *     { kind: 'indicator', id: 'online', label: { vi: 'Hồ sơ trực tuyến' }, unit: '%',
 *       method: { type: 'goalposts', min: 0, max: 100 } },
 *   ] },
 * });
 */
export function defineFramework(input: Framework): Framework {
  const result = validateFramework(input);
  if (!result.success) throw new DtiValidationError('Invalid framework', result.issues);
  return result.data;
}

/**
 * What {@link defineFramework} accepts, which is a {@link Framework}: the name suggested a looser
 * input shape that never existed.
 *
 * @deprecated Use `Framework`.
 */
export type FrameworkInput = Framework;
