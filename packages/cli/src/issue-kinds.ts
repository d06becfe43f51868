import type { IssueCode } from '@dti-kit/core';

/**
 * What each kind of issue is about, in Vietnamese words, for the line that counts the issues of a
 * kind past those shown: a Vietnamese reader is told the kind in words, not by its code name.
 *
 * @example ISSUE_KINDS_VI['bound-value'] // → 'giá trị ghi dạng cận trên/cận dưới, như "trên 75%"'
 */
export const ISSUE_KINDS_VI: Readonly<Record<IssueCode, string>> = {
  'invalid-format': 'sai định dạng',
  'duplicate-id': 'mã trùng nhau',
  'duplicate-unit': 'đơn vị trùng nhau',
  'unknown-reference': 'tham chiếu đến mục không có',
  'unknown-indicator': 'chỉ số không có trong bộ chỉ số',
  'empty-group': 'nhóm không có chỉ số nào',
  'points-mismatch': 'tổng điểm không khớp',
  'zero-weight-group': 'nhóm có trọng số 0',
  'impossible-goalposts': 'ngưỡng chấm điểm không hợp lý',
  'target-outside-scale': 'mục tiêu nằm ngoài thang điểm',
  'tier-outside-scale': 'mức xếp loại nằm ngoài thang điểm',
  'tiers-not-increasing': 'các mức xếp loại không tăng dần',
  'duplicate-tier-minimum': 'hai mức xếp loại cùng điểm bắt đầu',
  'tier-gap': 'khoảng điểm không thuộc mức xếp loại nào',
  deprecated: 'cách viết cũ',
  'missing-target': 'thiếu mục tiêu',
  'missing-points': 'thiếu điểm tối đa',
  'bad-steps': 'bậc chấm điểm không hợp lệ',
  'invalid-value': 'giá trị không hợp lệ',
  'value-out-of-domain': 'giá trị ngoài khoảng cho phép',
  'undefined-ratio': 'tỷ lệ không xác định (mẫu số bằng 0)',
  'constant-indicator': 'chỉ số có cùng giá trị ở mọi đơn vị',
  'unreadable-cell': 'ô không đọc được',
  'unknown-column': 'cột không thuộc bộ chỉ số',
  'bound-value': 'giá trị ghi dạng cận trên/cận dưới, như "trên 75%"',
  'no-header': 'thiếu dòng tiêu đề',
  'missing-unit-id': 'dòng thiếu mã đơn vị',
  'skipped-row': 'dòng bị bỏ qua',
  'cell-error': 'ô có lỗi công thức',
  'missing-column': 'chỉ số không có cột trong tệp',
  'suspicious-value': 'giá trị đáng ngờ',
  'malformed-sheet': 'trang tính hỏng',
  'malformed-csv': 'tệp CSV sai cấu trúc',
  'limit-exceeded': 'vượt giới hạn kích thước',
  'hidden-row': 'dòng bị ẩn',
  'hidden-column': 'cột bị ẩn',
  'duplicate-column': 'cột trùng nhau',
  'duplicate-value': 'giá trị trùng nhau',
  'merged-cells': 'ô gộp',
  'several-sheets': 'tệp có nhiều trang tính',
  'reading-note': 'ghi chú về cách đọc ô',
  'look-alike-unit': 'tên đơn vị gần giống nhau',
  'degenerate-scenario': 'kịch bản phân tích bị loại',
};
