import type { Framework } from '../schema/framework.js';
import { CsvRecordStream } from './csv-stream.js';
import { finishRead } from './finish-read.js';
import { numberLocale } from './parse-value.js';
import type { ReadDatasetOptions, ReadResult } from './read.js';
import { SheetReader } from './sheet-reader.js';

/**
 * Reads a CSV file given in chunks of text straight into a dataset for a framework, row by row: no
 * sheet of cells, no copy of the whole text, and (in wide layout) no record per unit: values go
 * straight into a column per indicator, handed over as `columnar`. The result is what {@link readDataset} gives for the whole
 * text, issues located at the same cells. A file that is not one record per line of the same number of
 * fields throws {@link IrregularCsv} (from `push` or `finish`): read it whole with `readDataset`, which
 * says what is wrong where. Text may be cut anywhere, inside a quoted field or a line break; decoding
 * bytes is the caller's (`TextDecoder` with `stream: true`), so the core needs nothing of Node.
 *
 * @example
 * const reader = new CsvDatasetReader(framework, { name: 'so-lieu.csv' });
 * for await (const chunk of file.stream().pipeThrough(new TextDecoderStream())) reader.push(chunk);
 * const { prepared, issues } = reader.finish();
 */
export class CsvDatasetReader {
  readonly #framework: Framework;
  readonly #options: ReadDatasetOptions;
  readonly #sheet: SheetReader;
  readonly #records: CsvRecordStream;
  readonly #lines: number[] = [];
  #rows = 0;

  constructor(framework: Framework, options: ReadDatasetOptions = {}) {
    this.#framework = framework;
    this.#options = options;
    this.#sheet = new SheetReader({
      name: options.name ?? 'csv',
      framework,
      locale: numberLocale(options.locale),
      layout: options.layout ?? 'auto',
      strict: options.strict === true,
      issuesOfAKind: options.issuesOfAKind,
      lines: this.#lines,
      delimiter: () => this.#records.delimiter,
      keepTexts: true,
      columns: true,
    });
    this.#records = new CsvRecordStream(
      (row, line) => {
        this.#lines.push(line);
        this.#sheet.push(row);
        this.#rows++;
      },
      { name: options.name ?? 'csv' },
    );
  }

  /** Rows read so far, for progress. */
  get rows(): number {
    return this.#rows;
  }

  /** Reads the next chunk of text. */
  push(chunk: string): void {
    this.#records.push(chunk);
  }

  /** Reads the end of the text and validates the dataset. */
  finish(): ReadResult {
    this.#records.end();
    const { period, strict } = this.#options;
    const read = this.#sheet.finish(true, period);
    return finishRead(read, read.issues, this.#framework, period, strict);
  }
}
