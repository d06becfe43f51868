import { describe, expect, it } from 'vitest';
import { trendCellLabel } from '../src/league-table/trend-column.js';

const points = (...values: (number | null)[]) => values.map((value) => ({ value, rank: null }));
const ranks = (...r: (number | null)[]) => r.map((rank) => ({ value: null, rank }));

describe('trendCellLabel', () => {
  it('says each figure and the change from the first to the last, as shown (rounded)', () => {
    // 80,1 − 77,5 = 2,6 (not 2,5999… from the binary values).
    expect(trendCellLabel(points(77.5, 80.1), 'value', 1, 'vi')).to.equal('Chỉ số: 77,5 → 80,1, tăng 2,6');
    expect(trendCellLabel(points(80.1, null, 77.5), 'value', 1, 'en')).to.equal('Index: 80.1 → – → 77.5, down 2.6');
    expect(trendCellLabel(points(0.5, 0.5), 'value', 4, 'vi')).to.equal('Chỉ số: 0,5000 → 0,5000, không đổi');
  });

  it('counts a smaller rank as a gain', () => {
    expect(trendCellLabel(ranks(12, 8, 5), 'rank', 0, 'vi')).to.equal('Hạng: 12 → 8 → 5, lên 7 bậc');
    expect(trendCellLabel(ranks(4, 5), 'rank', 0, 'en')).to.equal('Rank: 4 → 5, down 1 place');
    expect(trendCellLabel(ranks(null, null), 'rank', 0, 'en')).to.equal('no figures over the years');
  });
});
