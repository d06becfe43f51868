/**
 * Registers `<dti-gauge>` alone: the small bundle for pages that only show gauges.
 *
 * @example import '@dti-kit/widgets/define-gauge.js';
 */
import { DtiGauge } from './gauge/gauge.js';
import { defineOnce } from './shared/define.js';

defineOnce('dti-gauge', DtiGauge);

export { DtiGauge };
