// pnpm bench: reading CSV bytes into validated columns (`readDataset`: decoding, records, header,
// cells, units, validation) against a floor on the same bytes in the same process: a hand-written loop
// that decodes the text, splits lines and fields, and reads every value cell with parseFloat into
// columns (it does not unquote: a quoted name holding the delimiter shifts its row, which costs it nothing).
// Printed as MB/s (megabytes of the file per second) and as the ratio of the two times. The parse alone
// (`CsvRecordStream`: decoding and records of cells in NFC, no header, values or validation) is timed
// in the same rounds, so the three figures share the machine's load.
import { loadPreset } from '../dist/index.js';
import { CsvRecordStream, readDataset } from '../dist/sheets.js';
import { communeCsv } from './commune-csv.js';
import { type Timing, timed } from './versus-floor.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The floor: decode, split, parseFloat every value cell (columns 4 on) into a column per header. */
function floorRead(bytes: Uint8Array): Float64Array[] {
  const text = new TextDecoder().decode(bytes);
  const lines = text.split('\r\n');
  const width = (lines[0] as string).split(';').length;
  const columns = Array.from({ length: width - 4 }, () => new Float64Array(lines.length - 1));
  for (let r = 1; r < lines.length; r++) {
    const cells = (lines[r] as string).split(';');
    for (let c = 4; c < width; c++)
      (columns[c - 4] as Float64Array)[r - 1] = Number.parseFloat((cells[c] ?? '').replace(',', '.'));
  }
  return columns;
}

/** The parse alone: decode, then records of cells (counted, so that nothing is optimised away). */
function parseOnly(bytes: Uint8Array): number {
  let cells = 0;
  const stream = new CsvRecordStream((row) => {
    cells += row.length;
  });
  stream.push(new TextDecoder().decode(bytes));
  stream.end();
  return cells;
}

const framework = await loadPreset('self-assessment-template');
console.log('\nReading CSV (readDataset: bytes → validated columns) against a split-and-parseFloat loop, same bytes:');
for (const [label, size, rounds] of [
  ['428 KB', 428 * 1024, 15],
  ['20 MB', 20 * 1024 * 1024, 5],
] as const) {
  const bytes = new TextEncoder().encode(communeCsv(size));
  const check = readDataset(bytes, framework, { name: 'xa.csv' });
  if (!check.prepared) throw new Error(`the benchmark's CSV does not read: ${check.issues[0]?.message}`);
  const a: Timing[] = [];
  const b: Timing[] = [];
  const p: Timing[] = [];
  for (let r = -2; r < rounds; r++) {
    const x = timed(() => readDataset(bytes, framework, { name: 'xa.csv' }));
    const y = timed(() => floorRead(bytes));
    const z = timed(() => parseOnly(bytes));
    if (r < 0) continue;
    a.push(x);
    b.push(y);
    p.push(z);
  }
  const mb = bytes.length / (1024 * 1024);
  const [read, floor, parse] = [a, b, p].map((ts) => median(ts.map((t) => t.wall))) as [number, number, number];
  const rate = (ms: number) => `${ms.toFixed(0)} ms (${((mb * 1000) / ms).toFixed(1)} MB/s)`;
  console.log(
    `  ${label.padEnd(7)} ${check.prepared.units.length.toLocaleString('en')} units: readDataset ${rate(read)}, parse alone ${rate(parse)}, floor ${rate(floor)}: ${(read / floor).toFixed(2)}× and ${(parse / floor).toFixed(2)}× the floor`,
  );
}
