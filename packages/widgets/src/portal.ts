/**
 * The entry of the portal's ES module bundle (`dti-widgets.js`): registers `<dti-gauge>` and
 * `<dti-league-table>` at once, and `<dti-rank-interval>`, `<dti-trend>`, `<dti-map>`, `<dti-scorecard>` and
 * `<dti-weights>` each when the first one appears in the document,
 * so a page that shows scores downloads only what draws them. Safe to load twice.
 *
 * @example <script type="module" src="dti-widgets.js"></script>
 */
import { DtiGauge } from './gauge/gauge.js';
import { DtiLeagueTable } from './league-table/league-table.js';
import { whenPresent } from './shared/autoload.js';
import { defineOnce } from './shared/define.js';

defineOnce('dti-gauge', DtiGauge);
defineOnce('dti-league-table', DtiLeagueTable);
whenPresent('dti-rank-interval', () => import('./define-rank-interval.js'));
whenPresent('dti-trend', () => import('./define-trend.js'));
whenPresent('dti-map', () => import('./define-map.js'));
whenPresent('dti-scorecard', () => import('./define-scorecard.js'));
whenPresent('dti-weights', () => import('./define-weights.js'));

export { DtiGauge, DtiLeagueTable };
