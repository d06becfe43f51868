// Puts the widgets' example pages on the site, under /vi-du/: the pages as an editor writes them (one
// script tag, a strict Content-Security-Policy), their stylesheet and data, and the widgets' dist/cdn
// scripts they load. In the repository the pages load the script from ../dist/cdn/ and the communes from
// the core's examples; on the site both sit next to the pages, so those two paths are rewritten.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** The site folder of the example pages. */
export const EXAMPLES_FOLDER = 'vi-du';

/** The pages copied, each in Vietnamese and English. */
export const EXAMPLE_PAGES = ['province.html', 'province.en.html', 'what-if.html', 'what-if.en.html'];

const examples = new URL('../../widgets/examples/', import.meta.url);
const cdn = new URL('../../widgets/dist/cdn/', import.meta.url);
const communes = new URL('../../core/examples/data/communes-2025.csv', import.meta.url);
const to = new URL(`../public/${EXAMPLES_FOLDER}/`, import.meta.url);

/** The repository's relative paths in the pages, and where the same files are on the site. */
const REWRITES = [
  ['../dist/cdn/', 'cdn/'],
  ['../../core/examples/data/', 'data/'],
];

/**
 * A page as the site serves it: the repository's paths rewritten; throws when a `src` or `href` still
 * leaves the folder, which would be a 404 on the site.
 *
 * @example sitePage('<script src="../dist/cdn/dti-widgets.js">', 'x.html') // '<script src="cdn/dti-widgets.js">'
 */
export function sitePage(html, name) {
  let out = html;
  for (const [from, into] of REWRITES) out = out.replaceAll(`"${from}`, `"${into}`);
  const outside = out.match(/(?:src|href)="\.\.\/[^"]*"/u);
  if (outside) throw new Error(`${name}: ${outside[0]} points outside the example folder; add it to REWRITES`);
  return out;
}

if (process.argv[1]?.endsWith('copy-examples.mjs')) {
  if (!existsSync(new URL('dti-widgets.js', cdn)))
    throw new Error(
      'packages/widgets/dist/cdn/dti-widgets.js is missing: run `pnpm --filter @dti-kit/widgets build` first',
    );
  rmSync(to, { recursive: true, force: true });
  mkdirSync(new URL('cdn/', to), { recursive: true });
  mkdirSync(new URL('data/', to), { recursive: true });
  for (const page of EXAMPLE_PAGES)
    writeFileSync(new URL(page, to), sitePage(readFileSync(new URL(page, examples), 'utf8'), page));
  copyFileSync(new URL('portal.css', examples), new URL('portal.css', to));
  // What the pages fetch or link to: the published province results, and the generated communes.
  for (const f of ['province-2024-34.json', 'province-series.json', 'dti_provincial_results.csv'])
    copyFileSync(new URL(`data/${f}`, examples), new URL(`data/${f}`, to));
  copyFileSync(communes, new URL('data/communes-2025.csv', to));
  const scripts = readdirSync(cdn).filter((f) => f.endsWith('.js'));
  for (const f of scripts) copyFileSync(new URL(f, cdn), new URL(`cdn/${f}`, to));
  console.log(
    `copied ${EXAMPLE_PAGES.length} example pages, their data and ${scripts.length} scripts into public/${EXAMPLES_FOLDER}`,
  );
}
