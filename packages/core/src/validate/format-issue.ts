import { type DtiIssue, showValue } from './issue.js';

const where = (issue: DtiIssue) => (issue.cell ? `${issue.cell.sheet}!${issue.cell.column}${issue.cell.row}: ` : '');
const what = (issue: DtiIssue) =>
  [issue.unit && `đơn vị "${issue.unit}"`, issue.indicator && `chỉ số "${issue.indicator}"`].filter(Boolean).join(', ');

const REASONS: Record<string, string> = {
  range: 'là một khoảng, không phải một số: nhập một số (đầu dưới, kèm "trên", nếu đó là ý định)',
  share: 'không phải một tỷ lệ dạng 10/21',
  'share-over-zero': 'là tỷ lệ có mẫu số bằng 0',
  'not-a-value': 'không phải số, tỷ lệ, có/không hay ô trống',
  'number-format': 'không phải số viết theo kiểu Việt Nam (dấu phẩy thập phân, dấu chấm hàng nghìn)',
  'yes-no-in-number': 'là có/không trong cột cần một số',
};

const DOMAINS: Record<string, string> = {
  'non-negative': 'phải ≥ 0 với phương pháp chấm này',
  'yes-no': 'phải là có/không (1 hoặc 0)',
  positive: 'phải > 0 khi lấy logarit',
  'above-minus-one': 'phải > −1 khi lấy log(1 + x)',
};

/**
 * An issue's message in Vietnamese or English. Data issues (what portal editors meet) are translated
 * from their structured fields; framework issues, written for framework authors, stay in English.
 *
 * @example formatIssue(issue, 'vi')
 * // 'Số liệu!D6: "nhiều" của đơn vị "phuc-tho", chỉ số "van-ban-dien-tu" không phải số, tỷ lệ, có/không hay ô trống'
 */
export function formatIssue(issue: DtiIssue, locale: 'vi' | 'en'): string {
  if (locale === 'en') return issue.message;
  const value = issue.value === undefined ? '' : showValue(issue.value);
  const text = issue.cell?.text ?? '';
  switch (issue.code) {
    case 'invalid-value':
      return `${where(issue)}${what(issue)}: giá trị ${value} không phải số, có/không hay ô trống`;
    case 'unknown-indicator':
      return `${where(issue)}đơn vị "${issue.unit ?? ''}": "${issue.indicator ?? ''}" không phải chỉ số hay số liệu gốc của bộ chỉ số`;
    case 'value-out-of-domain':
      return `${where(issue)}${what(issue)}: giá trị ${value} ${DOMAINS[issue.detail ?? ''] ?? 'không hợp lệ'}`;
    case 'duplicate-unit':
      return `${where(issue)}đơn vị "${issue.unit ?? ''}" xuất hiện hai lần`;
    case 'undefined-ratio':
      return `${what(issue)}: mẫu số bằng 0, chỉ số được coi là chưa có số liệu`;
    case 'unreadable-cell':
      return `${where(issue)}"${text}" của ${what(issue)} ${REASONS[issue.detail ?? ''] ?? 'không đọc được'}`;
    case 'bound-value':
      return `${where(issue)}"${text}" là ngưỡng ${issue.detail === 'upper' ? 'trên' : 'dưới'}; giá trị này được dùng như số liệu`;
    case 'unknown-column':
      return `${where(issue)}cột "${text}" không khớp chỉ số hay số liệu gốc nào; cột bị bỏ qua`;
    case 'skipped-row':
      return `${where(issue)}"${text}" là dòng tổng, không phải một đơn vị; dòng bị bỏ qua`;
    case 'missing-unit-id':
      return `${where(issue)}dòng có số liệu nhưng không có mã hay tên đơn vị`;
    case 'no-header':
      return 'không tìm thấy dòng tiêu đề nào khớp với các chỉ số của bộ chỉ số (đã xem 10 dòng đầu)';
    default:
      return issue.message;
  }
}
