import type { Framework } from '../schema/framework.js';
import { defineFramework } from '../validate/framework.js';

// One static import per preset, so bundlers can split them and load only the one asked for.
const loaders: Record<string, () => Promise<{ default: unknown }>> = {
  'dti-province-2022': () => import('../../presets/dti-province-2022.json', { with: { type: 'json' } }),
  'service-index-766': () => import('../../presets/service-index-766.json', { with: { type: 'json' } }),
  'self-assessment-template': () => import('../../presets/self-assessment-template.json', { with: { type: 'json' } }),
};

/** Ids of the presets that can be loaded. */
export const presetIds: readonly string[] = Object.keys(loaders);

/**
 * Loads a preset framework by id and validates it.
 *
 * @example const framework = await loadPreset('dti-province-2022');
 */
export async function loadPreset(id: string): Promise<Framework> {
  const load = loaders[id];
  if (!load) throw new RangeError(`no preset "${id}"; presets: ${presetIds.join(', ')}`);
  const module = await load();
  return defineFramework(module.default as Framework);
}

/**
 * Where a preset's JSON file is, for tools that read files (`dti`, editors) or serve them.
 *
 * @example readFileSync(presetUrl('self-assessment-template'), 'utf8')
 */
export function presetUrl(id: string): URL {
  if (!loaders[id]) throw new RangeError(`no preset "${id}"; presets: ${presetIds.join(', ')}`);
  // The folder is a variable, not a literal: bundlers copy every file a literal
  // `new URL('…', import.meta.url)` can name into the build, so a page that only scores would ship
  // every preset file. The files are for tools that read them; pages load presets with `loadPreset`.
  const folder = '../../presets/';
  return new URL(`${id}.json`, new URL(folder, import.meta.url));
}
