/**
 * Registers `<dti-rank-interval>` alone. The portal bundle loads it when the element first appears on the
 * page, so pages that show only gauges and league tables do not download it.
 *
 * @example import('./define-rank-interval.js');
 */
import { DtiRankInterval } from './rank-interval/rank-interval.js';
import { defineOnce } from './shared/define.js';

defineOnce('dti-rank-interval', DtiRankInterval);

export { DtiRankInterval };
