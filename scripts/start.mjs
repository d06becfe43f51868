// pnpm start: serves the built documentation site, with the live demo and the playground, on 127.0.0.1.
import { serve } from './serve.mjs';

const preferred = Number(process.env.PORT ?? 4173);
let server;
try {
  server = await serve('packages/docs/.vitepress/dist', preferred);
} catch {
  server = await serve('packages/docs/.vitepress/dist', 0); // the port is taken: any free one
}
const url = `http://127.0.0.1:${server.address().port}`;
console.log(`
DTI Kit is running (Ctrl+C to stop):

  ${url}/               the site, in Vietnamese (English: ${url}/en/)
  ${url}/thu-nghiem     the playground: your CSV or XLSX, live weights
  ${url}/api/           the API reference

Storybook: pnpm storybook · command line: npx dti --help · terminal demo: pnpm demo
`);
