import { describe, expect, it } from 'vitest';
import { elementArgTypes, type Manifest, type ThemeProperty, themeProperties } from '../src/stories/manifest.js';
import { themeCss } from '../src/stories/theme-css.js';

// A gauge-like element whose parts share names with its attributes, as <dti-gauge>'s do.
const manifest: Manifest = {
  modules: [
    {
      declarations: [
        {
          tagName: 'x-gauge',
          customElement: true,
          attributes: [
            { name: 'value', fieldName: 'value', type: { text: 'number | undefined' }, description: 'The score.' },
            { name: 'unit-id', fieldName: 'unitId', type: { text: 'string | undefined' }, description: 'The unit.' },
            { name: 'variant', fieldName: 'variant', type: { text: "'semicircle' | 'circle'" }, description: 'Shape.' },
          ],
          members: [
            { kind: 'field', name: 'value', attribute: 'value', description: 'The score.' },
            { kind: 'field', name: 'unitId', attribute: 'unit-id', description: 'The unit.' },
            { kind: 'field', name: 'variant', attribute: 'variant', default: "'semicircle'" },
            { kind: 'field', name: 'result', type: { text: 'ScoreTable | undefined' }, description: 'A table.' },
          ],
          events: [{ name: 'x-load', description: 'Loaded.' }],
          cssProperties: [
            {
              name: '--x-accent',
              description: 'Value arc.',
              default: '#0b5cad',
              syntax: '<color>',
              darkDefault: '#6cb6ff',
            },
            { name: '--x-radius', description: 'Corners.', default: '6px', syntax: '<length>' },
          ],
          cssParts: [{ name: 'value', description: 'The number in the middle.' }],
        },
        {
          tagName: 'x-table',
          customElement: true,
          cssProperties: [
            { name: '--x-text', description: 'Text.', default: '#1b1f24', syntax: '<color>', darkDefault: '#e6edf3' },
            { name: '--x-accent', description: 'Bars.', default: '#0b5cad', syntax: '<color>', darkDefault: '#6cb6ff' },
            { name: '--x-radius', description: 'Corners.', default: '6px', syntax: '<length>' },
          ],
        },
      ],
    },
  ],
};

describe('elementArgTypes', () => {
  const argTypes = elementArgTypes(manifest, 'x-gauge');

  it('keeps an attribute and a part of the same name apart, each with its own description', () => {
    expect(argTypes.value).toMatchObject({
      name: 'value',
      description: 'The score.',
      control: { type: 'number' },
      table: { category: 'attributes', type: { summary: 'number | undefined' } },
    });
    expect(argTypes['css shadow parts: value']).toMatchObject({
      name: 'value',
      description: 'The number in the middle.',
      control: false,
      table: { category: 'css shadow parts' },
    });
  });

  it('shows an attribute once, naming its property when the names differ; properties alone in their own category', () => {
    expect(argTypes['unit-id']?.description).toBe('The unit.\n\nProperty: `unitId`.');
    expect(argTypes.unitId).toBeUndefined();
    expect(argTypes.result?.table?.category).toBe('properties');
    expect(argTypes.variant).toMatchObject({
      options: ['semicircle', 'circle'],
      control: { type: 'select' },
      table: { defaultValue: { summary: "'semicircle'" } },
    });
  });

  it('gives events and CSS custom properties their categories, syntax and both defaults', () => {
    expect(argTypes['events: x-load']?.table?.category).toBe('events');
    expect(argTypes['css custom properties: --x-accent']?.table).toEqual({
      category: 'css custom properties',
      type: { summary: '<color>' },
      defaultValue: { summary: '#0b5cad', detail: 'theme="dark": #6cb6ff' },
    });
    expect(argTypes['css custom properties: --x-radius']?.table?.defaultValue).toEqual({ summary: '6px' });
  });
});

describe('themeProperties', () => {
  it('lists each property once, in the order of the element that reads the most, with every use', () => {
    const properties = themeProperties(manifest);
    expect(properties.map((p) => p.name)).toEqual(['--x-text', '--x-accent', '--x-radius']);
    expect(properties[1]).toEqual({
      name: '--x-accent',
      syntax: '<color>',
      light: '#0b5cad',
      dark: '#6cb6ff',
      uses: [
        { tagName: 'x-table', description: 'Bars.' },
        { tagName: 'x-gauge', description: 'Value arc.' },
      ],
    });
    expect(properties[2]?.dark).toBe('6px');
  });
});

describe('themeCss', () => {
  const properties: ThemeProperty[] = themeProperties(manifest);

  it('writes only what differs from the theme’s defaults, on every element', () => {
    const css = themeCss({ '--x-text': '#1B1F24', '--x-accent': '#a1121a', '--x-radius': '0' }, properties, 'light');
    expect(css).toBe('x-table, x-gauge {\n  --x-accent: #a1121a;\n  --x-radius: 0;\n}\n');
  });

  it('scopes a dark theme to dark elements and compares with the dark defaults', () => {
    const css = themeCss({ '--x-text': '#e6edf3', '--x-accent': '#ff9f43' }, properties, 'dark');
    expect(css).toBe("x-table[theme='dark'], x-gauge[theme='dark'] {\n  --x-accent: #ff9f43;\n}\n");
  });

  it('says when nothing changed instead of an empty rule', () => {
    expect(themeCss({ '--x-accent': '#0b5cad', '--x-radius': '' }, properties, 'light')).toBe(
      '/* Chưa đổi giá trị nào: các widget dùng màu mặc định, không cần CSS. */\n',
    );
  });

  it('leaves out a value that would break out of the rule, and names it', () => {
    const css = themeCss({ '--x-accent': 'red; } body { display: none', '--x-radius': '2px' }, properties, 'light');
    expect(css).toBe(
      '/* Bỏ qua --x-accent: giá trị chứa ; { } hoặc </ không phải một giá trị CSS. */\n' +
        'x-table, x-gauge {\n  --x-radius: 2px;\n}\n',
    );
  });
});
