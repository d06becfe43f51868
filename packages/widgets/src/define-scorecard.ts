/**
 * Registers `<dti-scorecard>` alone. The portal bundle loads it when the element first appears on the
 * page, so pages without a scorecard do not download it.
 *
 * @example import('./define-scorecard.js');
 */
import { DtiScorecard } from './scorecard/scorecard.js';
import { defineOnce } from './shared/define.js';

defineOnce('dti-scorecard', DtiScorecard);

export { DtiScorecard };
