// The packages as a stranger gets them: packs every public package (`pnpm pack`), installs the
// tarballs with npm into a fresh project outside the workspace, and uses them there as the README
// says: the "A first score" block verbatim as ESM, as CommonJS and as TypeScript (module nodenext in
// a CommonJS project), every entry of every `exports` map by `import` and by `require`, the `dti`
// command, and Vite builds of pages that score without presets, load one preset, or import one.
// Needs a build first (`pnpm build`). Stops at the first failing step, naming it, with its output;
// `--keep` leaves the temporary project in place for a look.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'dti-consumer-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
const keep = process.argv.includes('--keep');

/** A step that failed: its output is printed under its name. */
class StepError extends Error {
  constructor(message, output = '') {
    super(message);
    this.output = output;
  }
}

const seconds = (from) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

async function step(name, run) {
  const from = performance.now();
  try {
    const note = await run();
    console.log(`  ✓ ${name} (${seconds(from)})${note ? ` — ${note}` : ''}`);
  } catch (error) {
    console.error(`\n  ✗ ${name} (${seconds(from)})\n`);
    console.error(error instanceof StepError ? error.message : (error?.stack ?? String(error)));
    if (error instanceof StepError && error.output) console.error(`\n${error.output.trimEnd()}`);
    console.error(`\nconsumer test failed at: ${name} (files kept in ${work})`);
    process.exit(1);
  }
}

function run(command, args, cwd, { expectFailure = false } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const failed = result.status !== 0;
  if (result.error) throw new StepError(`${command} ${args.join(' ')}: ${result.error.message}`);
  if (failed !== expectFailure) {
    const what = expectFailure ? 'succeeded, expected a failure' : `exited with ${result.status}`;
    throw new StepError(`${command} ${args.join(' ')} (in ${cwd}) ${what}`, output);
  }
  return { stdout: result.stdout, output };
}

function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new StepError(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// The README's "A first score": the code, and each `expression; // expected` line with its expectation.

function firstScore() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /^## A first score\n[\s\S]*?^```ts\n([\s\S]*?)^```/mu.exec(readme);
  if (!block) throw new StepError('README.md has no "## A first score" section with a ```ts block');
  const code = block[1];
  const checks = [];
  for (const line of code.split('\n')) {
    // Only comments that are values (an array, a number, a string) are expectations; prose is not.
    const claim = /^(?<expression>[^/].*?);\s*\/\/\s*(?<expected>[[\d'"].*)$/u.exec(line);
    if (claim) {
      const { expression, expected } = claim.groups;
      checks.push({ expression, expected: new Function(`return (${expected});`)() });
    }
  }
  if (checks.length === 0) throw new StepError('the README block has no `expression; // [expected]` line');
  return { code, checks };
}

// The same program as CommonJS: `import { a, b } from 'x'` → `const { a, b } = require('x')`.
function asCommonJs(code) {
  return code.replace(
    /^import \{([^}]*)\} from '([^']+)';$/gmu,
    (_, names, from) => `const {${names}} = require('${from}');`,
  );
}

const printChecks = (checks) =>
  checks.map(({ expression }) => `\nconsole.log(JSON.stringify(${expression}));`).join('');

function expectPrinted(stdout, checks, what) {
  const printed = stdout
    .trim()
    .split('\n')
    .slice(-checks.length)
    .map((line) => JSON.parse(line));
  for (const [i, { expression, expected }] of checks.entries()) {
    expectEqual(printed[i], expected, `${what}: ${expression}`);
  }
}

// ---------------------------------------------------------------------------------------------------

const publicPackages = readdirSync(join(root, 'packages'))
  .map((dir) => join(root, 'packages', dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);

console.log(`consumer test in ${work}`);
mkdirSync(tarballs);
mkdirSync(app);

const packed = new Map(); // name → { file, entries: Set of paths inside the tarball }
for (const { dir, manifest } of publicPackages) {
  await step(`pack ${manifest.name}`, () => {
    const before = new Set(readdirSync(tarballs));
    run('pnpm', ['pack', '--pack-destination', tarballs], dir);
    const file = readdirSync(tarballs).find((f) => !before.has(f));
    if (!file) throw new StepError(`pnpm pack wrote no tarball for ${manifest.name}`);
    const list = run('tar', ['-tzf', join(tarballs, file)], work).stdout;
    const entries = new Set(
      list
        .split('\n')
        .filter(Boolean)
        .map((p) => p.replace(/^package\//u, '')),
    );
    packed.set(manifest.name, { file: join(tarballs, file), entries, manifest });
    return `${file}, ${entries.size} files`;
  });
}

// What each tarball ships: what its manifest points at, and nothing stray.
for (const [name, { entries, manifest, file }] of packed) {
  await step(`contents of ${name}`, () => {
    const problems = [];
    const ship = (target, why) => {
      const path = posix.normalize(target);
      const found = path.includes('*')
        ? [...entries].some((entry) => new RegExp(`^${path.split('*').map(escapeRegExp).join('.+')}$`, 'u').test(entry))
        : entries.has(path);
      if (!found) problems.push(`${why} → ${target}, which is not in the tarball`);
    };
    for (const [subpath, target] of exportTargets(manifest.exports)) ship(target, `exports["${subpath}"]`);
    for (const [command, target] of Object.entries(manifest.bin ?? {})) ship(target, `bin.${command}`);
    for (const entry of entries) {
      if (/\.d\.(js|d\.ts)$|\.d\.js\.map$/u.test(entry)) problems.push(`${entry}: compiled from a declaration file`);
      if (entry.endsWith('.map')) {
        const map = JSON.parse(run('tar', ['-xzOf', file, `package/${entry}`], work).stdout);
        for (const source of map.sources ?? []) {
          const shipped = posix.normalize(posix.join(posix.dirname(entry), map.sourceRoot ?? '', source));
          if (!entries.has(shipped)) problems.push(`${entry}: points at ${source}, which is not shipped`);
        }
      }
    }
    if (problems.length > 0) throw new StepError(`${name} tarball:\n  ${problems.join('\n  ')}`);
  });
}

function escapeRegExp(text) {
  return text.replace(/[.+?^${}()|[\]\\]/gu, '\\$&');
}

// Every (subpath, file) an exports map can resolve to, whatever the condition.
function exportTargets(exports, subpath = '.') {
  if (exports === undefined || exports === null) return [];
  if (typeof exports === 'string') return [[subpath, exports]];
  return Object.entries(exports).flatMap(([key, value]) => exportTargets(value, key.startsWith('.') ? key : subpath));
}

await step('npm init -y and npm install the tarballs', () => {
  run('npm', ['init', '-y'], app);
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  if (manifest.type === 'module') throw new StepError('npm init -y wrote "type": "module": not a CommonJS project');
  const files = [...packed.values()].map(({ file }) => file);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...files], app);
  // The core the command line uses must be the packed one, not a copy from the registry.
  const nested = join(app, 'node_modules', '@dti-kit', 'cli', 'node_modules', '@dti-kit', 'core');
  if (existsSync(nested)) throw new StepError(`@dti-kit/cli got its own @dti-kit/core: ${nested}`);
});

const { code, checks } = firstScore();

await step('README "A first score" as ESM (.mjs)', () => {
  writeFileSync(join(app, 'first-score.mjs'), code + printChecks(checks));
  expectPrinted(run('node', ['first-score.mjs'], app).stdout, checks, 'ESM');
  return checks.map(({ expected }) => JSON.stringify(expected)).join(' ');
});

await step('README "A first score" as CommonJS (require, .js in an npm init -y project)', () => {
  writeFileSync(join(app, 'first-score.js'), asCommonJs(code) + printChecks(checks));
  expectPrinted(run('node', ['first-score.js'], app).stdout, checks, 'CommonJS');
});

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const tsconfig = (module) => ({
  compilerOptions: {
    module,
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    strict: true,
    // The packages' declarations are checked by attw in check:package; this is about the consumer's code.
    skipLibCheck: true,
    outDir: `out-${module}`,
  },
  files: ['first-score.ts'],
});

await step('README "A first score" as TypeScript, module nodenext, CommonJS project: compiles and runs', () => {
  writeFileSync(join(app, 'first-score.ts'), code + printChecks(checks));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig('nodenext'), null, 2));
  run('node', [tsc, '-p', 'tsconfig.json'], app);
  const emitted = readFileSync(join(app, 'out-nodenext', 'first-score.js'), 'utf8');
  if (!emitted.includes('require("@dti-kit/core")')) throw new StepError('tsc did not emit require()', emitted);
  expectPrinted(run('node', ['out-nodenext/first-score.js'], app).stdout, checks, 'TypeScript nodenext');
});

await step('TypeScript module node16, CommonJS project: TS1479, as the README says', () => {
  writeFileSync(join(app, 'tsconfig.node16.json'), JSON.stringify(tsconfig('node16'), null, 2));
  const { output } = run('node', [tsc, '-p', 'tsconfig.node16.json'], app, { expectFailure: true });
  if (!output.includes('TS1479')) throw new StepError('expected error TS1479', output);
});

// Every JavaScript entry of every exports map loads both ways (the widgets' too: Lit runs in Node).
const entries = [...packed.entries()].flatMap(([name, { manifest }]) =>
  [...new Set(exportTargets(manifest.exports).map(([subpath]) => subpath))]
    .filter((subpath) => !subpath.includes('*') && !/\.json$/u.test(subpath))
    .map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`)),
);

// The core's entry points, each with the number of run-time names its README section lists (types are
// not seen at run time): an entry dropped from the exports map, or a name lost in the build, fails here.
const coreEntries = {
  '@dti-kit/core': 58,
  '@dti-kit/core/sheets': 14,
  '@dti-kit/core/robustness': 10,
  '@dti-kit/core/methods': 15,
  '@dti-kit/core/present': 16,
};

await step(`every export by import and by require (${entries.length} entries)`, () => {
  const missing = Object.keys(coreEntries).filter((e) => !entries.includes(e));
  if (missing.length) throw new StepError(`not in the exports map: ${missing.join(', ')}`, entries.join('\n'));
  const list = JSON.stringify(entries);
  writeFileSync(
    join(app, 'entries.mjs'),
    `for (const e of ${list}) console.log(e, Object.keys(await import(e)).length);\n`,
  );
  writeFileSync(join(app, 'entries.js'), `for (const e of ${list}) console.log(e, Object.keys(require(e)).length);\n`);
  for (const file of ['entries.mjs', 'entries.js']) {
    const { stdout } = run('node', [file], app);
    const loaded = stdout.trim().split('\n').length;
    if (loaded !== entries.length) throw new StepError(`${file}: ${loaded} of ${entries.length} entries`, stdout);
    const counts = Object.fromEntries(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ')),
    );
    for (const [entry, names] of Object.entries(coreEntries))
      if (Number(counts[entry]) !== names)
        throw new StepError(`${file}: ${entry} has ${counts[entry]} names, not ${names}`, stdout);
  }
  return entries.join(', ');
});

await step('npx dti --help, frameworks, init and score with a preset', () => {
  const help = run('npx', ['--no-install', 'dti', '--help'], app).stdout;
  if (!help.includes('dti score')) throw new StepError('dti --help printed no usage', help);
  const list = run('npx', ['--no-install', 'dti', 'frameworks'], app).stdout;
  if (!list.includes('dti-province-2022')) throw new StepError('dti frameworks does not list dti-province-2022', list);
  run('npx', ['--no-install', 'dti', 'init', 'dti-province-2022', '--out', 'mau.csv'], app);
  // Two provinces on the template's own headers (0–1 per main index, decimal commas as in Excel vi-VN).
  const template = readFileSync(join(app, 'mau.csv'), 'utf8').trimEnd();
  const rows = ['1;ha-noi;Hà Nội;;1;1;1;1;1;1;1;1;1', '2;hue;Huế;;0,5;0,5;0,5;0,5;0,5;0,5;0,5;0,5;0,5'];
  writeFileSync(join(app, 'so-lieu.csv'), `${template}\n${rows.join('\n')}\n`);
  const args = ['--no-install', 'dti', 'score', 'so-lieu.csv', '-f', 'dti-province-2022', '--format', 'json'];
  const table = JSON.parse(run('npx', args, app).stdout);
  // Every main index at its maximum scores the whole scale (0–1); every one at half scores half.
  const units = table.units.map((u) => [u.name, u.value, u.rank]);
  const expected = [
    ['Hà Nội', 1, 1],
    ['Huế', 0.5, 2],
  ];
  expectEqual(units, expected, 'dti score -f dti-province-2022');
});

// ---------------------------------------------------------------------------------------------------
// Vite builds of pages in the consumer project, with the workspace's Vite.

const { build, parseAst } = await import('vite');

// require() refuses a module graph with top-level await (ERR_REQUIRE_ASYNC_MODULE): none may have it,
// including modules the entries above do not reach.
await step('no top-level await in any shipped module', () => {
  const found = [];
  let modules = 0;
  for (const [name, { entries }] of packed) {
    for (const entry of entries) {
      if (!/\.m?js$/u.test(entry) || entry.startsWith('bin/')) continue;
      modules += 1;
      const code = readFileSync(join(app, 'node_modules', name, entry), 'utf8').replace(/^#!.*/u, '');
      const ast = parseAst(code);
      if (hasTopLevelAwait(ast)) found.push(`${name}/${entry}`);
    }
  }
  if (found.length > 0) throw new StepError(`top-level await in:\n  ${found.join('\n  ')}`);
  return `${modules} modules`;
});

function hasTopLevelAwait(node) {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasTopLevelAwait);
  if (/Function/u.test(node.type ?? '')) return false; // an await in a function waits in that function
  if (node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await)) return true;
  return Object.values(node).some(hasTopLevelAwait);
}
// Each preset is recognised in a build by the ids of its nodes that no other preset has (its own id
// is no proof: the loader names every preset).
const presetFolder = join(app, 'node_modules', '@dti-kit', 'core', 'presets');
const nodeIds = new Map(
  readdirSync(presetFolder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const ids = new Set();
      JSON.parse(readFileSync(join(presetFolder, f), 'utf8'), (key, value) => {
        if (key === 'id' && typeof value === 'string') ids.add(value);
        return value;
      });
      return [f.slice(0, -5), ids];
    }),
);
const presetIds = [...nodeIds.keys()];
if (presetIds.length === 0) throw new Error(`no preset JSON in ${presetFolder}`);
const markers = new Map(
  presetIds.map((id) => [
    id,
    [...nodeIds.get(id)].filter(
      // Long ids only: short ones ('dti', tier 'tot') occur in any minified code.
      (node) => node !== id && node.length >= 8 && presetIds.every((o) => o === id || !nodeIds.get(o).has(node)),
    ),
  ]),
);

async function vitePage(name, main) {
  const dir = join(app, 'pages', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html>\n<script type="module" src="./main.js"></script>\n');
  writeFileSync(join(dir, 'main.js'), main);
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, outDir: 'dist' },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const files = outputs.map((o) => ({
    name: o.fileName,
    content: o.type === 'chunk' ? o.code : String(o.source),
    entry: o.type === 'chunk' && o.isEntry,
    dynamic: o.type === 'chunk' && o.isDynamicEntry,
  }));
  // A marker counts as a whole quoted string (a JS literal, or inside JSON.parse("…")), not a substring.
  const quoted = (node) => new RegExp(`["'\`]${escapeRegExp(node)}\\\\?["'\`]`, 'u');
  const presetsIn = (content) => presetIds.filter((id) => markers.get(id).some((node) => quoted(node).test(content)));
  return { files, presetsIn };
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

await step('Vite build of a page that imports score alone: no preset emitted', async () => {
  const { files, presetsIn } = await vitePage(
    'score',
    `import { score } from '@dti-kit/core';\nwindow.dtiScore = score;\n`,
  );
  const stray = files.filter((f) => f.name.endsWith('.json') || presetsIn(f.content).length > 0);
  if (stray.length > 0) {
    throw new StepError(`preset files in the build: ${stray.map((f) => f.name).join(', ')}`);
  }
  const js = files.filter((f) => f.name.endsWith('.js'));
  const raw = js.reduce((sum, f) => sum + f.content.length, 0);
  const zipped = js.reduce((sum, f) => sum + gzip(f.content), 0);
  return `${files.map((f) => f.name).join(', ')}: ${kb(raw)}, ${kb(zipped)} gzip`;
});

await step('Vite build of a page that calls loadPreset: presets in lazy chunks only', async () => {
  const { files, presetsIn } = await vitePage(
    'load-preset',
    `import { loadPreset } from '@dti-kit/core';\nloadPreset('self-assessment-template').then((f) => console.log(f.id));\n`,
  );
  const entry = files.find((f) => f.entry);
  if (presetsIn(entry.content).length > 0) throw new StepError(`the entry chunk holds ${presetsIn(entry.content)}`);
  if (files.some((f) => f.name.endsWith('.json'))) throw new StepError('a preset JSON file is in the build');
  const lazy = files.filter((f) => f.dynamic).flatMap((f) => presetsIn(f.content));
  expectEqual([...lazy].sort(), [...presetIds].sort(), 'presets in lazy chunks');
  return `${lazy.length} lazy chunks, fetched only when asked for`;
});

await step('Vite build of a page that imports one preset: only that one in the build', async () => {
  const one = 'self-assessment-template';
  const { files, presetsIn } = await vitePage(
    'one-preset',
    `import { defineFramework } from '@dti-kit/core';\n` +
      `import preset from '@dti-kit/core/presets/${one}.json' with { type: 'json' };\n` +
      `console.log(defineFramework(preset).id);\n`,
  );
  const found = [...new Set(files.flatMap((f) => presetsIn(f.content)))];
  expectEqual(found, [one], 'presets in the build');
});

if (!keep) rmSync(work, { recursive: true, force: true });
console.log(`consumer test passed in ${seconds(started)}${keep ? ` (kept ${work})` : ''}`);
