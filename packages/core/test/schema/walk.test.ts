import { describe, expect, it } from 'vitest';
import { indicatorsOf, mapIndicators, walkFramework } from '../../src/schema/walk.js';
import { flatFramework, group, indicator } from '../helpers.js';

const framework = flatFramework([
  group('services', [indicator('online'), indicator('portal')]),
  indicator('staff'),
  group('infra', [group('net', [indicator('fibre')])]),
]);

describe('walkFramework: the one walk over a framework tree', () => {
  it('meets every node in pre-order with its zod path and parent group', () => {
    const met: [string, string, string | undefined][] = [];
    walkFramework(framework.root, (node, path, parent) => met.push([node.id, path.join('.'), parent?.id]));
    expect(met).toEqual([
      [framework.root.id, 'root', undefined],
      ['services', 'root.children.0', framework.root.id],
      ['online', 'root.children.0.children.0', 'services'],
      ['portal', 'root.children.0.children.1', 'services'],
      ['staff', 'root.children.1', framework.root.id],
      ['infra', 'root.children.2', framework.root.id],
      ['net', 'root.children.2.children.0', 'infra'],
      ['fibre', 'root.children.2.children.0.children.0', 'net'],
    ]);
  });

  it('lists the indicators below a node in framework order, or the node itself when it is one', () => {
    expect(indicatorsOf(framework.root).map((i) => i.id)).toEqual(['online', 'portal', 'staff', 'fibre']);
    expect(indicatorsOf(indicator('alone')).map((i) => i.id)).toEqual(['alone']);
  });

  it('meets each group again after its children with leave, the groups children-first', () => {
    const left: string[] = [];
    walkFramework(framework.root, () => {}, { leave: (group, path) => left.push(`${group.id}@${path.join('.')}`) });
    expect(left).toEqual([
      'services@root.children.0',
      'net@root.children.2.children.0',
      'infra@root.children.2',
      `${framework.root.id}@root`,
    ]);
  });

  it('maps the indicators into a copy of the tree, leaving the input as it was', () => {
    const mapped = mapIndicators(framework.root, (i) => ({ ...i, id: `${i.id}-2` }));
    expect(indicatorsOf(mapped).map((i) => i.id)).toEqual(['online-2', 'portal-2', 'staff-2', 'fibre-2']);
    expect(mapped.kind === 'group' && mapped.children.map((c) => c.id)).toEqual(['services', 'staff-2', 'infra']);
    expect(indicatorsOf(framework.root).map((i) => i.id)).toEqual(['online', 'portal', 'staff', 'fibre']);
  });
});
