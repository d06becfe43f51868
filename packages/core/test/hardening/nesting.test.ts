// Framework trees too deep for the stack, or containing themselves, are refused with a message.
import { describe, expect, it } from 'vitest';
import { DtiValidationError, defineFramework, type FrameworkNode, score, validateFramework } from '../../src/index.js';
import { framework, group, indicator } from '../helpers.js';

/** A framework whose single indicator sits at `levels` (the index is level 1). */
function chain(levels: number): Record<string, unknown> {
  // Tree and wrapper by hand: up to 10,000 levels of raw input the validator must refuse, no builder's shape.
  let node: FrameworkNode = indicator('leaf', { method: { type: 'goalposts', min: 0, max: 100 } });
  for (let level = levels - 1; level >= 1; level--)
    node = { kind: 'group', id: `g${level}`, label: { vi: `Nhóm ${level}` }, children: [node] };
  return { format: 1, id: 'deep', version: '1', label: { vi: 'Sâu' }, scale: { min: 0, max: 100 }, root: node };
}

const pathTo = (depth: number) => ['root', ...Array.from({ length: depth }, () => ['children', 0]).flat()];

describe('framework nesting', () => {
  it('accepts 32 levels and scores through them', () => {
    const fw = defineFramework(chain(32) as never);
    expect(score(fw, { units: [{ id: 'a', values: { leaf: 42 } }] }).units[0]?.value).toBe(42);
  });

  it('refuses 33 levels, naming the limit and where it is passed', () => {
    const r = validateFramework(chain(33));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'limit-exceeded', path: pathTo(32) });
    expect(r.issues[0]?.message).toBe(`${pathTo(32).join('.')}: framework nesting deeper than 32 levels of groups`);
  });

  it('refuses 10,000 levels with a DtiValidationError, not a stack overflow', () => {
    const deep = chain(10_000);
    expect(() => defineFramework(deep as never)).toThrow(DtiValidationError);
    expect(() => score(deep as never, { units: [] })).toThrow(/framework nesting deeper than 32 levels/);
  });

  it('refuses a framework that contains itself', () => {
    const loop = group('loop', [], { label: 'Vòng' });
    const inner = group('inner', [loop], { label: 'Trong' });
    loop.children.push(inner);
    const fw = framework({ id: 'cyclic', label: 'Vòng', scale: { min: 0, max: 1 }, root: loop });
    const r = validateFramework(fw);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toEqual([
      {
        severity: 'error',
        code: 'invalid-format',
        path: ['root', 'children', 0, 'children', 0],
        message: 'root.children.0.children.0: the framework contains itself: this node is its own ancestor at root',
      },
    ]);
    expect(() => score(fw as never, { units: [{ id: 'a', values: {} }] })).toThrow(DtiValidationError);
  });

  it('refuses one node object listed twice', () => {
    const shared = indicator('shared', { method: { type: 'goalposts', min: 0, max: 1 } });
    const r = validateFramework({
      ...chain(2),
      root: group('r', [shared, shared]),
    });
    expect(r.success ? [] : r.issues.map((i) => i.message)).toEqual([
      'root.children.1: the same node object is listed again (first at root.children.0)',
    ]);
  });
});
