import { framework, group, indicator, percentIndicator } from '@dti-kit/testing';
import type { FrameworkNode } from '../src/index.js';
import { type Dataset, defineFramework, type Framework, formatIssue } from '../src/index.js';

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

/**
 * The sheet-reading tests' framework, validated: a rate "Tỷ lệ A" (`a`, %) and a count "Số C" (`c`)
 * under a root labelled "R"; `id` tells the tests' frameworks apart.
 */
export function rateAndCount(id: string): Framework {
  return defineFramework(
    framework({
      id,
      label: 'T',
      root: group('root', [percentIndicator('a', { label: 'Tỷ lệ A' }), indicator('c', { label: 'Số C' })], {
        label: 'R',
      }),
    }),
  );
}

/** A file's text as the bytes a reader takes. */
export const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The value read for `unit`'s indicator `id`, from what `readDataset` returned. */
export const valueIn = (r: { dataset: Dataset }, unit: string, id: string): unknown =>
  r.dataset.units.find((u) => u.id === unit)?.values[id];

/** An issue's Vietnamese sentence. */
export const vi = (issue: unknown): string => formatIssue(issue as never, 'vi');
