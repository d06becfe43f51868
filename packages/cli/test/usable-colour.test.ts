import { describe, expect, it } from 'vitest';
import { usableColour } from '../src/html-report.js';

describe('usableColour follows the core rule for tier colours', () => {
  it('takes hex, rgb() and named colours', () => {
    expect(['#1a7f37', 'rgb(26, 127, 55)', 'teal'].map(usableColour)).toEqual([true, true, true]);
  });

  it('refuses what drew nothing or black before: none, a misspelt name, transparent, url()', () => {
    expect(['none', 'redd', 'transparent', 'url(https://x.test/a)'].map(usableColour)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
