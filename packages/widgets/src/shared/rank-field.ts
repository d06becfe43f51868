/**
 * How many units a table's ranks were counted among: the units with a rank, or the largest rank if
 * that is more. A table that lists only the ranks that were published (Hải Phòng 3rd, Gia Lai 31st,
 * nine ranks in all) was still ranked among 31 or more: "3/9" would misstate the field.
 *
 * @example rankField([1, 3, null, 31]) // → 31
 */
export function rankField(ranks: Iterable<number | null>): number {
  let count = 0;
  let largest = 0;
  for (const rank of ranks) {
    if (rank === null) continue;
    count++;
    if (rank > largest) largest = rank;
  }
  return Math.max(count, largest);
}
