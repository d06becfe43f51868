// What a designer reads in the built Storybook: the gauge's controls (each kind of API in its own
// category, with its own description), the theming page's properties (what each colours, light and
// dark defaults, colour pickers), and the theme's CSS (shown, applied, copied). Run by check-stories.mjs.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const manifest = JSON.parse(readFileSync(new URL('../packages/widgets/custom-elements.json', import.meta.url), 'utf8'));
const gauge = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'dti-gauge');

/** The argTypes Storybook prepared for a story, as its controls panel shows them. */
async function argTypesOf(page, base, storyId) {
  await page.goto(`${base}/iframe.html?id=${storyId}&viewMode=story`);
  await page.waitForFunction(() => document.body.classList.contains('sb-show-main'), null, { timeout: 15000 });
  return page.evaluate(async (id) => {
    const story = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id });
    return JSON.parse(JSON.stringify(story.argTypes));
  }, storyId);
}

/** Compares one field; returns a line for the report when it differs. */
function expect(failures, what, actual, expected) {
  if (!isDeepStrictEqual(actual, expected))
    failures.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/**
 * Checks the controls and the theming page of the Storybook served at `base`.
 * @returns {Promise<string[]>} what is wrong, one line each (empty when all is right)
 */
export async function checkControls(browser, base) {
  const failures = [];
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();

  /** Runs one group of checks; a page that never renders is one failure, and the next group still runs. */
  const section = async (name, checks) => {
    try {
      await checks();
    } catch (error) {
      failures.push(`${name}: ${String(error.message ?? error).split('\n')[0]}`);
    }
  };

  // The gauge: attributes named like parts (value, label, target, previous) keep their own rows.
  await section('gauge controls', async () => {
    const g = await argTypesOf(page, base, 'widgets-dti-gauge--vietnamese');
    expect(failures, 'gauge value: category', g.value?.table?.category, 'attributes');
    expect(
      failures,
      'gauge value: description',
      g.value?.description,
      'The score. Empty or absent: the gauge shows "Chưa có số liệu" (no data), never 0.',
    );
    expect(failures, 'gauge value: control', g.value?.control, { type: 'number' });
    for (const attribute of gauge.attributes) {
      expect(failures, `gauge ${attribute.name}: category`, g[attribute.name]?.table?.category, 'attributes');
      expect(failures, `gauge ${attribute.name}: name`, g[attribute.name]?.name, attribute.name);
    }
    expect(
      failures,
      'gauge label: description',
      g.label?.description,
      "What the score is about, e.g. the unit's name.",
    );
    expect(failures, 'gauge unit-id: property named', g['unit-id']?.description?.endsWith('Property: `unitId`.'), true);
    expect(failures, 'gauge unitId: no second row', g.unitId, undefined);
    expect(failures, 'gauge result: category', g.result?.table?.category, 'properties');
    expect(failures, 'gauge dti-load: category', g['events: dti-load']?.table?.category, 'events');
    const valuePart = g['css shadow parts: value'];
    expect(failures, 'gauge part value: category', valuePart?.table?.category, 'css shadow parts');
    expect(failures, 'gauge part value: description', valuePart?.description, 'The number in the middle.');
    const accent = g['css custom properties: --dti-color-accent'];
    expect(failures, 'gauge --dti-color-accent', accent && { ...accent.table, description: accent.description }, {
      category: 'css custom properties',
      type: { summary: '<color>' },
      defaultValue: { summary: '#0b5cad', detail: 'theme="dark": #6cb6ff' },
      description: 'Value arc when no band applies.',
    });
    const cssRows = Object.values(g).filter((a) => a.table?.category === 'css custom properties');
    expect(
      failures,
      'gauge: every --dti-… property, and only those, as css custom properties',
      cssRows.map((a) => a.name).sort(),
      gauge.cssProperties.map((p) => p.name).sort(),
    );
    // The gauge reads these through the shared tokens (placeholder, error box) though they were never listed.
    for (const name of ['--dti-color-background', '--dti-color-surface', '--dti-radius'])
      expect(
        failures,
        `gauge ${name}: listed`,
        cssRows.some((a) => a.name === name),
        true,
      );
  });

  // The theming page: each property described, with its defaults, a colour picker for colours.
  await section('theming controls', async () => {
    const t = await argTypesOf(page, base, 'theming-css-custom-properties--light');
    const themed = Object.values(t).filter((a) => a.name?.startsWith('--dti-'));
    expect(failures, 'theming: properties', themed.length, 18);
    expect(failures, 'theming --dti-color-accent', t['--dti-color-accent'] && { ...t['--dti-color-accent'] }, {
      name: '--dti-color-accent',
      description:
        "**dti-league-table**: Score bars (when no tier colour applies) and the sorted column's arrow.\n\n**dti-trend**: The first unit's line and points.\n\n**dti-map**: Regions of a tier without a colour.\n\n**dti-scorecard**: Pillar bars.\n\n**dti-gauge**: Value arc when no band applies.\n\n**dti-weights**: The sliders.\n\n**dti-rank-interval**: The interval bar.",
      control: { type: 'color', presetColors: ['#0b5cad', '#6cb6ff'], disable: false },
      table: {
        category: 'colours',
        type: { summary: '<color>' },
        defaultValue: { summary: '#0b5cad', detail: 'theme="dark": #6cb6ff' },
      },
      type: { name: 'string' },
    });
    expect(failures, 'theming --dti-table-max-height: default', t['--dti-table-max-height']?.table?.defaultValue, {
      summary: '70vh',
    });
    expect(failures, 'theming --dti-radius: default', t['--dti-radius']?.table?.defaultValue, { summary: '6px' });
    const untyped = themed.filter((a) => !a.table?.type?.summary || a.table.type.summary === 'string');
    expect(
      failures,
      'theming: properties described as "string"',
      untyped.map((a) => a.name),
      [],
    );
  });

  // The theme's CSS: what the controls changed, shown, applied by the same text, and copied.
  await section('theming CSS', async () => {
    await page.goto(
      `${base}/iframe.html?id=theming-css-custom-properties--light&viewMode=story&args=--dti-color-accent:!hex(a1121a);--dti-radius:0`,
    );
    await page.waitForFunction(
      () => document.querySelector('dti-gauge')?.shadowRoot?.querySelector('.value-arc'),
      null,
      {
        timeout: 15000,
      },
    );
    const css =
      'dti-league-table, dti-trend, dti-map, dti-scorecard, dti-gauge, dti-weights, dti-rank-interval {\n  --dti-color-accent: #a1121a;\n  --dti-radius: 0;\n}\n';
    expect(failures, 'theming: CSS shown', await page.locator('.theme-css pre').textContent(), css);
    const applied = await page.evaluate(() => {
      const arc = document.querySelector('dti-gauge').shadowRoot.querySelector('.value-arc');
      return getComputedStyle(arc).stroke;
    });
    // #a1121a = rgb(161, 18, 26): the gauge in the story wears the colour the CSS sets.
    expect(failures, 'theming: accent applied to the gauge', applied, 'rgb(161, 18, 26)');
    await page.getByRole('button', { name: 'Chép CSS' }).click();
    await page.waitForFunction(() => document.querySelector('.theme-css [role="status"]')?.textContent !== '');
    expect(failures, 'theming: CSS copied', await page.evaluate(() => navigator.clipboard.readText()), css);
    expect(
      failures,
      'theming: copy announced',
      await page.locator('.theme-css [role="status"]').textContent(),
      'Đã chép CSS. Dán vào bảng kiểu (stylesheet) của cổng thông tin.',
    );

    // Dark: the dark defaults need no CSS; a change is scoped to dark elements.
    await page.goto(
      `${base}/iframe.html?id=theming-css-custom-properties--dark&viewMode=story&args=--dti-color-up:!hex(00ff88)`,
    );
    await page.waitForFunction(() => document.querySelector('.theme-css pre')?.textContent, null, { timeout: 15000 });
    expect(
      failures,
      'theming dark: CSS shown',
      await page.locator('.theme-css pre').textContent(),
      "dti-league-table[theme='dark'], dti-trend[theme='dark'], dti-map[theme='dark'], dti-scorecard[theme='dark'], dti-gauge[theme='dark'], dti-weights[theme='dark'], dti-rank-interval[theme='dark'] {\n  --dti-color-up: #00ff88;\n}\n",
    );
  });
  await context.close();
  return failures;
}
