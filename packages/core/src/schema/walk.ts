import type { FrameworkNode, Group, Indicator } from './framework.js';

/** Where a node lies in a framework: its path from the root as zod reports it (`['root', 'children', 0]`). */
export type NodePath = readonly (string | number)[];

/** Options of {@link walkFramework}. */
export interface WalkFrameworkOptions {
  /** The path of the node the walk starts from; default `['root']`, a framework's root. */
  path?: NodePath;
  /** Called for each group after all its children: groups children-first, as aggregation needs them. */
  leave?: (group: Group, path: NodePath, parent: Group | undefined) => void;
}

/**
 * Visits every node of a framework tree in pre-order (a group before its children, children in
 * order), with the node's path and its parent group; `leave` sees each group again after its
 * children. The one walk over a framework: validation, the compiled plan, the sheet readers, the
 * analyses' variants and the CLI's templates all meet the nodes in the same order through it.
 *
 * @example
 * const ids: string[] = [];
 * walkFramework(framework.root, (node) => ids.push(node.id)); // ['index', 'online', …]
 */
export function walkFramework(
  root: FrameworkNode,
  visit: (node: FrameworkNode, path: NodePath, parent: Group | undefined) => void,
  options: WalkFrameworkOptions = {},
): void {
  const { leave } = options;
  const step = (node: FrameworkNode, at: NodePath, parent: Group | undefined): void => {
    visit(node, at, parent);
    if (node.kind !== 'group') return;
    for (const [k, child] of node.children.entries()) step(child, [...at, 'children', k], node);
    leave?.(node, at, parent);
  };
  step(root, options.path ?? ['root'], undefined);
}

/**
 * Every indicator below a node (the node itself when it is one), in framework order.
 *
 * @example indicatorsOf(framework.root).map((i) => i.id) // ['online', 'portal', …]
 */
export function indicatorsOf(node: FrameworkNode): Indicator[] {
  const out: Indicator[] = [];
  walkFramework(node, (n) => {
    if (n.kind === 'indicator') out.push(n);
  });
  return out;
}

/**
 * A copy of the tree below `node` with each indicator replaced by `f(indicator)`; groups are copied
 * with their new children, the input is left as it is.
 *
 * @example mapIndicators(framework.root, (i) => ({ ...i, weight: 1 })) // every indicator weighs 1
 */
export function mapIndicators(node: FrameworkNode, f: (indicator: Indicator) => FrameworkNode): FrameworkNode {
  const mapped = new Map<FrameworkNode, FrameworkNode>();
  walkFramework(
    node,
    (n) => {
      if (n.kind === 'indicator') mapped.set(n, f(n));
    },
    { leave: (group) => mapped.set(group, { ...group, children: group.children.map((c) => mapped.get(c) ?? c) }) },
  );
  return mapped.get(node) ?? node;
}
