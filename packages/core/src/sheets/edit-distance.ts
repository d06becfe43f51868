/**
 * Levenshtein distance (insertions, deletions, substitutions), or `undefined` once it exceeds `limit`:
 * stopping early keeps a search over many headers fast.
 *
 * @example editDistance('chu ky so', 'chu ki so', 3) // → 1
 */
export function editDistance(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return undefined;
    previous = current;
  }
  const d = previous[b.length] as number;
  return d <= limit ? d : undefined;
}
