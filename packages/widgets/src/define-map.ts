/**
 * Registers `<dti-map>` alone. The portal bundle loads it when the element first appears on the page,
 * so pages without a map do not download it.
 *
 * @example import('./define-map.js');
 */
import { DtiMap } from './map/map.js';
import { defineOnce } from './shared/define.js';

defineOnce('dti-map', DtiMap);

export { DtiMap };
