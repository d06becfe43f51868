import * as z from 'zod/mini';
import { FrameworkSchema, MAX_FRAMEWORK_DEPTH } from './framework.js';

/**
 * The JSON Schema (draft 2020-12) of the framework format, generated from the zod schema so that the
 * two cannot disagree. Point an editor at it with `"$schema"` for autocompletion.
 *
 * @example writeFileSync('framework.schema.json', JSON.stringify(frameworkJsonSchema(), null, 2));
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(FrameworkSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>),
    title: 'DTI Kit framework',
    description: `An index framework: groups and indicators with weights or points, scoring methods, tiers. Groups nest at most ${MAX_FRAMEWORK_DEPTH} levels deep. Format version 1.`,
  };
}
