/**
 * Registers `<dti-weights>` alone. The portal bundle loads it when the element first appears on the
 * page, so pages without what-if weights do not download it.
 *
 * @example import('./define-weights.js');
 */
import { defineOnce } from './shared/define.js';
import { DtiWeights } from './weights/weights.js';

defineOnce('dti-weights', DtiWeights);

export { DtiWeights };
