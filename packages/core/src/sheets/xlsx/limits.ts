import { DtiError } from '../../validate/issue.js';

/** Options of {@link readXlsx}: which sheet to read and the limits that refuse hostile workbooks. */
export interface ReadXlsxOptions {
  /**
   * Read only the sheet of this name (the others are not even decompressed). A workbook without it is
   * refused with a `DtiError` listing the sheets it has.
   */
  sheet?: string;
  /**
   * At most this many bytes decompressed over all the parts read (workbook, relationships, styles,
   * shared strings, sheets), or of CSV text given to `readSheets` / `readDataset`. Default 200 MB: a
   * benchmark workbook of 10,000 units × 100 indicators inflates to about 40 MB.
   */
  maxBytes?: number;
  /**
   * At most this many cells in one sheet, counting the rectangle from A1 to the last row and column
   * holding data. Default 20 million (a 1,048,576-row sheet of 19 columns).
   */
  maxCells?: number;
}

/** The default of {@link ReadXlsxOptions.maxBytes}: 200 MB. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
/** The default of {@link ReadXlsxOptions.maxCells}: 20 million. */
export const DEFAULT_MAX_CELLS = 20_000_000;

/** Excel's own grid: 1,048,576 rows and 16,384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const formatCount = (n: number) => n.toLocaleString('en-US');
// The Vietnamese sentences write numbers as Vietnamese does: 104.857.600.
const countVi = (n: number) => n.toLocaleString('vi-VN');

/** Bytes in megabytes for messages, e.g. 209715200 → "200 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 1) return `${formatCount(bytes)} bytes`;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The running count of decompressed bytes, shared by every part of one workbook. */
export class InflateBudget {
  private used = 0;
  constructor(readonly maxBytes: number) {}

  /** Bytes still allowed. */
  get remaining(): number {
    return this.maxBytes - this.used;
  }

  /** Counts `bytes` more, refusing the workbook once the total passes the limit. */
  spend(bytes: number, part: string): void {
    this.used += bytes;
    if (this.used > this.maxBytes) throw tooLarge(part, this.maxBytes);
  }
}

/** The refusal of a workbook that inflates past `maxBytes`, naming the limit and how to change it. */
export function tooLarge(part: string, maxBytes: number): DtiError {
  return new DtiError(
    `the workbook inflates to more than ${megabytes(maxBytes)} (limit maxBytes = ${formatCount(maxBytes)} bytes, reached in ${part}); a workbook this large is refused before it fills memory: split it, or raise maxBytes if you trust the file`,
    'limit-exceeded',
    `tệp bảng tính giải nén ra hơn ${megabytes(maxBytes)} (giới hạn maxBytes = ${countVi(maxBytes)} byte, vượt tại ${part}); tệp lớn như vậy bị từ chối trước khi làm đầy bộ nhớ: hãy chia nhỏ tệp, hoặc nâng maxBytes nếu tin tưởng tệp`,
  );
}

/** The refusal of a sheet whose data covers more cells than `maxCells`. */
export function tooManyCells(part: string, what: string, cells: number, maxCells: number): DtiError {
  return new DtiError(
    `${part}: ${what} = ${formatCount(cells)} cells, more than the limit of ${formatCount(maxCells)} cells (maxCells); remove stray cells far from the table, or raise maxCells if you trust the file`,
    'limit-exceeded',
    `${part}: ${what} = ${countVi(cells)} ô, vượt giới hạn ${countVi(maxCells)} ô (maxCells); hãy xóa các ô lạc xa bảng số liệu, hoặc nâng maxCells nếu tin tưởng tệp`,
  );
}
