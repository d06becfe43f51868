// The CSS a designer copies from the theming page: the `--dti-…` values they changed, on the elements.
import type { ThemeProperty } from './manifest.js';

/** A value that could end the declaration or the rule early, or close the page's <style> element. */
const UNSAFE = /[;{}]|<\//u;

/**
 * The rule a portal pastes into its stylesheet for a theme built in the controls: one declaration per
 * property whose value differs from the default of the chosen theme (so the same CSS on a page with
 * `theme="dark"` is scoped to dark elements). A value that could break out of the rule is left out
 * and named in a comment, never pasted half-way.
 * @param values the controls' values, by property name; empty means the default
 * @param properties every property with its defaults (from custom-elements.json)
 * @param theme `light` (the widgets' default) or `dark`
 * @example
 * themeCss({ '--dti-color-accent': '#a1121a' }, properties, 'light')
 * // 'dti-league-table, dti-gauge, dti-rank-interval {\n  --dti-color-accent: #a1121a;\n}\n'
 */
export function themeCss(
  values: Readonly<Record<string, unknown>>,
  properties: readonly ThemeProperty[],
  theme: 'light' | 'dark',
): string {
  const tagNames = [...new Set(properties.flatMap((p) => p.uses.map((u) => u.tagName)))];
  const selector = tagNames.map((t) => (theme === 'dark' ? `${t}[theme='dark']` : t)).join(', ');
  const declarations: string[] = [];
  const refused: string[] = [];
  for (const property of properties) {
    const raw = values[property.name];
    const value = typeof raw === 'string' ? raw.trim() : '';
    const fallback = theme === 'dark' ? property.dark : property.light;
    if (value === '' || value.toLowerCase() === fallback.toLowerCase()) continue;
    if (UNSAFE.test(value)) refused.push(property.name);
    else declarations.push(`  ${property.name}: ${value};`);
  }
  const notes = refused.length
    ? `/* Bỏ qua ${refused.join(', ')}: giá trị chứa ; { } hoặc </ không phải một giá trị CSS. */\n`
    : '';
  if (!declarations.length) return `${notes}/* Chưa đổi giá trị nào: các widget dùng màu mặc định, không cần CSS. */\n`;
  return `${notes}${selector} {\n${declarations.join('\n')}\n}\n`;
}
