// Generates examples/data/communes-2025.csv: 3,321 communes under the 34 provinces of 2025, with the
// self-assessment template's figures written the way commune reports write them (decimal commas,
// "10/21", some bounds and yes/no), and realistic gaps. Seeded: the same file every run.
// Run: pnpm --filter @dti-kit/core exec tsx examples/generate-communes.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { communeName } from '@dti-kit/testing';
import { seeded } from '../bench/synthetic.js';

const COMMUNES = 3321;
const random = seeded(20250701);

const merger = JSON.parse(readFileSync(new URL('./data/province-merger-2025.json', import.meta.url), 'utf8')) as {
  crosswalk: { to: string }[];
};
const provinces = merger.crosswalk.map((c) => c.to);

// Share out the communes: every province gets at least 40, the rest in proportion to a random weight.
const weights = provinces.map(() => 0.5 + random());
const total = weights.reduce((a, b) => a + b, 0);
const counts = weights.map((w) => 40 + Math.floor(((COMMUNES - 40 * provinces.length) * w) / total));
for (let k = 0; counts.reduce((a, b) => a + b, 0) < COMMUNES; k++)
  counts[k % counts.length] = (counts[k % counts.length] as number) + 1;

const decimal = (x: number, digits = 1) => x.toFixed(digits).replace('.', ',');
const thousands = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
const rate = (centre: number, spread: number) => Math.max(0, Math.min(100, centre + (random() - 0.5) * 2 * spread));

const header = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Đơn vị cấp trên',
  'Dân số',
  'Tỷ lệ văn bản trao đổi dưới dạng điện tử',
  'Tỷ lệ văn bản phát hành có ký số',
  'Tỷ lệ cán bộ, công chức xử lý công việc trên môi trường mạng',
  'Tỷ lệ cán bộ, công chức đã kích hoạt chữ ký số',
  'Tỷ lệ cán bộ, công chức sử dụng thư công vụ',
  'Tỷ lệ TTHC tiếp nhận qua hệ thống một cửa điện tử',
  'Tỷ lệ hồ sơ TTHC nộp trực tuyến',
  'Số TTHC cung cấp trực tuyến',
  'Số TTHC trực tuyến toàn trình',
  'Tỷ lệ hồ sơ giải quyết đúng hạn',
  'Tỷ lệ hồ sơ TTHC được số hóa',
  'Số chỉ tiêu chuyển đổi số đạt',
  'Số chỉ tiêu chuyển đổi số được giao',
  'Tỷ lệ phí, lệ phí thu không dùng tiền mặt',
  'Tỷ lệ người dân có tài khoản thanh toán điện tử',
  'Tỷ lệ dân số được phủ sóng 4G',
  'Tỷ lệ thôn, ấp có cáp quang',
  'Số thành viên Tổ công nghệ số cộng đồng',
];

const lines: string[] = [header.join(';')];
let n = 0;
provinces.forEach((province, p) => {
  const names = new Set<string>();
  // Provinces differ: a shift applied to all their communes, so the ranking has structure.
  const level = (random() - 0.5) * 30;
  for (let k = 0; k < (counts[p] as number); k++) {
    let name: string;
    do name = communeName(random);
    while (names.has(name));
    names.add(name);
    n++;
    const skill = level + (random() - 0.5) * 30; // this commune's own level
    const missing = () => random() < 0.12; // a figure not reported
    const cell = (value: () => string) => (missing() ? '' : value());
    const online = 40 + Math.floor(random() * 120);
    const targets = 20 + Math.floor(random() * 20);
    const row = [
      `xa-${String(n).padStart(5, '0')}`,
      name,
      province,
      thousands(3000 + random() * 40000),
      cell(() => `${decimal(rate(85 + skill / 2, 12))}%`),
      cell(() => `${decimal(rate(90 + skill / 2, 10))}%`),
      cell(() => `${decimal(rate(88 + skill / 2, 12))}%`),
      cell(() => (random() < 0.02 ? `trên ${Math.round(rate(70 + skill, 10))}%` : `${decimal(rate(75 + skill, 20))}%`)),
      cell(() => `${decimal(rate(70 + skill, 25))}%`),
      cell(() => `${decimal(rate(95 + skill / 3, 5))}%`),
      cell(() => `${decimal(rate(55 + skill, 30))}%`),
      cell(() => String(online)),
      cell(() => String(Math.round(online * (0.3 + random() * 0.5)))),
      cell(() => `${decimal(rate(96 + skill / 4, 4))}%`),
      cell(() => `${decimal(rate(70 + skill, 25))}%`),
      cell(() => String(Math.round(targets * Math.min(1, 0.7 + random() * 0.3 + skill / 200)))),
      cell(() => String(targets)),
      cell(() => `${decimal(rate(60 + skill, 30))}%`),
      cell(() => (random() < 0.02 ? `hơn ${Math.round(rate(60 + skill, 20))}%` : `${decimal(rate(65 + skill, 25))}%`)),
      cell(() => `${decimal(rate(92 + skill / 3, 8))}%`),
      cell(() => `${decimal(rate(85 + skill / 2, 15))}%`),
      cell(() => thousands(20 + random() * 80)),
    ];
    lines.push(row.join(';'));
  }
});
if (n !== COMMUNES) throw new Error(`generated ${n} communes, not ${COMMUNES}`);
const csv = `\uFEFF${lines.join('\r\n')}\r\n`;
if (process.argv[1]?.endsWith('generate-communes.ts')) {
  writeFileSync(new URL('./data/communes-2025.csv', import.meta.url), csv);
  console.log(`wrote examples/data/communes-2025.csv: ${n} communes in ${provinces.length} provinces`);
}

export { csv as communesCsv };
