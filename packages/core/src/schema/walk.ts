import type { FrameworkNode, Group, Indicator } from './framework.js';

/** Where a node lies in a framework: its path from the root as zod reports it (`['root', 'children', 0]`). */
export type NodePath = readonly (string | number)[];

/**
 * Visits every node of a framework tree in pre-order (a group before its children, children in
 * order), with the node's path and its parent group. The one walk that validation and the sheet
 * readers share, so that they meet the nodes in the same order.
 *
 * @example
 * const ids: string[] = [];
 * walkFramework(framework.root, (node) => ids.push(node.id)); // ['index', 'online', …]
 */
export function walkFramework(
  root: FrameworkNode,
  visit: (node: FrameworkNode, path: NodePath, parent: Group | undefined) => void,
  path: NodePath = ['root'],
): void {
  const step = (node: FrameworkNode, at: NodePath, parent: Group | undefined): void => {
    visit(node, at, parent);
    if (node.kind === 'group')
      for (const [k, child] of node.children.entries()) step(child, [...at, 'children', k], node);
  };
  step(root, path, undefined);
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
