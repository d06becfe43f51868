// What the playground reads in a browser tab, and what it sends to the command line instead. The
// core's own limits (200 MB inflated, 20 million cells) are for a computer with memory to spare; a tab
// shares a few hundred megabytes with the page, and the core reads about a thousand rows a second, so
// the playground stops well before that.

/**
 * The largest file the playground reads, in bytes: 20 MB, checked on `File.size` before a byte is
 * read. About 170,000 rows of 30 columns; the largest real file (every commune in the country) is
 * under 2 MB.
 *
 * @example file.size > MAX_FILE_BYTES // true for a 50 MB CSV: refused, with the CLI command instead
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * At most this many bytes once a workbook is inflated (the core's `maxBytes`): 100 MB, five times the
 * file limit, as an .xlsx holds its XML about five to ten times smaller. A zip bomb declaring more is
 * refused before anything is inflated.
 *
 * @example readDataset(bytes, framework, { maxBytes: MAX_INFLATED_BYTES })
 */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

/**
 * At most this many cells in one sheet (the core's `maxCells`): 5 million, about what a 20 MB CSV
 * holds, against the core's 20 million.
 *
 * @example readDataset(bytes, framework, { maxCells: MAX_CELLS })
 */
export const MAX_CELLS = 5_000_000;

/**
 * The command that scores the same file on the user's own computer, the file name quoted for a shell
 * when it holds anything but letters, digits, dots, dashes and underscores.
 *
 * @example cliCommand('so lieu.xlsx', 'self-assessment-template')
 * // 'npx dti score "so lieu.xlsx" -f self-assessment-template'
 */
export function cliCommand(fileName: string, frameworkId: string): string {
  const file = /^[A-Za-z0-9._-]+$/u.test(fileName) ? fileName : `"${fileName.replace(/(["\\$`])/gu, '\\$1')}"`;
  return `npx dti score ${file} -f ${frameworkId}`;
}
