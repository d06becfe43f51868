// Commune-like CSV text for the reading benchmarks: the columns of the self-assessment template
// (semicolon-separated, as Excel writes it in Vietnamese locales), Vietnamese names with diacritics,
// decimal commas, percentages, a few blanks and a quoted name holding the delimiter. Deterministic.
import { seededRandom } from '../dist/robustness.js';

const HEADER = [
  'STT',
  'Mã đơn vị',
  'Tên đơn vị',
  'Đơn vị cấp trên',
  'Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)',
  'Tỷ lệ văn bản phát hành có ký số (%)',
  'Tỷ lệ cán bộ, công chức đã kích hoạt chữ ký số (%)',
  'Tỷ lệ hồ sơ TTHC nộp trực tuyến (%)',
  'Tỷ lệ hồ sơ giải quyết đúng hạn (%)',
  'Số TTHC cung cấp trực tuyến',
  'Số TTHC trực tuyến toàn trình',
  'Tỷ lệ người dân có tài khoản thanh toán điện tử (%)',
  'Tỷ lệ dân số được phủ sóng 4G (%)',
];

const FIRST = ['Phú', 'Tân', 'Long', 'Hòa', 'Bình', 'Thạnh', 'Đông', 'Mỹ', 'Phước', 'Hưng', 'An', 'Trường'];
const SECOND = ['Lộc', 'Thọ', 'Hiệp', 'Đức', 'Xuân', 'Quý', 'Nghĩa', 'Thuận', 'Khánh', 'Định', 'Sơn', 'Hải'];
const PARENTS = ['Tây Ninh', 'Đồng Nai', 'Hà Tĩnh', 'Quảng Trị', 'Cần Thơ', 'Đắk Lắk', 'Lâm Đồng', 'Huế'];

/** A percentage as Vietnamese sheets write it: "97,8", "97,8%" or "100". */
function percent(random: () => number): string {
  const x = Math.round(10 + random() * 900) / 10;
  const text = String(x).replace('.', ',');
  return random() < 0.3 ? `${text}%` : text;
}

/**
 * CSV text of at least `bytes` UTF-16 code units (about as many UTF-8 bytes plus a tenth), a row per
 * commune. Every id is unique; a few cells are empty, a few names are quoted.
 *
 * @example communeCsv(50 * 1024 * 1024).length // ≥ 52,428,800
 */
export function communeCsv(bytes: number, seed = 7): string {
  const random = seededRandom(seed);
  const lines: string[] = [HEADER.join(';')];
  let length = lines[0]?.length ?? 0;
  for (let u = 1; length < bytes; u++) {
    const name = `Xã ${FIRST[u % FIRST.length]} ${SECOND[Math.floor(u / FIRST.length) % SECOND.length]} ${u}`;
    const quoted = u % 97 === 0 ? `"${name}; khu ${u % 7}"` : name;
    const online = 50 + Math.floor(random() * 300);
    const cells = [
      String(u),
      `x${u}`,
      quoted,
      PARENTS[u % PARENTS.length] as string,
      percent(random),
      percent(random),
      random() < 0.05 ? '' : percent(random),
      percent(random),
      percent(random),
      String(online),
      String(Math.floor(online * random())),
      percent(random),
      random() < 0.05 ? '' : percent(random),
    ];
    const line = cells.join(';');
    lines.push(line);
    length += line.length + 2;
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
