import { formulaInputs } from '../formula.js';
import { type Framework, type FrameworkNode, FrameworkSchema, type Group } from '../schema/framework.js';
import { type DtiIssue, DtiValidationError, fromZodIssues, type SafeResult } from './issue.js';
import { checkFrameworkNesting } from './nesting.js';

type Path = (string | number)[];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function issue(code: DtiIssue['code'], path: Path, message: string, value?: unknown): DtiIssue {
  const out: DtiIssue = { severity: 'error', code, path, message: `${path.join('.')}: ${message}` };
  if (value !== undefined) out.value = value;
  return out;
}

/** Checks that only make sense once the shape is right: ids, references, points, goalposts, tiers. */
export function checkFrameworkConsistency(framework: Framework): DtiIssue[] {
  const issues: DtiIssue[] = [];
  const seen = new Map<string, string>();
  const fieldIds = new Set<string>();
  const { scale } = framework;
  if (!(scale.max > scale.min))
    issues.push(issue('invalid-format', ['scale'], `max (${scale.max}) must be above min (${scale.min})`, scale));
  else if (!Number.isFinite(scale.max - scale.min))
    issues.push(
      issue(
        'invalid-format',
        ['scale'],
        `the span from ${scale.min} to ${scale.max} is beyond the largest number (about 1.8e308): published values would be infinite`,
        scale,
      ),
    );

  framework.fields?.forEach((field, k) => {
    if (fieldIds.has(field.id))
      issues.push(issue('duplicate-id', ['fields', k, 'id'], `field id "${field.id}" is used twice`, field.id));
    fieldIds.add(field.id);
  });

  const walk = (node: FrameworkNode, path: Path) => {
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

    if (node.kind === 'group') {
      checkGroup(node, path, issues);
      for (const [k, child] of node.children.entries()) walk(child, [...path, 'children', k]);
      return;
    }
    const { method, target } = node;
    const at = (key: string) => [...path, key];
    if (method.type === 'goalposts' && !(method.max > method.min))
      issues.push(
        issue(
          'impossible-goalposts',
          at('method'),
          `goalposts min (${method.min}) must be below max (${method.max})`,
          method,
        ),
      );
    if (node.transform && method.type === 'goalposts') {
      const floor = node.transform === 'log' ? 0 : -1;
      if (!(method.min > floor))
        issues.push(
          issue(
            'impossible-goalposts',
            at('method'),
            `goalposts start at ${method.min}, where ${node.transform} is undefined: use a minimum above ${floor}`,
            method,
          ),
        );
    }
    if (method.type === 'minMax' && method.range && !(method.range[1] > method.range[0]))
      issues.push(issue('impossible-goalposts', at('method'), 'range must go from low to high', method.range));
    if (method.type === 'target') {
      if (target === undefined)
        issues.push(issue('missing-target', at('target'), 'scoring method "target" needs a target'));
      else if (target < 0) issues.push(issue('target-outside-scale', at('target'), 'target must be ≥ 0', target));
    }
    if (target !== undefined) {
      if (
        method.type === 'goalposts' &&
        (target < Math.min(method.min, method.max) || target > Math.max(method.min, method.max))
      )
        issues.push(
          issue(
            'target-outside-scale',
            at('target'),
            `target ${target} lies outside the goalposts ${method.min}–${method.max}`,
            target,
          ),
        );
      if (node.unit === '%' && (target < 0 || target > 100))
        issues.push(issue('target-outside-scale', at('target'), `target ${target}% lies outside 0–100%`, target));
      if (method.type === 'yesNo' && target !== 0 && target !== 1)
        issues.push(issue('target-outside-scale', at('target'), 'a yes/no target is 1 (yes) or 0 (no)', target));
    }
    if (method.type === 'steps') {
      const ats = method.steps.map((s) => s.at);
      if (new Set(ats).size !== ats.length)
        issues.push(issue('bad-steps', at('method'), 'two steps share the same threshold', ats));
    }
    if (node.formula) {
      for (const ref of formulaInputs(node.formula))
        if (!fieldIds.has(ref))
          issues.push(
            issue(
              'unknown-reference',
              at('formula'),
              `formula uses field "${ref}", which is not declared in "fields"`,
              ref,
            ),
          );
    }
  };
  walk(framework.root, ['root']);

  const tiers = framework.tiers ?? [];
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
      issues.push(issue('tiers-not-increasing', ['tiers', k, 'min'], `two tiers start at ${tier.min}`, tier.min));
    if (tierIds.has(tier.id))
      issues.push(issue('duplicate-id', ['tiers', k, 'id'], `tier id "${tier.id}" is used twice`, tier.id));
    mins.add(tier.min);
    tierIds.add(tier.id);
  });
  return issues;
}

function checkGroup(group: Group, path: Path, issues: DtiIssue[]): void {
  const { children } = group;
  if (children.length === 0) {
    issues.push(issue('empty-group', [...path, 'children'], `group "${group.id}" has no children`));
    return;
  }
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
  if (path.length === 1) {
    const total = children.reduce((acc, c) => acc + (c.weight ?? c.points ?? 1), 0);
    if (!(total > 0))
      issues.push(
        issue('zero-weight-group', [...path, 'children'], 'every child of the index has weight 0: nothing would count'),
      );
  }
}

const validated = new WeakSet<object>();

/**
 * Validates a framework without throwing: the shape with zod, then consistency (duplicate ids, unknown
 * fields, points that do not add up, empty groups, impossible goalposts, targets and tiers outside
 * the scale). All problems are returned at once.
 *
 * @example
 * const r = validateFramework(JSON.parse(text));
 * if (!r.success) for (const i of r.issues) console.error(i.message);
 */
export function validateFramework(input: unknown): SafeResult<Framework> {
  const nesting = checkFrameworkNesting(input);
  if (nesting.length > 0) return { success: false, issues: nesting };
  const parsed = FrameworkSchema.safeParse(input);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues, input) };
  const issues = checkFrameworkConsistency(parsed.data);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { success: false, issues };
  validated.add(parsed.data);
  return { success: true, data: parsed.data, warnings: issues };
}

/** True when `framework` came out of {@link validateFramework} or {@link defineFramework}. */
export function isValidatedFramework(framework: object): boolean {
  return validated.has(framework);
}

/**
 * Validates a framework and returns it typed, or throws a {@link DtiValidationError} listing every
 * problem. In TypeScript it also gives autocompletion while writing a framework inline.
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
export function defineFramework(input: FrameworkInput): Framework {
  const result = validateFramework(input);
  if (!result.success) throw new DtiValidationError('Invalid framework', result.issues);
  return result.data;
}

/** What {@link defineFramework} accepts: a framework as written (same shape as the validated one). */
export type FrameworkInput = Framework;
