// pnpm start: builds every package (a line per package, with its time), then serves the built
// documentation site, with the live demo and the playground, on 127.0.0.1. A failing build stops here,
// naming the package and showing its output.
// `node scripts/start.mjs --build-only @dti-kit/core @dti-kit/widgets` builds only those packages, in the
// same way, and exits (pnpm storybook uses it).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const started = performance.now();
const seconds = (from) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

/** The workspace packages that have a build, each with the workspace packages it needs built first. */
function buildablePackages() {
  const all = readdirSync(join(root, 'packages')).flatMap((dir) => {
    try {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
      return [{ dir: join(root, 'packages', dir), manifest }];
    } catch {
      return [];
    }
  });
  const names = new Set(all.map(({ manifest }) => manifest.name));
  return all
    .filter(({ manifest }) => manifest.scripts?.build)
    .map(({ dir, manifest }) => ({
      dir,
      name: manifest.name,
      script: manifest.scripts.build,
      needs: Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((d) => names.has(d)),
    }));
}

/** Runs one package's build, output captured; resolves with its exit code and output. */
function buildOne({ dir }) {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['run', 'build'], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

// Packages build as soon as what they need is built, so independent ones (the command line and the
// widgets) build side by side.
async function buildAll(only) {
  const pending = buildablePackages().filter((p) => only.length === 0 || only.includes(p.name));
  const built = new Set();
  const buildable = new Set(pending.map((p) => p.name));
  console.log(`Building ${pending.length} packages…`);
  while (pending.length > 0) {
    const ready = pending.filter((p) => p.needs.every((n) => built.has(n) || !buildable.has(n)));
    if (ready.length === 0) throw new Error(`circular dependencies among ${pending.map((p) => p.name).join(', ')}`);
    const results = await Promise.all(
      ready.map(async (pkg) => {
        const from = performance.now();
        console.log(`  … ${pkg.name}: ${pkg.script}`);
        // A build that takes long says it is still going, so a quiet terminal never looks stuck.
        const still = setInterval(() => console.log(`  … ${pkg.name} still building (${seconds(from)})`), 20_000);
        const result = await buildOne(pkg);
        clearInterval(still);
        console.log(`  ${result.code === 0 ? '✓' : '✗'} ${pkg.name} (${seconds(from)})`);
        return { pkg, ...result };
      }),
    );
    const failed = results.find((r) => r.code !== 0);
    if (failed) {
      console.error(`\n${failed.output.trimEnd()}\n`);
      console.error(`pnpm start stopped: the build of ${failed.pkg.name} failed (exit code ${failed.code}),`);
      console.error(`in ${failed.pkg.dir}: pnpm run build → ${failed.pkg.script}`);
      process.exit(1);
    }
    for (const { pkg } of results) {
      built.add(pkg.name);
      pending.splice(pending.indexOf(pkg), 1);
    }
  }
  console.log(`Built in ${seconds(started)}.`);
}

const onlyAt = process.argv.indexOf('--build-only');
const only = onlyAt === -1 ? [] : process.argv.slice(onlyAt + 1);
await buildAll(only);
if (onlyAt !== -1) process.exit(0);

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
  ${url}/vi-du/province.html   a province page, every element linked (English: province.en.html)
  ${url}/vi-du/what-if.html    3,321 communes with what-if weights (English: what-if.en.html)
  ${url}/api/           the API reference

Storybook: pnpm storybook · command line: npx dti --help · terminal demo: pnpm demo
`);
