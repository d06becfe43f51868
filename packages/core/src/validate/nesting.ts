import { MAX_FRAMEWORK_DEPTH } from '../schema/framework.js';
import type { DtiIssue } from './issue.js';

type Path = (string | number)[];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * Walks a framework's tree of `children` without recursion, before anything recursive (the schema,
 * the consistency checks, compilation) touches it: a tree nested deeper than
 * {@link MAX_FRAMEWORK_DEPTH} levels, a node that contains itself, or one node object listed twice
 * would otherwise overflow the stack or be walked without end. Returns those problems; the shape of
 * each node is left to the schema.
 *
 * @example
 * const node = { kind: 'group', id: 'g', label: { vi: 'g' }, children: [] };
 * node.children.push(node);
 * checkFrameworkNesting({ root: node })[0].message; // 'root.children.0: the framework contains itself …'
 */
export function checkFrameworkNesting(input: unknown): DtiIssue[] {
  if (!isObject(input) || !isObject(input.root)) return [];
  const issues: DtiIssue[] = [];
  const seenAt = new Map<object, Path>();
  const onPath = new Set<object>();
  // Each frame is a group being walked: its children and the position reached among them.
  type Frame = { node: Record<string, unknown>; path: Path; children: unknown[]; next: number };
  const stack: Frame[] = [];
  const enter = (node: Record<string, unknown>, path: Path): void => {
    const before = seenAt.get(node);
    if (before !== undefined) {
      issues.push(
        onPath.has(node)
          ? problem(
              'invalid-format',
              path,
              `the framework contains itself: this node is its own ancestor at ${before.join('.')}`,
            )
          : problem('duplicate-id', path, `the same node object is listed again (first at ${before.join('.')})`),
      );
      return;
    }
    seenAt.set(node, path);
    const depth = stack.length + 1;
    if (depth > MAX_FRAMEWORK_DEPTH) {
      issues.push(
        problem('limit-exceeded', path, `framework nesting deeper than ${MAX_FRAMEWORK_DEPTH} levels of groups`),
      );
      return;
    }
    if (!Array.isArray(node.children)) return;
    onPath.add(node);
    stack.push({ node, path, children: node.children, next: 0 });
  };
  enter(input.root, ['root']);
  while (stack.length > 0 && issues.length < 10) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next >= frame.children.length) {
      onPath.delete(frame.node);
      stack.pop();
      continue;
    }
    const k = frame.next++;
    const child = frame.children[k];
    if (isObject(child)) enter(child, [...frame.path, 'children', k]);
  }
  return issues;
}

function problem(code: DtiIssue['code'], path: Path, message: string): DtiIssue {
  return { severity: 'error', code, path, message: `${path.join('.')}: ${message}` };
}
