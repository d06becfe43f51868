// The attribute reference's generator: what it reads from a manifest, and which language it shows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { VI } from '../scripts/attribute-descriptions.vi.mjs';
import {
  attributeReference,
  defaultOf,
  descriptionKey,
  manifestFile,
  valuesOf,
} from '../scripts/attribute-reference.mjs';

test('values come from the type, or from the values a string attribute’s description lists first', () => {
  assert.deepEqual(valuesOf({ type: { text: "'semicircle' | 'circle'" } }), {
    kind: 'enum',
    list: ['semicircle', 'circle'],
  });
  assert.deepEqual(valuesOf({ type: { text: 'number | undefined' } }), { kind: 'number' });
  assert.deepEqual(
    valuesOf({
      type: { text: 'string | undefined' },
      description: '`light` (default), `dark` or `auto` (follows the system).',
    }),
    { kind: 'enum', list: ['light', 'dark', 'auto'] },
  );
  // Backticks later in the sentence are examples, not the values.
  assert.deepEqual(
    valuesOf({ type: { text: 'string | undefined' }, description: 'Unit shown after the number, e.g. `%`.' }),
    {
      kind: 'text',
    },
  );
  assert.deepEqual(valuesOf({ type: { text: 'Band[] | undefined' } }), { kind: 'json', type: 'Band[]' });
});

test('defaults come from the manifest, else from what the description says', () => {
  assert.deepEqual(defaultOf({ default: "'semicircle'" }), { code: 'semicircle' });
  assert.deepEqual(defaultOf({ description: 'Lower end of the scale; default 0.' }), { code: '0' });
  assert.deepEqual(defaultOf({ description: '`light` (default), `dark` or `auto`.' }), { code: 'light' });
  assert.deepEqual(defaultOf({ description: 'Upper end of the scale; default 100 (1 for a DTI result).' }), {
    text: '100 (1 for a DTI result)',
  });
  assert.deepEqual(defaultOf({ description: 'Columns to show (default: all that have data except `coverage`).' }), {
    text: 'all that have data except `coverage`',
  });
  assert.equal(defaultOf({ description: 'Id of a unit to highlight.' }), null);
});

test('a translation shows only while the English it was made from is unchanged', () => {
  const manifest = {
    modules: [
      {
        declarations: [
          {
            customElement: true,
            tagName: 'dti-x',
            attributes: [
              { name: 'a', description: 'First.' },
              { name: 'b', description: 'Second, reworded.' },
              { name: 'c', description: 'Third.' },
            ],
          },
        ],
      },
    ],
  };
  const vi = {
    'dti-x': {
      attributes: {
        a: { key: descriptionKey('First.'), vi: 'Thứ nhất.', example: '<dti-x a="1"></dti-x>' },
        b: { key: descriptionKey('Second.'), vi: 'Thứ hai.' },
      },
    },
  };
  const [element] = attributeReference(manifest, vi);
  assert.deepEqual(
    element.attributes.map((a) => [a.name, a.translation, a.description.vi, a.example]),
    [
      ['a', 'current', 'Thứ nhất.', '<dti-x a="1"></dti-x>'],
      ['b', 'stale', null, '<dti-x b="…"></dti-x>'],
      ['c', 'missing', null, '<dti-x c="…"></dti-x>'],
    ],
  );
});

test('every Vietnamese entry names an element and attribute of the manifest', () => {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const known = new Set();
  for (const m of manifest.modules)
    for (const d of m.declarations ?? [])
      for (const a of d.customElement ? (d.attributes ?? []) : []) known.add(`${d.tagName} ${a.name}`);
  const orphans = Object.entries(VI).flatMap(([tag, el]) =>
    Object.keys(el.attributes)
      .filter((name) => !known.has(`${tag} ${name}`))
      .map((name) => `${tag} ${name}`),
  );
  assert.deepEqual(orphans, []);
});
