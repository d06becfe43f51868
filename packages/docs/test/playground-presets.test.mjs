// The playground scores with the bundled presets only, loaded with loadPreset, which returns the framework
// without its warnings: a framework warning (a former spelling, a tier gap) would go unseen there. So
// every preset it offers must have none; one that gains a warning fails here, before a reader misses it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { presets, presetUrl, validateFramework } from '@dti-kit/core';

test('every preset the playground offers validates without a warning', () => {
  const offered = presets.filter((p) => p.status !== 'gap');
  assert.ok(offered.length > 0);
  for (const { id } of offered) {
    const result = validateFramework(JSON.parse(readFileSync(presetUrl(id), 'utf8')));
    assert.equal(result.success, true, id);
    assert.deepEqual(
      result.warnings.map((w) => w.message),
      [],
      id,
    );
  }
});
