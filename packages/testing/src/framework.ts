// Framework fixtures: the smallest valid framework by default, every field overridable, so a test
// states only what it is about.
import type { Framework, FrameworkNode, Group, Indicator, ScoringMethod } from '@dti-kit/core';
import { type Label, text } from './label.js';

/** Fields of {@link indicator} beyond its id; `label` may be a plain Vietnamese string. */
export type IndicatorOptions = Partial<Omit<Indicator, 'kind' | 'id' | 'label'>> & { label?: Label };

/** Fields of {@link group} beyond its id and children; `label` may be a plain Vietnamese string. */
export type GroupOptions = Partial<Omit<Group, 'kind' | 'id' | 'label' | 'children'>> & { label?: Label };

/**
 * Fields of {@link framework}: any framework field, `label` as a plain string or `{ vi, en }`, and either
 * a whole `root` group or the root's `children` (under a root `r` labelled "Chỉ số").
 */
export type FrameworkOptions = Partial<Omit<Framework, 'format' | 'label' | 'root'>> & {
  label?: Label;
  root?: Group;
  children?: FrameworkNode[];
};

/**
 * Goalposts scoring: `min` scores 0, `max` scores 1, in the raw unit.
 *
 * @example goalposts(0, 100) // { type: 'goalposts', min: 0, max: 100 }
 */
export function goalposts(min: number, max: number): ScoringMethod {
  return { type: 'goalposts', min, max };
}

/**
 * An indicator, min-max scored and labelled with its id unless told otherwise.
 *
 * @example indicator('x') // { kind: 'indicator', id: 'x', label: { vi: 'x' }, method: { type: 'minMax' } }
 * @example indicator('online', { label: 'Hồ sơ trực tuyến', direction: 'lower', target: 80 })
 */
export function indicator(id: string, options: IndicatorOptions = {}): Indicator {
  const { label, ...rest } = options;
  return { kind: 'indicator', id, label: text(label ?? id), method: { type: 'minMax' }, ...rest };
}

/**
 * A percentage indicator: unit `%`, goalposts 0–100 (so 97,8% scores 0.978), as DTI's rate indicators.
 *
 * @example percentIndicator('ky-so', { label: 'Tỷ lệ văn bản có ký số', target: 90 })
 */
export function percentIndicator(id: string, options: IndicatorOptions = {}): Indicator {
  return indicator(id, { unit: '%', method: goalposts(0, 100), ...options });
}

/**
 * A group of `children`, labelled with its id unless told otherwise (arithmetic mean by default, as the
 * framework format has it).
 *
 * @example group('kts', [indicator('a'), indicator('b')], { label: 'Kinh tế số', points: 30 })
 */
export function group(id: string, children: FrameworkNode[], options: GroupOptions = {}): Group {
  const { label, ...rest } = options;
  return { kind: 'group', id, label: text(label ?? id), ...rest, children };
}

/**
 * A framework (format 1): id `thu`, version `1`, label "Thử", published on 0–100, unless told otherwise.
 * Give `root` for the whole tree, or `children` for a root `r` labelled "Chỉ số"; with neither, one
 * min-max indicator `x`. Plain data: pass it to `defineFramework` where a test needs it validated.
 *
 * @example framework({ children: [percentIndicator('a'), percentIndicator('b')] })
 * @example framework({ id: 'dti-tinh', scale: { min: 0, max: 1 }, precision: 4, root: group('dti', pillars) })
 */
export function framework(options: FrameworkOptions = {}): Framework {
  const { label, root, children, ...rest } = options;
  return {
    format: 1,
    id: 'thu',
    version: '1',
    label: text(label ?? 'Thử'),
    scale: { min: 0, max: 100 },
    ...rest,
    root: root ?? group('r', children ?? [indicator('x')], { label: 'Chỉ số' }),
  };
}
