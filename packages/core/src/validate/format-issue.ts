import { unreportedSentence } from '../missing/unreported.js';
import { coveredCells, readAlike } from './covered-cells.js';
import { formulaInputText } from './formula-input-text.js';
import { clip, type DtiIssue, showValue } from './issue.js';
import { NUMBER_CONVENTION } from './number-convention.js';
import { type UnitIdAt, unitIdPlace } from './unit-ids.js';
import { vi } from './vi-number.js';

const cellName = (issue: DtiIssue) => (issue.cell ? `${issue.cell.sheet}!${issue.cell.column}${issue.cell.row}` : '');
const where = (issue: DtiIssue) => (issue.cell ? `${cellName(issue)}: ` : '');
/** `Số liệu!D6 (cột "Tỷ lệ … (%)"): `, leading the messages that are about one column. */
const whereInColumn = (issue: DtiIssue) =>
  issue.cell ? `${cellName(issue)}${issue.cell.header ? ` (cột "${issue.cell.header}")` : ''}: ` : '';
/** ` (cột "Tỷ lệ … (%)")`, ending a message that already names the cell. */
const column = (issue: DtiIssue) => (issue.cell?.header ? ` (cột "${issue.cell.header}")` : '');
// Ids come from the file: a hostile one is quoted clipped, as the English messages quote it.
const what = (issue: DtiIssue) =>
  [issue.unit && `đơn vị "${clip(issue.unit)}"`, issue.indicator && `chỉ số "${clip(issue.indicator)}"`]
    .filter(Boolean)
    .join(', ');

const REASONS: Record<string, string> = {
  range: 'là một khoảng, không phải một số: nhập một số (đầu dưới, kèm "trên", nếu đó là ý định)',
  share: 'không phải một tỷ lệ dạng 10/21',
  'share-over-zero': 'là tỷ lệ có mẫu số bằng 0',
  'not-a-value': 'không phải số, tỷ lệ, có/không hay ô trống',
  'number-format': `không phải số viết theo ${NUMBER_CONVENTION.vi.vi}: dấu phẩy thập phân, dấu chấm hàng nghìn`,
  // The same under the English convention (`--number-locale en`), whose marks are the other way round.
  'number-format-en': `không phải số viết theo ${NUMBER_CONVENTION.en.vi}: dấu chấm thập phân, dấu phẩy hàng nghìn`,
  'number-spaces':
    'có dấu cách không phân nhóm hàng nghìn theo từng ba chữ số (như "2 528" hay "1 000 000"), nên có thể là hai giá trị trong một ô: hãy nhập một số',
  // The reader writes this message with the word and the whole number; this is for an issue built without it.
  multiplier: 'có chữ nhân con số lên (triệu, nghìn, tỷ, k…), mà chữ không được đọc thành số: hãy viết cả số',
  'letter-for-digit':
    'có chữ cái ngay sau các chữ số, trông như chữ số gõ nhầm thành chữ (O thay cho 0, l hay I thay cho 1): hãy chỉ gõ chữ số',
  population: 'không phải một số người rõ ràng (dân số)',
  ranked: 'không phải có/không (1/0) ở cột xếp hạng',
  'yes-no-in-number': 'là có/không trong cột cần một số',
  date: 'là một ngày tháng, không phải một số: hãy nhập chính con số',
};

const OUTCOMES: Record<string, string> = {
  'full-marks': 'chỉ số này được chấm điểm tối đa',
  'no-marks': 'chỉ số này bị chấm 0 điểm',
  'part-marks': 'chỉ số này vẫn được chấm điểm theo giá trị đó',
  'moves-scale': 'giá trị này làm lệch điểm của mọi đơn vị khác (chấm điểm tương đối)',
  refused: 'bước kiểm tra dữ liệu sẽ từ chối giá trị này',
};

/** "2.528" read as 2528 in a % column: "2.528 là 2528 hay 2,528 %?". */
const reading = (text: string, value: unknown) => {
  const match = /^(\d{1,3})([.,])(\d{3})\s*%?$/u.exec(text.trim());
  if (!match || Number(`${match[1]}${match[3]}`) !== value) return '';
  return ` (${match[1]}${match[2]}${match[3]} là ${value} hay ${match[1]}${match[2] === '.' ? ',' : '.'}${match[3]} %?)`;
};

const DOMAINS: Record<string, string> = {
  'non-negative': 'phải ≥ 0 với phương pháp chấm này',
  'yes-no': 'phải là có/không (1 hoặc 0)',
  positive: 'phải > 0 khi lấy logarit',
  'above-minus-one': 'phải > −1 khi lấy log(1 + x)',
};

/**
 * An issue's message in Vietnamese or English. Data issues (what portal editors meet) are translated
 * from their structured fields and name the cell and its column header as the file shows them;
 * framework issues, written for framework authors, stay in English.
 *
 * @example formatIssue(issue, 'vi')
 * // 'Số liệu!D6: "nhiều" của đơn vị "phuc-tho", chỉ số "van-ban-dien-tu" không phải số, tỷ lệ, có/không
 * //  hay ô trống (cột "Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)")'
 */
export function formatIssue(issue: DtiIssue, locale: 'vi' | 'en'): string {
  if (locale === 'en') return issue.message;
  if (issue.messageVi !== undefined) return issue.messageVi;
  const value = issue.value === undefined ? '' : showValue(issue.value);
  const text = issue.cell?.text ?? '';
  const message = VI_MESSAGES[issue.code]?.(issue, value, text) ?? issue.message;
  return issue.inputs ? `${message}; tính từ ${formulaInputText(issue.inputs, 'vi')}` : message;
}

/**
 * The Vietnamese message of each issue code, from the issue's structured fields; `value` is the value
 * as shown in a message and `text` the cell's text as the file shows it. A code not listed keeps its
 * English message.
 */
const VI_MESSAGES: Partial<Record<DtiIssue['code'], (issue: DtiIssue, value: string, text: string) => string>> = {
  'invalid-value': (issue, value) =>
    issue.detail === 'yes-no-in-number'
      ? `${where(issue)}${what(issue)}: giá trị ${value} là có/không, nhưng chỉ số này cần một số, không phải có/không${column(issue)}`
      : `${where(issue)}${what(issue)}: giá trị ${value} không phải số, có/không hay ô trống${column(issue)}`,
  'unknown-indicator': (issue) =>
    `${where(issue)}đơn vị "${clip(issue.unit ?? '')}": "${clip(issue.indicator ?? '')}" không phải chỉ số hay số liệu gốc của bộ chỉ số`,
  'value-out-of-domain': (issue, value) =>
    `${where(issue)}${what(issue)}: giá trị ${value} ${DOMAINS[issue.detail ?? ''] ?? 'không hợp lệ'}${column(issue)}`,
  'duplicate-unit': (issue) => {
    const { first, second } = (issue.value ?? {}) as { first?: UnitIdAt; second?: UnitIdAt };
    if (!first || !second) return `${where(issue)}đơn vị "${clip(issue.unit ?? '')}" xuất hiện hai lần`;
    const both = `"${clip(first.id)}" (${unitIdPlace(first, 'vi')}) và "${clip(second.id)}" (${unitIdPlace(second, 'vi')})`;
    if (issue.detail === 'width')
      return `${whereInColumn(issue)}mã đơn vị ${both} là cùng một mã khi đọc chữ toàn độ rộng (fullwidth) và các ký tự tương thích khác như ký tự thông thường (Unicode NFKC): một đơn vị được nhập hai lần, hay hai đơn vị không thể phân biệt; hãy viết mã bằng ký tự thông thường, hoặc đặt cho một đơn vị mã khác`;
    return issue.detail === 'case'
      ? `${whereInColumn(issue)}mã đơn vị ${both} chỉ khác nhau ở chữ hoa, chữ thường: một đơn vị được nhập hai lần, hay hai đơn vị không thể phân biệt; hãy viết mã giống nhau ở cả hai nơi, hoặc đặt cho một đơn vị mã khác`
      : `${whereInColumn(issue)}đơn vị "${clip(issue.unit ?? '')}" xuất hiện hai lần: mã ${both} chỉ khác nhau ở dạng Unicode (${FORMS[first.form ?? ''] ?? ''} và ${FORMS[second.form ?? ''] ?? ''}), nên là cùng một mã; hãy giữ một dòng`;
  },
  'undefined-ratio': (issue) =>
    issue.detail === 'overflow'
      ? `${whereInColumn(issue)}${what(issue)}: công thức cho kết quả vượt quá số lớn nhất (khoảng ±1,8e308), chỉ số được coi là chưa có số liệu`
      : `${whereInColumn(issue)}${what(issue)}: mẫu số bằng 0, chỉ số được coi là chưa có số liệu`,
  'unreadable-cell': (issue, _value, text) =>
    `${where(issue)}"${text}" của ${what(issue)} ${REASONS[issue.detail ?? ''] ?? 'không đọc được'}${column(issue)}`,
  'bound-value': (issue, _value, text) =>
    `${where(issue)}"${text}" là ngưỡng ${issue.detail === 'upper' ? 'trên' : 'dưới'}; giá trị này được dùng như số liệu${column(issue)}`,
  'unknown-column': (issue, _value, text) => {
    if (issue.detail === 'no-header') {
      const below = Number(issue.value) > 1 ? ` (và ${Number(issue.value) - 1} ô bên dưới)` : '';
      return `${where(issue)}"${text}"${below} nằm ở cột ${issue.cell?.column ?? ''}, cột không có tiêu đề; cột bị bỏ qua`;
    }
    return `${where(issue)}cột "${text}" không khớp chỉ số hay số liệu gốc nào; cột bị bỏ qua`;
  },
  'duplicate-column': (issue, _value, text) => {
    const first = (issue.value ?? {}) as { column?: string; header?: string };
    const names = issue.indicator
      ? `chỉ số "${issue.indicator}"`
      : `cột ${META_NAMES[issue.detail ?? ''] ?? issue.detail ?? ''} của đơn vị`;
    return `${where(issue)}cột ${first.column ?? ''} "${first.header ?? ''}" và cột ${issue.cell?.column ?? ''} "${text}" cùng là ${names}; không rõ cột nào đúng: hãy đổi tên hoặc xoá một cột (chỉ đọc cột ${first.column ?? ''})`;
  },
  'duplicate-value': (issue, _value, text) => {
    if (issue.detail === 'json-key') {
      const twice = (issue.value ?? {}) as { key?: string; first?: string; second?: string; position?: number };
      const owner =
        issue.unit !== undefined
          ? `đơn vị "${clip(issue.unit)}"`
          : twice.position !== undefined
            ? `đơn vị thứ ${twice.position} (không có mã)`
            : issue.path.length === 0
              ? 'bộ dữ liệu'
              : issue.path.join('.');
      return `${owner}: "${twice.key ?? ''}" được ghi hai lần (${twice.first ?? ''}, rồi ${twice.second ?? ''}) — hãy giữ một`;
    }
    const first = (issue.value ?? {}) as { row?: number; text?: string };
    return `${where(issue)}${what(issue)} được nhập hai lần, "${first.text ?? ''}" ở dòng ${first.row ?? ''} và "${text}" ở dòng ${issue.cell?.row ?? ''}; không rõ dòng nào đúng: hãy giữ một dòng (đọc dòng ${first.row ?? ''})`;
  },
  'merged-cells': (issue) =>
    issue.detail === 'more'
      ? `còn ${showValue(issue.value)} vùng ô gộp khác trong các dòng số liệu; chỉ đọc ô trên cùng bên trái của mỗi vùng`
      : `${where(issue)}các ô ${showText(issue.value)} được gộp: chỉ đọc giá trị của ô ${issue.cell ? `${issue.cell.column}${issue.cell.row}` : ''}; các ô khác của vùng gộp được coi là trống`,
  'skipped-row': (issue, _value, text) =>
    `${where(issue)}"${text}" là dòng tổng, không phải một đơn vị; dòng bị bỏ qua`,
  'missing-unit-id': (issue) => `${where(issue)}dòng có số liệu nhưng không có mã hay tên đơn vị`,
  'cell-error': (issue, _value, text) =>
    issue.unit
      ? `${whereInColumn(issue)}lỗi công thức ${issue.detail ?? text} của ${what(issue)} được coi là chưa có số liệu`
      : `${whereInColumn(issue)}lỗi công thức ${issue.detail ?? text} được coi là ô trống`,
  'suspicious-value': (issue, value, text) => {
    if (issue.detail === 'percent-in-non-percent')
      return `${whereInColumn(issue)}"${text}" của ${what(issue)} là một tỷ lệ phần trăm, nhưng chỉ số này không tính bằng %: được đọc là ${value}`;
    if (issue.detail === 'fractions') {
      const x = Number(issue.value);
      return `mọi giá trị của chỉ số "${issue.labels?.[issue.indicator ?? ''] ?? ''}" (${issue.indicator ?? ''}) đều nằm giữa 0 và 1 trong một cột %: nếu đây là tỷ lệ thập phân, hãy ghi dạng phần trăm (${vi(x)} = ${vi(Math.round(x * 1e6) / 1e4)} %); hiện ${vi(x)} được đọc là ${vi(x)} %`;
    }
    if (issue.detail === 'ambiguous-separator') {
      const comma = text.includes(',');
      const meant = text.trim().replace(comma ? ',' : '.', '');
      return `${whereInColumn(issue)}"${text.trim()}" của ${what(issue)} được đọc là ${vi(Number(issue.value))} (${comma ? 'dấu phẩy là dấu thập phân, theo cách viết số tiếng Việt' : 'dấu chấm là dấu thập phân, theo cách viết số tiếng Anh'}); nếu ý là ${meant}, hãy ghi ${text.trim().replace(comma ? ',' : '.', comma ? '.' : ',')} hoặc ${meant}`;
    }
    if (issue.detail === 'ambiguous-thousands') {
      // A dot read as a thousands mark is the Vietnamese reading; a comma, the English one.
      const dot = text.includes('.');
      return readAlike(
        `${whereInColumn(issue)}"${text.trim()}" của ${what(issue)} được đọc là ${vi(Number(issue.value))} (${dot ? 'dấu chấm phân cách hàng nghìn, theo cách viết số tiếng Việt' : 'dấu phẩy phân cách hàng nghìn, theo cách viết số tiếng Anh'}); nếu ý là số thập phân, hãy ghi ${text.trim().replace(dot ? '.' : ',', dot ? ',' : '.')}; các giá trị khác của cột viết theo cách này cũng được đọc như vậy và không được liệt kê`,
        issue.cells ?? [],
        'vi',
      );
    }
    if (issue.detail === 'fraction-among-percentages' && issue.unit === undefined)
      return `chỉ số "${issue.labels?.[issue.indicator ?? ''] ?? ''}" (${issue.indicator ?? ''}): còn ${String(issue.value)} đơn vị khác có giá trị nằm giữa 0 và 1, mỗi giá trị được đọc như đã ghi (dưới 1 %) và được chấm điểm như vậy, dù các giá trị khác của cột % này lớn hơn 1: nhiều khả năng đó là tỷ lệ thập phân; nếu vậy, hãy ghi dạng phần trăm`;
    if (issue.detail === 'fraction-among-percentages') {
      const x = Number(issue.value);
      const meant = vi(Math.round(x * 1e6) / 1e4);
      return `${whereInColumn(issue)}${what(issue)}: giá trị ${vi(x)} được đọc là ${vi(x)} % như đã ghi và được chấm điểm như vậy, dù các giá trị khác của cột % này lớn hơn 1: nhiều khả năng đây là tỷ lệ thập phân, tức ${meant} %; nếu vậy, hãy ghi ${meant}`;
    }
    if (!issue.cell)
      return `${what(issue)}: giá trị ${value} ${Number(issue.value) < 0 ? 'nhỏ hơn 0 %' : 'ngoài khoảng 0–100 %'}; ${OUTCOMES[issue.detail ?? ''] ?? 'hãy kiểm tra lại'}`;
    return `${whereInColumn(issue)}"${text}" của ${what(issue)} được đọc là ${value} %, ${Number(issue.value) < 0 ? 'nhỏ hơn 0 %' : 'ngoài khoảng 0–100 %'}${reading(text, issue.value)}; ${OUTCOMES[issue.detail ?? ''] ?? 'hãy kiểm tra lại'}`;
  },
  'missing-column': (issue) => {
    const suggestion = issue.cell ? ` (có phải cột "${issue.cell.text}"?)` : '';
    const fields = issue.path
      .slice(1)
      .map((id) => `"${issue.labels?.[String(id)] ?? id}" (${id})`)
      .join(', ');
    const outcome = unreportedSentence(issue.outcome, 'vi');
    if (issue.detail === 'no-values')
      return `không đơn vị nào có số liệu cho chỉ số "${showText(issue.value)}" (${issue.indicator ?? ''}) — ${outcome}`;
    return issue.detail === 'formula-input'
      ? `tệp không có cột cho số liệu gốc ${fields}, dùng để tính chỉ số "${showText(issue.value)}" (${issue.indicator ?? ''}) — ${outcome}${suggestion}`
      : `tệp không có cột cho chỉ số "${showText(issue.value)}" (${issue.indicator ?? ''}) — ${outcome}${suggestion}`;
  },
  'reading-note': (issue, value, text) => readingNote(issue, value, text),
  'malformed-csv': (issue) =>
    `${issue.cell ? `${issue.cell.sheet}, dòng ${issue.cell.row}: ` : ''}${csvProblem(issue)}`,
  'malformed-sheet': (issue) =>
    `${issue.cell ? `${cellName(issue)}: ` : ''}${SHEET_PROBLEMS[issue.detail ?? '']?.(showText(issue.value)) ?? issue.message}`,
  'hidden-row': (issue) => {
    const rows = Array.isArray(issue.value) ? issue.value : [];
    const shown = rows.slice(0, 20).join(', ');
    const more = rows.length > 20 ? ` và ${rows.length - 20} dòng khác` : '';
    return `${issue.cell?.sheet ?? ''}: dòng ${shown}${more} bị ẩn trong tệp và vẫn được đọc như số liệu; hãy bỏ ẩn để kiểm tra`;
  },
  'hidden-column': (issue) => {
    const columns = Array.isArray(issue.value) ? issue.value : [];
    const shown = columns.slice(0, 20).join(', ');
    const more = columns.length > 20 ? ` và ${columns.length - 20} cột khác` : '';
    return `${issue.cell?.sheet ?? ''}: cột ${shown}${more} bị ẩn trong tệp và vẫn được đọc như số liệu; hãy bỏ ẩn để kiểm tra`;
  },
  'several-sheets': (issue) => {
    const { read, sheets } = (issue.value ?? {}) as { read?: string; sheets?: string[] };
    const names = (sheets ?? []).map((n) => `"${n}"`).join(', ');
    return `các trang ${names} đều khớp với bộ chỉ số; đọc trang "${read ?? ''}" (${issue.detail === 'active' ? 'trang đang mở' : 'trang đầu tiên'}) — chọn trang bằng --sheet / tuỳ chọn sheet`;
  },
};

/** The notes on how a column was read: a decimal mark of the other convention, placeholders read as missing. */
function readingNote(issue: DtiIssue, _value: string, text: string): string {
  const t = text.trim();
  if (issue.detail === 'placeholder') {
    const count = Number(issue.value);
    const unit = `đơn vị "${clip(issue.unit ?? '')}"`;
    return count === 1
      ? `${whereInColumn(issue)}1 ô của chỉ số "${issue.indicator ?? ''}" ghi ký hiệu thay cho số liệu, "${t}" (${unit}); ô này được coi là chưa có số liệu, nên quy tắc thiếu số liệu của bộ chỉ số được áp dụng`
      : issue.cells
        ? `${whereInColumn(issue)}ký hiệu được ghi thay cho số liệu của chỉ số "${issue.indicator ?? ''}" ${coveredCells(issue.cells, 'vi')}; các ô này được coi là chưa có số liệu, nên quy tắc thiếu số liệu của bộ chỉ số được áp dụng`
        : `${whereInColumn(issue)}${count} ô của chỉ số "${issue.indicator ?? ''}" ghi ký hiệu thay cho số liệu, ô đầu tiên là "${t}" (${unit}); các ô này được coi là chưa có số liệu, nên quy tắc thiếu số liệu của bộ chỉ số được áp dụng`;
  }
  // The mark read as the decimal one is the number's last: a dot is against the Vietnamese convention.
  const locale = t.lastIndexOf('.') > t.lastIndexOf(',') ? 'vi' : 'en';
  const mark = locale === 'vi' ? 'dấu chấm' : 'dấu phẩy';
  return readAlike(
    `${whereInColumn(issue)}"${t}" của ${what(issue)} được đọc là ${vi(Number(issue.value))}, ${mark} được hiểu là dấu thập phân, khác với ${NUMBER_CONVENTION[locale].vi} dùng để đọc tệp; các giá trị khác của cột có ${mark} thập phân cũng được đọc như vậy và không được liệt kê`,
    issue.cells ?? [],
    'vi',
  );
}

/** The Unicode forms a `duplicate-unit` issue names, in Vietnamese. */
const FORMS: Record<string, string> = {
  NFC: 'dạng dựng sẵn NFC',
  NFD: 'dạng tổ hợp NFD, như máy Mac ghi',
  other: 'dạng chưa chuẩn hoá',
};

const showText = (value: unknown) => (typeof value === 'string' ? value : '');

/** What the workbook reader finds wrong in a worksheet, by `detail`, given the cell or range it names. */
const SHEET_PROBLEMS: Record<string, (at: string) => string> = {
  'beyond-xfd': (at) => `một ô nằm sau cột XFD (${at}) đã bị bỏ qua: Excel không có cột đó`,
  'written-twice': (at) => `ô ${at} xuất hiện hai lần; giá trị sau được giữ`,
  'unknown-shared-string': (at) => `ô ${at} trỏ tới một chuỗi không có trong bảng tính; ô được đọc là trống`,
  'bad-row-reference': (at) => `tham chiếu dòng ${at} không hợp lệ; các ô được đọc như dòng tiếp theo`,
  'bad-cell-reference': (at) => `tham chiếu ô ${at} không hợp lệ; giá trị được đọc ở vị trí tiếp theo`,
  'bad-merged-range': (at) => `vùng gộp ${at} không phải một vùng ô; vùng này bị bỏ qua`,
  'merge-over-values': (at) =>
    `vùng gộp ${at} phủ lên các ô có giá trị riêng; Excel chỉ hiện ô trên cùng bên trái: mọi ô được đọc như trong tệp`,
  more: (at) => `còn ${at} lỗi cùng loại như trên`,
};

/** The unit columns, as `duplicate-column` names them in `detail`. */
const META_NAMES: Record<string, string> = {
  id: 'mã',
  name: 'tên',
  parent: 'cấp trên',
  peerGroup: 'nhóm',
  population: 'dân số',
  ranked: 'xếp hạng',
  indicatorKey: 'chỉ số',
  value: 'giá trị',
};

const CSV_PROBLEMS: Record<string, (issue: DtiIssue) => string> = {
  // 'extra-fields' carries its own Vietnamese message (stray-cells.ts), which names the unit and a decimal comma.
  'short-rows': (issue) =>
    `${Array.isArray(issue.value) && issue.value.length > 1 ? 'các dòng' : 'dòng'} ${Array.isArray(issue.value) ? issue.value.join(', ') : ''} có ít trường hơn dòng tiêu đề; các trường thiếu được coi là trống, và số liệu của dòng ngắn có thể đã bị lệch cột: hãy kiểm tra`,
  'unclosed-quote': () => 'dấu ngoặc kép mở ở đây không bao giờ được đóng; dấu này được đọc như một ký tự thường',
  'quote-across-lines': (issue) =>
    `dấu ngoặc kép mở ở đây kéo dài qua ${showValue(issue.value)} dòng và làm hỏng các dòng số liệu; dấu này được đọc như một ký tự thường`,
  nul: () => 'tệp chứa ký tự NUL (byte 0), không bảng tính nào ghi ký tự này; các ký tự đó đã bị bỏ',
  'mixed-delimiters': (issue) =>
    `tệp dùng lẫn hai dấu phân cách cột (dòng ${Array.isArray(issue.value) ? issue.value.join(', ') : ''}): hãy lưu lại tệp với một dấu phân cách`,
  'more-quotes': (issue) => `còn ${showValue(issue.value)} dấu ngoặc kép không cân bằng khác`,
};

/** The structure problems the CSV reader reports, in Vietnamese. */
function csvProblem(issue: DtiIssue): string {
  return CSV_PROBLEMS[issue.detail ?? '']?.(issue) ?? issue.message;
}
