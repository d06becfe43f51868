// pnpm bench (cli): `dti score` on a generated 50 MB CSV of communes, its time and peak memory
// (maximum resident set size, from /usr/bin/time -v). The file is written to a temporary directory
// and removed. `--before <dti.js>` runs another build of the command on the same file, side by side.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const core = join(here, '../../core');
const megabytes = Number(process.env.DTI_BENCH_MB ?? 50);
const dir = mkdtempSync(join(tmpdir(), 'dti-large-csv-'));
const before = process.argv.indexOf('--before');
const commands = [['this build', join(here, '../bin/dti.js')]];
if (before > 0) commands.push(['--before', process.argv[before + 1]]);

/** Peak memory (MB) and wall time (s) of one `dti score` run. */
function measure(dti, file) {
  const out = join(dir, 'scores.csv');
  const run = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, dti, 'score', file, '-f', 'self-assessment-template', '--format', 'csv', '-o', out, '-q'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`dti score failed:\n${run.stderr}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/u.exec(run.stderr)?.[1]) / 1024;
  const [m, s] = (/Elapsed \(wall clock\) time.*: (?:(\d+):)?([\d.]+)/u.exec(run.stderr) ?? []).slice(1);
  return { rss, seconds: Number(m ?? 0) * 60 + Number(s), scores: statSync(out).size };
}

try {
  const file = join(dir, 'communes.csv');
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'bench/write-commune-csv.ts', file, String(megabytes)], {
    cwd: core,
    stdio: 'inherit',
  });
  if (made.status !== 0) throw new Error('could not write the CSV file');
  const size = statSync(file).size / (1024 * 1024);
  console.log(`\ndti score on a ${size.toFixed(1)} MB CSV of communes (peak memory: maximum resident set size):`);
  for (let round = 0; round < 3; round++)
    for (const [label, dti] of commands) {
      const { rss, seconds, scores } = measure(dti, file);
      console.log(
        `  ${label.padEnd(10)} ${seconds.toFixed(1)} s, ${rss.toFixed(0)} MB peak (${(rss / size).toFixed(1)}× the file); scores ${(scores / 1024 / 1024).toFixed(1)} MB`,
      );
    }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
