import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const stubs = (process.argv[2] ?? '').split(',').filter(Boolean);
const minifyLitCss = {
  name: 'm',
  setup(b) {
    b.onLoad(
      { filter: /[\\/]src[\\/].*\.(styles|tokens|sr-only)\.ts$|[\\/]shared[\\/](tokens|sr-only)\.ts$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const contents = source.replace(
          /css`([^`]*)`/gu,
          (_, body) =>
            `css\`${body
              .replace(/\/\*[\s\S]*?\*\//gu, '')
              .replace(/\s+/gu, ' ')
              .replace(/\s*([{};])\s*/gu, '$1')
              .replace(/;\}/gu, '}')
              .trim()}\``,
        );
        return { contents, loader: 'ts' };
      },
    );
  },
};
const stub = {
  name: 's',
  setup(b) {
    b.onLoad({ filter: /.*/ }, (args) =>
      stubs.some((s) => args.path.includes(s))
        ? { contents: 'export const formatIssue=(i)=>i.message; export const path=()=>({});', loader: 'js' }
        : undefined,
    );
  },
};
const r = await build({
  entryPoints: { 'dti-widgets': 'src/define.ts' },
  bundle: true,
  minify: true,
  target: process.env.T ? process.env.T.split(' ') : 'es2021',
  platform: 'browser',
  legalComments: 'none',
  loader: { '.json': 'json' },
  format: 'esm',
  splitting: true,
  outdir: '/tmp/exp',
  chunkNames: 'dti-[name]-[hash]',
  metafile: true,
  write: false,
  logLevel: 'silent',
  tsconfigRaw: process.env.D ? { compilerOptions: { useDefineForClassFields: true } } : undefined,
  plugins: [stub, minifyLitCss],
});
const out = new Map(r.outputFiles.map((f) => [f.path.replace('/tmp/exp/', ''), f.contents]));
const meta = r.metafile.outputs;
const seen = new Set();
const todo = ['../../../../../tmp/exp/dti-widgets.js'];
let total = 0;
while (todo.length) {
  const f = todo.pop();
  if (seen.has(f)) continue;
  seen.add(f);
  const g = gzipSync(out.get(f.split('/').pop()), { level: 9 }).length;
  total += g;
  console.log(f.split('/').pop(), g);
  for (const i of meta[f].imports) if (i.kind === 'import-statement') todo.push(i.path);
}
console.log('total', total);
