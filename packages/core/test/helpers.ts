import { framework, group } from '@dti-kit/testing';
import type { FrameworkNode } from '../src/index.js';
import { defineFramework, type Framework } from '../src/index.js';

/** A one-level framework on 0–100 with the given children; `extra.root` fields go on its root `index`. */
export function flatFramework(children: FrameworkNode[], extra: Partial<Framework> = {}): Framework {
  const { format: _format, root, ...rest } = extra;
  return defineFramework(
    framework({
      id: 'test',
      version: '1.0.0',
      label: { vi: 'Bộ chỉ số thử', en: 'Test index' },
      ...rest,
      root: { ...group('index', children, { label: 'Chỉ số' }), ...root, children },
    }),
  );
}

// Nodes labelled with their id, and published score tables: the fixture builders every package's tests share.
export { framework, goalposts, group, indicator, percentIndicator, publishedTable } from '@dti-kit/testing';

/** Float64Array from numbers, `null` meaning missing. */
export function col(...xs: (number | null)[]): Float64Array {
  return Float64Array.from(xs, (x) => (x === null ? Number.NaN : x));
}

/** Plain array with NaN shown as null, for readable assertions. */
export function plain(xs: ArrayLike<number>): (number | null)[] {
  return Array.from(xs, (x) => (Number.isNaN(x) ? null : x));
}
