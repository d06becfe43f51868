/**
 * How many units a table's ranks were counted among, per peer group (key `''` when the table has no
 * peer groups), as far as the table says: its `rankedAmong` (a table without peer groups), else the
 * number of ranked units of the group when every unit of it has a rank, else `undefined`. A table of
 * published results that lists only some ranks (Huế 2nd, Gia Lai 31st of 34) does not say how many
 * were ranked, and neither the ranks listed (2) nor the largest rank (31) is the field: the rank is
 * then shown without one. `peer` is each unit's peer-group key, in unit order.
 *
 * @example rankFields({ units: [{ rank: 2 }, { rank: 31 }, { rank: null }] }, ['', '', '']).get('') // → undefined
 * @example rankFields({ rankedAmong: 34, units: [{ rank: 2 }, { rank: null }] }, ['', '']).get('') // → 34
 */
export function rankFields(
  table: { rankedAmong?: number | undefined; units: readonly { rank: number | null }[] },
  peer: readonly string[],
): Map<string, number | undefined> {
  const fields = new Map<string, number | undefined>();
  const partial = new Set<string>();
  table.units.forEach((u, i) => {
    const g = peer[i] as string;
    if (u.rank === null) partial.add(g);
    fields.set(g, (fields.get(g) ?? 0) + (u.rank === null ? 0 : 1));
  });
  for (const g of partial) fields.set(g, undefined);
  // `rankedAmong` counts the units of every peer group together: it is the field only without groups.
  if (table.rankedAmong !== undefined && fields.size === 1 && fields.has('')) fields.set('', table.rankedAmong);
  return fields;
}
