import { isFormerMissingPolicy, missingPolicy } from '../schema/former-missing-policy.js';
import type { DtiIssue } from './issue.js';

type Path = (string | number)[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The `deprecated` warning for a missing-value policy written with `method`, at `path` (its `missing`). */
function formerMissingWarning(path: Path, method: string): DtiIssue {
  const at = [...path, 'method'];
  const where = at.join('.');
  return {
    severity: 'warning',
    code: 'deprecated',
    path: at,
    value: method,
    message: `${where}: "method" is the former name of "type"; write missing: { type: '${method}', … } (read the same way)`,
    messageVi: `${where}: "method" là tên cũ của "type"; hãy viết missing: { type: '${method}', … } (vẫn được đọc như cũ)`,
  };
}

/** The node's `missing` in the current spelling, and its children's, copied only where one changes. */
function rewriteNode(node: unknown, path: Path, warnings: DtiIssue[]): unknown {
  if (!isRecord(node)) return node;
  let out = node;
  const { missing, children } = node;
  if (isFormerMissingPolicy(missing)) {
    warnings.push(formerMissingWarning([...path, 'missing'], missing.method));
    out = { ...out, missing: missingPolicy(missing) };
  }
  if (Array.isArray(children)) {
    const rewritten = children.map((child, k) => rewriteNode(child, [...path, 'children', k], warnings));
    if (rewritten.some((child, k) => child !== children[k])) out = { ...out, children: rewritten };
  }
  return out;
}

/**
 * A framework's raw input with former spellings rewritten to the current ones, and one `deprecated`
 * warning for each, naming its path: today the missing-value policies written `{ method: 'zero' }`
 * (the framework's default and any node's), read as `{ type: 'zero' }`. The input is not changed; an
 * input without former spellings comes back as it is. Run after the nesting check, which bounds the walk.
 *
 * @example
 * formerSpellings({ missing: { method: 'zero' }, root }).warnings[0].path // → ['missing', 'method']
 */
export function formerSpellings(input: unknown): { input: unknown; warnings: DtiIssue[] } {
  const warnings: DtiIssue[] = [];
  // The framework's own `missing` (the default) first, then the nodes' in pre-order.
  const top = rewriteNode(input, [], warnings);
  if (!isRecord(top)) return { input, warnings };
  const root = rewriteNode(top.root, ['root'], warnings);
  return { input: root === top.root ? top : { ...top, root }, warnings };
}
