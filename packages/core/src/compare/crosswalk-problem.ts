/**
 * What makes a list crosswalk (`[{ to, from }]`) combine wrong numbers without a word, in Vietnamese and
 * English, or `undefined` when there is nothing: a former unit in two entries (its value would count in
 * both merged units), a former unit listed twice in one entry (it would weigh double in the mean), or
 * two entries for one new unit (the later would replace the earlier, whose members would vanish).
 * A unit split between several new ones cannot be carried over by a mean, so it is refused too.
 *
 * @example crosswalkProblem([{ to: 'TQ', from: ['TQ', 'HG'] }, { to: 'LC', from: ['LC', 'HG'] }])?.en
 * // → 'the former unit "HG" is in two crosswalk entries, "TQ" and "LC": …'
 */
export function crosswalkProblem(
  entries: readonly { to: string; from: readonly string[] }[],
): { vi: string; en: string } | undefined {
  const entryOf = new Map<string, string>();
  const targets = new Set<string>();
  for (const { to, from } of entries) {
    const t = JSON.stringify(to);
    if (targets.has(to))
      return {
        vi: `đơn vị mới ${t} có hai mục trong bảng chuyển đổi: mục sau sẽ thay mục trước; hãy gộp thành một mục { "to": ${t}, "from": [...] }`,
        en: `the new unit ${t} has two crosswalk entries: the later would replace the earlier; make them one entry { "to": ${t}, "from": [...] }`,
      };
    targets.add(to);
    const seen = new Set<string>();
    for (const id of from) {
      const f = JSON.stringify(id);
      if (seen.has(id))
        return {
          vi: `đơn vị cũ ${f} được liệt kê hai lần trong mục của ${t}: giá trị của nó sẽ được tính hai lần; hãy xoá một lần`,
          en: `the former unit ${f} is listed twice in the entry of ${t}: its value would count twice; remove one`,
        };
      seen.add(id);
      const earlier = entryOf.get(id);
      if (earlier !== undefined)
        return {
          vi: `đơn vị cũ ${f} có trong hai mục của bảng chuyển đổi, ${JSON.stringify(earlier)} và ${t}: giá trị của nó sẽ được tính cho cả hai đơn vị mới; mỗi đơn vị cũ chỉ thuộc một mục`,
          en: `the former unit ${f} is in two crosswalk entries, ${JSON.stringify(earlier)} and ${t}: its value would count in both new units; each former unit belongs to one entry`,
        };
      entryOf.set(id, to);
    }
  }
  return undefined;
}
