// Writes framework.schema.json from the zod schema; a test checks the file is up to date.
import { writeFileSync } from 'node:fs';
import { frameworkJsonSchema } from '../src/schema/json-schema.js';

const target = new URL('../framework.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
