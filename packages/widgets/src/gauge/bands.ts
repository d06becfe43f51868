// The reading of bands given to a gauge as an attribute or property: loaded with the gauge's problem
// sentences (gauge-problems.ts), since a gauge drawn from a score table's tiers never needs it.
import type { Band } from './gauge-model.js';

/** What is wrong with a `bands` value, and the bands that can be drawn. */
export interface BandsCheck {
  bands: Band[];
  /** Why nothing can be drawn from it (not an array, a band without a numeric `min`); null when usable. */
  error: 'not-json' | 'not-band-list' | null;
  /** Colours that are not CSS colours: dropped (the band keeps the default colour). */
  badColours: string[];
}

/**
 * Checks bands given as JSON (or already parsed). `isColour` decides what a colour is (in a browser,
 * `CSS.supports('color', c)`); a colour it refuses is dropped rather than drawn black.
 *
 * @example checkBands('[{"min":0,"color":"rouge"}]', (c) => c.startsWith('#')) // → { bands: [{ min: 0 }], error: null, badColours: ['rouge'] }
 */
export function checkBands(input: unknown, isColour: (colour: string) => boolean): BandsCheck {
  let parsed = input;
  if (typeof input === 'string') {
    try {
      parsed = JSON.parse(input);
    } catch {
      return { bands: [], error: 'not-json', badColours: [] };
    }
  }
  if (parsed === undefined || parsed === null) return { bands: [], error: null, badColours: [] };
  if (!Array.isArray(parsed)) return { bands: [], error: 'not-band-list', badColours: [] };
  const bands: Band[] = [];
  const badColours: string[] = [];
  for (const item of parsed as unknown[]) {
    if (typeof item !== 'object' || item === null) return { bands: [], error: 'not-band-list', badColours: [] };
    const { min, label, color } = item as Record<string, unknown>;
    if (typeof min !== 'number' || !Number.isFinite(min)) return { bands: [], error: 'not-band-list', badColours: [] };
    const band: Band = { min };
    if (typeof label === 'string') band.label = label;
    if (typeof color === 'string' && isColour(color)) band.color = color;
    else if (color !== undefined) badColours.push(typeof color === 'string' ? color : JSON.stringify(color));
    bands.push(band);
  }
  return { bands, error: null, badColours };
}

/**
 * Whether the browser draws `colour` as a CSS colour (every colour counts where there is no `CSS`).
 *
 * @example isColour('rouge') // → false
 */
export const isColour = (colour: string): boolean => typeof CSS === 'undefined' || CSS.supports('color', colour);
