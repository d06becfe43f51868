import { describe, expect, it } from 'vitest';
import { dtiVars, propertiesRead, readTokens, stylesFileOf, syntaxOf } from '../scripts/css-properties.mjs';

// Run from the package directory, as the manifest build runs.
const tokens = readTokens('src/shared/tokens.ts');

describe('dtiVars', () => {
  it('reads fallbacks up to the matching parenthesis, commas and nested functions included', () => {
    const found = dtiVars(
      "a { font: var(--dti-font-family, system-ui, 'Noto Sans', sans-serif); b: var(--dti-x, rgb(1, 2, 3)); c: var(--dti-y) }",
    );
    expect([...found]).toEqual([
      ['--dti-font-family', "system-ui, 'Noto Sans', sans-serif"],
      ['--dti-x', 'rgb(1, 2, 3)'],
      ['--dti-y', undefined],
    ]);
  });
});

describe('readTokens', () => {
  it('pairs each private token with its public property and its light and dark fallbacks', () => {
    expect(tokens.privates.get('--_accent')).toEqual({
      property: '--dti-color-accent',
      light: '#0b5cad',
      dark: '#6cb6ff',
    });
    expect(tokens.privates.get('--_bg')).toEqual({
      property: '--dti-color-background',
      light: '#ffffff',
      dark: '#0d1117',
    });
    // The dark theme does not reassign the radius: 6px in both.
    expect(tokens.privates.get('--_radius')).toEqual({ property: '--dti-radius', light: '6px', dark: '6px' });
    expect([...tokens.host].sort()).toEqual(['--dti-color-text', '--dti-font-family']);
  });
});

describe('propertiesRead', () => {
  it("lists what the gauge's stylesheet reads, shared tokens and its own property, with defaults", () => {
    const read = propertiesRead(stylesFileOf('src/gauge/gauge.ts'), tokens);
    expect([...read.keys()].sort()).toEqual([
      '--dti-color-accent',
      '--dti-color-background',
      '--dti-color-down',
      '--dti-color-muted',
      '--dti-color-surface',
      '--dti-color-text',
      '--dti-color-track',
      '--dti-color-up',
      '--dti-font-family',
      '--dti-gauge-duration',
      '--dti-radius',
    ]);
    expect(read.get('--dti-gauge-duration')).toEqual({ light: '600ms', dark: '600ms' });
    expect(read.get('--dti-color-surface')).toEqual({ light: '#f6f8fa', dark: '#161b22' });
  });

  it("reads the league table's scroll height from its own stylesheet", () => {
    const read = propertiesRead(stylesFileOf('src/league-table/league-table.ts'), tokens);
    expect(read.get('--dti-table-max-height')).toEqual({ light: '70vh', dark: '70vh' });
  });
});

describe('syntaxOf', () => {
  it('tells colours, lengths and times; nothing for a font list', () => {
    expect([syntaxOf('#0b5cad'), syntaxOf('6px'), syntaxOf('0'), syntaxOf('70vh'), syntaxOf('600ms')]).toEqual([
      '<color>',
      '<length>',
      '<length>',
      '<length>',
      '<time>',
    ]);
    expect(syntaxOf('system-ui, sans-serif')).toBeUndefined();
  });
});
