import { describe, expect, it } from 'vitest';
import { embeddableJson } from '../../src/index.js';

describe('embeddableJson', () => {
  it('writes < as \\u003c so pasted JSON can never close its <script> element', () => {
    const text = embeddableJson({ name: 'Xã Thử </script> Nghiệm' });
    expect(text).toBe('{"name":"Xã Thử \\u003c/script> Nghiệm"}');
    expect(text.includes('</script>')).toBe(false);
  });

  it('escapes invisible format characters and C1 controls, keeps Vietnamese letters as they are', () => {
    // U+202E (right-to-left override) would reverse the shown text; U+2028 ends a line in old JavaScript.
    expect(embeddableJson({ a: 'Đ\u202Eà\u2028b\u0085' })).toBe('{"a":"Đ\\u202eà\\u2028b\\u0085"}');
  });

  it('reads back to the same value and indents like JSON.stringify', () => {
    const value = { kind: 'dti-score-table', units: [{ id: 'x<1', value: 97.8 }] };
    const text = embeddableJson(value, 2);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toBe(
      '{\n  "kind": "dti-score-table",\n  "units": [\n    {\n      "id": "x\\u003c1",\n      "value": 97.8\n    }\n  ]\n}',
    );
  });
});
