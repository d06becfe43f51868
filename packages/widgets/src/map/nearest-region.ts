/** An arrow key's direction. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** A region's centre on the drawing (x to the east, y to the south). */
export interface Centre {
  id: string;
  x: number;
  y: number;
}

const STEP: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The region an arrow key moves to: among the centres lying in that direction (strictly ahead of the
 * current one), the nearest, where a step to the side counts twice as far as a step ahead, so that
 * ArrowDown prefers the tile below over a nearer one off to the side; of two as costly, the closer in a
 * straight line (from Thanh Hóa, ArrowUp goes to Ninh Bình, one up and one across, rather than to Phú
 * Thọ three rows up). `undefined` at the map's edge.
 *
 * @example nearestInDirection([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 0, y: 1 }, { id: 'c', x: 1, y: 1 }], 'a', 'down') // → 'b'
 */
export function nearestInDirection(centres: readonly Centre[], from: string, direction: Direction): string | undefined {
  const here = centres.find((c) => c.id === from);
  if (!here) return undefined;
  const [dx, dy] = STEP[direction];
  let best: string | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of centres) {
    const ahead = (c.x - here.x) * dx + (c.y - here.y) * dy;
    if (ahead <= 1e-9) continue;
    const aside = Math.abs((c.x - here.x) * dy + (c.y - here.y) * dx);
    const cost = ahead + 2 * aside;
    const distance = Math.hypot(c.x - here.x, c.y - here.y);
    if (cost < bestCost || (cost === bestCost && distance < bestDistance)) {
      bestCost = cost;
      bestDistance = distance;
      best = c.id;
    }
  }
  return best;
}
