/**
 * Registers every DTI Kit element: `<dti-gauge>`, `<dti-league-table>`, `<dti-rank-interval>`,
 * `<dti-trend>`, `<dti-map>`, `<dti-scorecard>`, `<dti-weights>`. Safe to load twice.
 * This is the entry of the one-script bundle for portals (`dti-widgets.js`).
 *
 * @example import '@dti-kit/widgets/define.js';
 */
import { DtiGauge } from './gauge/gauge.js';
import { DtiLeagueTable } from './league-table/league-table.js';
import { DtiMap } from './map/map.js';
import { DtiRankInterval } from './rank-interval/rank-interval.js';
import { DtiScorecard } from './scorecard/scorecard.js';
import { defineOnce } from './shared/define.js';
import { DtiTrend } from './trend/trend.js';
import { DtiWeights } from './weights/weights.js';

defineOnce('dti-gauge', DtiGauge);
defineOnce('dti-league-table', DtiLeagueTable);
defineOnce('dti-rank-interval', DtiRankInterval);
defineOnce('dti-trend', DtiTrend);
defineOnce('dti-map', DtiMap);
defineOnce('dti-scorecard', DtiScorecard);
defineOnce('dti-weights', DtiWeights);

export { DtiGauge, DtiLeagueTable, DtiMap, DtiRankInterval, DtiScorecard, DtiTrend, DtiWeights };
