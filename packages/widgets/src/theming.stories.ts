import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { asManifest, type ThemeProperty, themeProperties } from './stories/manifest.js';
import { COMMUNES, previousOf, sampleTable, uncertaintyExample } from './stories/sample-data.js';
import { themeCss } from './stories/theme-css.js';
import './define.js';

// The properties, their defaults and what they do come from custom-elements.json (the components'
// @cssproperty tags, the defaults read from the styles by the manifest build): nothing is restated here.
const PROPERTIES = themeProperties(asManifest(getCustomElements()));

const category = (p: ThemeProperty) =>
  p.syntax === '<color>' ? 'colours' : /radius|font/u.test(p.name) ? 'shape and type' : 'size and motion';

const argTypes: ArgTypes = {
  theme: {
    name: 'theme',
    description: 'The `theme` attribute of the widgets. The CSS lists what differs from this theme’s defaults.',
    options: ['light', 'dark'],
    control: { type: 'inline-radio' },
    table: { category: 'theme', type: { summary: "'light' | 'dark'" }, defaultValue: { summary: 'light' } },
  },
  ...Object.fromEntries(
    PROPERTIES.map((p) => [
      p.name,
      {
        name: p.name,
        description: p.uses.map((u) => `**${u.tagName}**: ${u.description}`).join('\n\n'),
        control: p.syntax === '<color>' ? { type: 'color', presetColors: [p.light, p.dark] } : { type: 'text' },
        table: {
          category: category(p),
          type: { summary: p.syntax ?? 'font-family' },
          defaultValue: { summary: p.light, ...(p.dark !== p.light && { detail: `theme="dark": ${p.dark}` }) },
        },
      },
    ]),
  ),
};

const defaults = (theme: 'light' | 'dark') =>
  Object.fromEntries(PROPERTIES.map((p) => [p.name, theme === 'dark' ? p.dark : p.light]));

const table = sampleTable(COMMUNES, { seed: 4 });

/** Copies the CSS and says whether it worked: a browser may refuse the clipboard (no permission, http). */
async function copy(css: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(css);
    status.textContent = 'Đã chép CSS. Dán vào bảng kiểu (stylesheet) của cổng thông tin.';
  } catch {
    status.textContent = 'Trình duyệt không cho chép tự động: hãy chọn khối CSS và chép tay (Ctrl+C).';
  }
}

/**
 * Build a theme with the controls (colour pickers, sizes, font), see every widget follow it, and copy
 * the CSS for the portal's stylesheet. The theme is applied here by the same CSS in a `<style>`
 * element, as a portal would apply it: the widgets render no `style` attribute (strict CSP).
 */
const meta: Meta = {
  title: 'Theming/CSS custom properties',
  argTypes,
  args: { theme: 'light', ...defaults('light') },
  loaders: [async () => ({ uncertainty: await uncertaintyExample(COMMUNES.slice(0, 5), 200) })],
  parameters: { controls: { sort: 'none' } },
  render: (args, { loaded }) => {
    const theme = args.theme === 'dark' ? 'dark' : 'light';
    const css = themeCss(args, PROPERTIES, theme);
    let status: HTMLElement | undefined;
    return html`<style>
        ${css}
      </style>
      <div lang="vi" class=${theme === 'dark' ? 'theme-demo dark-frame' : 'theme-demo'}>
        <section class="theme-css" aria-labelledby="theme-css-title">
          <h2 id="theme-css-title">CSS của chủ đề</h2>
          <p>Đổi màu, cỡ và phông ở bảng Controls; dán CSS này vào bảng kiểu của trang.</p>
          <pre tabindex="0" aria-label="CSS của chủ đề"><code>${css}</code></pre>
          <button type="button" @click=${() => status && copy(css, status)}>Chép CSS</button>
          <p role="status" ${ref((el) => {
            if (el instanceof HTMLElement) status = el;
          })}></p>
        </section>
        <dti-gauge theme=${theme} value="72.4" previous="68.1" target="80" label="Xã Võng Xuyên"></dti-gauge>
        <dti-league-table
          theme=${theme}
          highlight="u2"
          .result=${table}
          .previous=${previousOf(table)}
        ></dti-league-table>
        <dti-rank-interval theme=${theme} highlight="u2" .result=${loaded.uncertainty}></dti-rank-interval>
      </div>`;
  },
};
export default meta;

/** The widgets' defaults: no CSS needed. Change a colour to start a theme. */
export const Light: StoryObj = {};

/** The dark theme's defaults, on a dark page; the CSS is scoped to `[theme='dark']` elements. */
export const Dark: StoryObj = { args: { theme: 'dark', ...defaults('dark') } };

/** A portal's own brand: a serif font, square corners, a red accent. */
export const PortalBrand: StoryObj = {
  args: {
    '--dti-font-family': 'Georgia, serif',
    '--dti-radius': '0',
    '--dti-color-accent': '#a1121a',
    '--dti-color-focus': '#a1121a',
  },
};
