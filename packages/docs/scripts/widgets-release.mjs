// The widgets' release as the site offers it to portal editors: its version, the name of the download and
// where it lives. The pages say `%DTI_WIDGETS_VERSION%`, `%DTI_WIDGETS_ZIP%` and `%DTI_WIDGETS_ZIP_SIZE%`,
// replaced when the Markdown is rendered, so a snippet never names a version the site does not offer.
import { existsSync, readFileSync, statSync } from 'node:fs';

/** The version in packages/widgets/package.json, e.g. `0.1.0`. */
export const widgetsVersion = JSON.parse(
  readFileSync(new URL('../../widgets/package.json', import.meta.url), 'utf8'),
).version;

/** The folder inside the zip, and the folder the editor uploads: `dti-widgets-0.1.0`. */
export const downloadFolder = `dti-widgets-${widgetsVersion}`;

/** The zip's path on the site: `/downloads/dti-widgets-0.1.0.zip`. */
export const downloadHref = `/downloads/${downloadFolder}.zip`;

/** Where the build writes the zip (VitePress copies public/ into the site). */
export const downloadFile = new URL(`../public${downloadHref}`, import.meta.url);

/**
 * The zip's size for a link, in KB with a decimal comma or point, or `?` before the zip is built.
 *
 * @example zipSize('vi') // '187,4 KB'
 */
export function zipSize(lang) {
  if (!existsSync(downloadFile)) return '?';
  const kb = statSync(downloadFile).size / 1000;
  return `${kb.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 })} KB`;
}

/**
 * A markdown-it plugin: replaces the release placeholders in a page's source before it is parsed, so
 * they work in text, links, HTML and code blocks alike.
 *
 * @example md.use(widgetsRelease)
 */
export function widgetsRelease(md) {
  md.core.ruler.before('normalize', 'dti-widgets-release', (state) => {
    if (!state.src.includes('%DTI_WIDGETS_')) return;
    const lang = state.env?.relativePath?.startsWith('en/') ? 'en' : 'vi';
    state.src = state.src
      .replaceAll('%DTI_WIDGETS_VERSION%', widgetsVersion)
      .replaceAll('%DTI_WIDGETS_ZIP%', downloadHref)
      .replaceAll('%DTI_WIDGETS_ZIP_SIZE%', zipSize(lang));
  });
}
