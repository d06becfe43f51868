// Copies the example data into the site, so the playground's examples and the live widgets can fetch it.
import { cpSync, mkdirSync } from 'node:fs';

const from = new URL('../../core/examples/data/', import.meta.url);
const to = new URL('../public/data/', import.meta.url);
mkdirSync(to, { recursive: true });
cpSync(from, to, { recursive: true });
console.log('copied examples/data into public/data');
