/**
 * How many units a table's ranks were counted among: the units with a rank, or the largest rank if
 * that is more. A table that lists only the ranks that were published (Hải Phòng 3rd, Gia Lai 31st,
 * nine ranks in all) was still ranked among 31 or more: "3/9" would misstate the field.
 *
 * @example rankField([{ rank: 1 }, { rank: 3 }, { rank: null }, { rank: 31 }]) // → 31
 */
export function rankField(units: readonly { rank: number | null }[]): number {
  const ranked = units.filter((u) => u.rank !== null);
  return ranked.reduce((field, u) => Math.max(field, u.rank as number), ranked.length);
}
