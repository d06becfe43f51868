// pnpm start: scores the bundled example data and prints league tables, in Vietnamese.
import { readFileSync } from 'node:fs';
import { type Crosswalk, loadPreset, rollUp, score } from '../dist/index.js';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));
const vi = (digits: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

function table(head: string[], rows: string[][], right: boolean[]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (right[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// 1. DTI 2022: the five leading provinces recomputed from their published main indices.
const dti2022 = await loadPreset('dti-province-2022');
const top5 = score(dti2022, read('dti-2022-top5.json'));
const published: Record<string, number> = {
  'da-nang': 0.8002,
  'ho-chi-minh': 0.7163,
  'quang-ninh': 0.7024,
  'thua-thien-hue': 0.6975,
  'can-tho': 0.6924,
};
console.log(`\n${dti2022.label.vi}\nTop 5 năm 2022, tính lại từ giá trị công bố của các chỉ số chính\n`);
console.log(
  table(
    ['Hạng', 'Tỉnh, thành phố', 'DTI tính lại', 'DTI công bố', 'Nền tảng', 'Hoạt động', 'Xếp loại'],
    top5.units.map((u) => [
      String(u.rank ?? '—'),
      u.name,
      vi(4).format(u.value ?? Number.NaN),
      vi(4).format(published[u.id] ?? Number.NaN),
      vi(4).format(top5.scores('nen-tang')[u.index] ?? Number.NaN),
      vi(4).format(top5.scores('hoat-dong')[u.index] ?? Number.NaN),
      u.tier?.label.vi ?? '—',
    ]),
    [true, false, true, true, true, true, false],
  ),
);
console.log('(Chênh lệch 0,0001 do các chỉ số chính được công bố đã làm tròn 4 chữ số.)');
const daNang = top5.explain('da-nang');
console.log(
  `\nĐà Nẵng: ${vi(1).format(daNang.points ?? 0)} / ${vi(0).format(daNang.maxPoints)} điểm. Điểm còn thiếu theo chỉ số chính:`,
);
for (const pillar of daNang.children ?? [])
  for (const main of pillar.children ?? [])
    if (main.maxPoints > 0)
      console.log(
        `  ${main.label.vi.padEnd(26)} ${vi(1)
          .format(main.points ?? 0)
          .padStart(6)} / ${String(main.maxPoints).padStart(3)}   thiếu ${vi(1).format(main.pointsLost ?? 0)}`,
      );

// 2. DTI 2024 for the 34 merged provinces: the merged value is the mean of the former provinces'.
const merger = read('province-merger-2025.json') as { crosswalk: Crosswalk };
const merged = rollUp(
  [
    { id: 'Đà Nẵng', values: { dti: 0.8335 } },
    { id: 'Quảng Nam', values: { dti: 0.5803 } },
  ],
  merger.crosswalk,
  { method: 'mean', precision: 4 },
);
const newDaNang = merged.units.find((u) => u.id === 'Đà Nẵng');
console.log(
  `\nDTI 2024 theo 34 tỉnh sau sáp nhập: Đà Nẵng mới = (0,8335 + 0,5803) / 2 = ${vi(4).format(newDaNang?.values.dti ?? Number.NaN)}` +
    ` (công bố: 0,7069, hạng 17/34)`,
);

// 3. Self-assessment with the figures districts and communes actually reported in 2024: sparse.
const selfAssessment = await loadPreset('self-assessment-template');
const seeds = score(selfAssessment, read('seeds-2024.json'));
console.log(`\n${selfAssessment.label.vi} (dữ liệu báo chí 2024, thiếu nhiều)\n`);
console.log(
  table(
    ['Hạng', 'Đơn vị', 'Điểm', 'Xếp loại', 'Độ phủ dữ liệu', 'Trạng thái'],
    [...seeds.units]
      .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.name.localeCompare(b.name, 'vi'))
      .map((u) => [
        String(u.rank ?? '—'),
        u.name,
        u.value === null ? '—' : vi(1).format(u.value),
        u.tier?.label.vi ?? '—',
        percent.format(u.coverage),
        u.status === 'unscored' ? 'chưa đủ dữ liệu để chấm' : 'đã xếp hạng',
      ]),
    [true, false, true, false, true, false],
  ),
);
console.log(
  `\nChỉ số không báo cáo được 0 điểm; đơn vị báo cáo dưới ${percent.format(selfAssessment.minCoverage ?? 0)} số chỉ số chưa được chấm (ngưỡng này đặt bằng khoá \`minCoverage\` trong tệp bộ chỉ số).`,
);
console.log('\nChạy `pnpm test` để kiểm thử toàn bộ, `pnpm bench` để đo tốc độ.\n');
