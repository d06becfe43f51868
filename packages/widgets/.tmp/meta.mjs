import { build } from 'esbuild';
import { minifyLitTemplates } from '/work/wt/size3/packages/widgets/scripts/minify-templates.mjs';
const r = await build({ entryPoints: ['src/define.ts'], bundle: true, minify: true, format: 'esm', write: false, metafile: true, outdir: '/tmp/x', target: ['chrome94','safari15'], tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } }, loader: { '.json': 'json' }, plugins: [minifyLitTemplates, { name: 'ext', setup(b) { b.onResolve({ filter: /^\.\/(load|issue-sentences|view-csv)\.js$/ }, (a) => a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined); } }] });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([f, i]) => [i.bytesInOutput, f.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')]).sort((a, b) => b[0] - a[0]);
for (const [b, f] of rows) console.log(String(b).padStart(7), f);
console.log(rows.reduce((a, r) => a + r[0], 0));
