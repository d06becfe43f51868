/**
 * A parent or peer-group name as one key: NFC, so "Hà Nội" typed with composed letters and "Hà Nội"
 * with combining marks (as some systems export it) are one parent, not two; `''` for none.
 *
 * @example nameKey('Ha\u0300 No\u0323\u0302i') === nameKey('Hà Nội') // → true
 */
export function nameKey(name: string | undefined): string {
  return name?.normalize('NFC') ?? '';
}

/**
 * `nameKey` for the many units of one table, which share a few parents and groups: each distinct name
 * is normalised once.
 *
 * @example const key = nameKeys(); key('Hà Nội') === key('Ha\u0300 No\u0323\u0302i') // → true
 */
export function nameKeys(): (name: string | undefined) => string {
  const seen = new Map<string | undefined, string>();
  return (name) => seen.get(name) ?? (seen.set(name, nameKey(name)).get(name) as string);
}

/**
 * How tied units share a rank in a table, as the core's tie rules rank them: `competition` 1, 2, 2, 4,
 * `dense` 1, 2, 2, 3 or `fractional` 1, 2.5, 2.5, 4 (the core's `ordinal` ranks share none).
 */
export type TableTies = 'competition' | 'dense' | 'fractional';

/**
 * The tie rule ranks within a parent follow: the one the table states (`framework.ties`, as
 * `dti score --format json` writes it), else `guess()` from its ranks (a table of published results
 * typed by hand). Fractional national ranks 2, 2, 2 read as competition ranks: only the stated rule
 * ranks them 3, 3, 3 after a first within their parent. `ordinal` ranks share none, so no rule has a
 * tie to share: it is read as `competition`.
 *
 * @example tableTies('fractional', () => 'competition') // → 'fractional'
 */
export function tableTies(stated: string | undefined, guess: () => TableTies): TableTies {
  if (stated === undefined) return guess();
  return stated === 'ordinal' ? 'competition' : (stated as TableTies);
}

/**
 * The rank the units of a run of `tied` equal ranks take under `ties`, with `before` units and
 * `distinct` ranks of their group ahead of them: 2 (competition, dense) or 2.5 (fractional) for two
 * units tied after one.
 *
 * @example tiedRank('fractional', 1, 1, 2) // → 2.5
 */
export function tiedRank(ties: TableTies, before: number, distinct: number, tied: number): number {
  if (ties === 'dense') return distinct + 1;
  return ties === 'fractional' ? before + (tied + 1) / 2 : before + 1;
}

/**
 * Whether a run of `tied` units sharing `rank` shows the `fractional` rule: a rank that is no whole
 * number (2.5), the mean of an even number of places. Three tied after one (3, 3, 3) read alike under
 * `fractional` and, in a table that lists only some units, under `competition` with a unit left out:
 * they are read as `competition`, Vietnam's practice.
 *
 * @example fractionalRun(2.5, 2) // → true
 */
export function fractionalRun(rank: number, tied: number): boolean {
  return tied > 1 && !Number.isInteger(rank);
}

/**
 * Ranks within groups from `keys` (a group's number × `span` + a national rank; `NaN` unranked) in
 * ascending `order`, where equal ranks of a group are neighbours: each unit's rank by the tie rule
 * `ties`, whether it is shared, and the rule the keys themselves follow (`dense` when a shared rank is
 * followed by the next number: 2, 2, 3; `fractional` when it is the mean of the places its units
 * take: 2.5, 2.5; else `competition`).
 *
 * @example rankRuns(Float64Array.of(1, 2, 2, 3), Int32Array.of(0, 1, 2, 3), 4, 'competition').rule // → 'dense'
 */
export function rankRuns(
  keys: Float64Array,
  order: Int32Array,
  span: number,
  ties: TableTies,
): { within: Float64Array; tied: Uint8Array; rule: TableTies } {
  const n = keys.length;
  const within = new Float64Array(n).fill(Number.NaN);
  const tied = new Uint8Array(n);
  let rule: TableTies = 'competition';
  // Runs of equal keys in order: `before` units and `distinct` ranks of the group come before a run.
  let group = -1;
  let before = 0;
  let distinct = 0;
  for (let start = 0; start < n; ) {
    const key = keys[order[start] as number] as number;
    if (Number.isNaN(key)) break;
    let end = start + 1;
    while (end < n && keys[order[end] as number] === key) end++;
    if (Math.floor(key / span) !== group) {
      group = Math.floor(key / span);
      before = distinct = 0;
    }
    const r = tiedRank(ties, before, distinct, end - start);
    for (let k = start; k < end; k++) {
      within[order[k] as number] = r;
      tied[order[k] as number] = +(end - start > 1);
    }
    if (fractionalRun(key - group * span, end - start)) rule = 'fractional';
    else if (rule !== 'fractional' && end - start > 1 && keys[order[end] as number] === key + 1) rule = 'dense';
    before += end - start;
    distinct++;
    start = end;
  }
  return { within, tied, rule };
}
