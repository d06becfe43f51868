import { isWorkbook } from './csv-stream-input.js';
import { CliError, EXIT } from './errors.js';

/**
 * Refuses `--sheet` on a data file that is no workbook: a CSV file has one sheet, so a sheet named on
 * the command line is a mistake in it (exit 2), told with the file rather than guessed around. `start`
 * is what the file begins with (a workbook starts as a ZIP archive does); a JSON file is not checked here.
 *
 * @example refuseSheetOfCsv('so-lieu.csv', 'Năm 2024', new TextEncoder().encode('Mã')) // throws, exit 2
 */
export function refuseSheetOfCsv(path: string, sheet: string | undefined, start: Uint8Array): void {
  if (sheet === undefined || isWorkbook(start)) return;
  throw new CliError(
    {
      vi: `--sheet "${sheet}": ${path} là tệp CSV, mà tệp CSV chỉ có một trang; bỏ --sheet`,
      en: `--sheet "${sheet}": ${path} is a CSV file, and CSV files have one sheet; leave out --sheet`,
    },
    EXIT.usage,
  );
}
