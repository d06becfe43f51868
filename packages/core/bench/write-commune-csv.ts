// Writes the commune-like CSV of bench/commune-csv.ts to a file, for benchmarks that run the CLI:
// node --import tsx bench/write-commune-csv.ts <file> <megabytes>
import { writeFileSync } from 'node:fs';
import { communeCsv } from './commune-csv.js';

const [file, megabytes = '50'] = process.argv.slice(2);
if (!file) throw new Error('usage: write-commune-csv.ts <file> <megabytes>');
writeFileSync(file, communeCsv(Number(megabytes) * 1024 * 1024));
