import { tableNode } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { pillarsOf, tierOf } from '../../src/present.js';

describe('pillarsOf', () => {
  // DTI 2022 at province level: three pillars under the index, a 0-point smart-city index beside them,
  // and groups and an indicator one level down that are no pillars.
  const nodes = [
    tableNode('dti', null, 1000),
    tableNode('chinh-quyen-so', 'dti', 400, 'Chính quyền số'),
    tableNode('do-thi-thong-minh', 'dti', 0, 'Đô thị thông minh'),
    tableNode('nen-tang', 'chinh-quyen-so', 200),
    tableNode('kinh-te-so', 'dti', 300, 'Kinh tế số'),
    tableNode('ty-le', 'dti', 0, 'Tỷ lệ', 'indicator'),
    tableNode('xa-hoi-so', 'dti', 300, 'Xã hội số'),
  ];

  it('are the groups with points directly under the index, in table order', () => {
    expect(pillarsOf({ nodes }).map((p) => p.id)).toEqual(['chinh-quyen-so', 'kinh-te-so', 'xa-hoi-so']);
  });

  it('are none for a table without columns', () => {
    expect(pillarsOf({ nodes: [] })).toEqual([]);
  });
});

describe('tierOf on anything with a minimum', () => {
  const bands = [
    { min: 65, label: 'Khá' },
    { min: 0, label: 'Yếu' },
    { min: 80, label: 'Tốt' },
  ];

  it('gives the band with the highest minimum at or below the value, in any order', () => {
    expect(tierOf(bands, 79.99)?.label).toBe('Khá');
    expect(tierOf(bands, 80)?.label).toBe('Tốt');
    expect(tierOf(bands, 0)?.label).toBe('Yếu');
  });

  it('gives null below every band', () => {
    expect(tierOf(bands, -0.01)).toBeNull();
  });
});
