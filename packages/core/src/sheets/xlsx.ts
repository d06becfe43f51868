// Excel workbooks in and out. The reader lives in xlsx/ as small modules (zip, XML scanner, styles,
// shared strings, worksheet); this file is the one door the rest of the engine uses.
export type { ReadXlsxOptions } from './xlsx/limits.js';
export { readXlsx } from './xlsx/read-xlsx.js';
export type { SheetToWrite } from './xlsx/write-xlsx.js';
export { writeXlsx } from './xlsx/write-xlsx.js';
