/**
 * Registers every DTI Kit element: `<dti-gauge>` and `<dti-league-table>`. Safe to load twice.
 * This is the entry of the one-script bundle for portals (`dti-widgets.js`).
 *
 * @example import '@dti-kit/widgets/define.js';
 */
import { DtiGauge } from './gauge/gauge.js';
import { DtiLeagueTable } from './league-table/league-table.js';
import { defineOnce } from './shared/define.js';

defineOnce('dti-gauge', DtiGauge);
defineOnce('dti-league-table', DtiLeagueTable);

export { DtiGauge, DtiLeagueTable };
