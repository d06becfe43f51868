import type { Indicator } from '../schema/framework.js';
import type { Column } from './column.js';
import { goalposts } from './goalposts.js';
import { minMax } from './min-max.js';
import { percentileRank } from './percentile-rank.js';
import { ratioToBest } from './ratio-to-best.js';
import { steps } from './steps.js';
import { distanceToTarget } from './target.js';
import { logTransform } from './transform.js';
import { yesNo } from './yes-no.js';
import { zScore } from './z-score.js';

/**
 * Scores one indicator's column with its method, after its optional log transform. Goalposts, targets
 * and step thresholds are in the raw unit, so they are transformed along with the values.
 */
export function scoreIndicator(indicator: Indicator, values: Column): Column {
  const direction = indicator.direction ?? 'higher';
  const { method, transform } = indicator;
  const t = transform ? (x: number) => (transform === 'log' ? Math.log(x) : Math.log1p(x)) : (x: number) => x;
  const x = transform ? logTransform(values, transform) : values;
  switch (method.type) {
    case 'minMax':
      return minMax(x, method.range ? { direction, range: method.range } : { direction });
    case 'goalposts':
      return goalposts(x, { min: t(method.min), max: t(method.max), direction });
    case 'target':
      // Distance to target is a ratio of raw values: a log would change its meaning.
      return distanceToTarget(values, { target: indicator.target as number, direction });
    case 'ratioToBest':
      return ratioToBest(values, { direction });
    case 'zScore':
      return zScore(x, {
        direction,
        ...(method.map && { map: method.map }),
        ...(method.limit && { limit: method.limit }),
      });
    case 'percentileRank':
      return percentileRank(x, { direction });
    case 'steps':
      return steps(values, {
        steps: method.steps,
        direction,
        ...(method.otherwise !== undefined && { otherwise: method.otherwise }),
      });
    case 'yesNo':
      return yesNo(values, { direction });
  }
}
