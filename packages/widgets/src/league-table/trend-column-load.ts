// Loads the league table's "Xu hướng" column (trend-column.ts) on demand, apart from the table so the
// classic script can put a module without it in its place (see trend-column-unavailable.ts).

/**
 * Gives `table` its "Xu hướng" column, loading the column's code the first time.
 *
 * @example void loadTrendColumn(document.querySelector('dti-league-table') as DtiLeagueTable);
 */
export const loadTrendColumn = (
  table: Parameters<typeof import('./trend-column.js').attachTrendColumn>[0],
): Promise<void> => import('./trend-column.js').then((m) => m.attachTrendColumn(table));
