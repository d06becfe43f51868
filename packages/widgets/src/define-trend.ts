/**
 * Registers `<dti-trend>` alone. The portal bundle loads it when the element first appears on the page,
 * so pages without a trend do not download it.
 *
 * @example import('./define-trend.js');
 */
import { defineOnce } from './shared/define.js';
import { DtiTrend } from './trend/trend.js';

defineOnce('dti-trend', DtiTrend);

export { DtiTrend };
