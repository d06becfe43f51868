// The gauge draws only circular arcs, so it writes the SVG commands itself instead of shipping a path
// builder: one small function where d3-path cost every page about 1 KB gzip.

const TAU = 2 * Math.PI;
// Below this an arc is empty, and within it of a full turn it is a whole circle (d3-path's tolerance).
const EPSILON = 1e-6;

/**
 * SVG path commands for a circular arc around (`cx`, `cy`) of radius `r`, from angle `a0` to `a1`
 * (radians clockwise from 3 o'clock, as screen y points down), clockwise unless `counterclockwise`.
 * Starts with `M` to the arc's first point when `from` is `'move'`, with `L` when the arc continues a
 * path. A whole turn is drawn as two half circles, since one SVG arc cannot end where it starts.
 *
 * @example arc(100, 100, 80, -Math.PI, 0, false, 'move') // 'M20,100A80,80,0,1,1,180,100'
 */
export function arc(
  cx: number,
  cy: number,
  r: number,
  a0: number,
  a1: number,
  counterclockwise: boolean,
  from: 'move' | 'line',
): string {
  const point = (a: number) => `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
  const sweep = counterclockwise ? 0 : 1;
  let turn = counterclockwise ? a0 - a1 : a1 - a0;
  if (turn < 0) turn = (turn % TAU) + TAU;
  let d = `${from === 'move' ? 'M' : 'L'}${point(a0)}`;
  if (turn > TAU - EPSILON) {
    const half = counterclockwise ? a0 - Math.PI : a0 + Math.PI;
    d += `A${r},${r},0,1,${sweep},${point(half)}A${r},${r},0,1,${sweep},${point(a0)}`;
  } else if (turn > EPSILON) {
    d += `A${r},${r},0,${turn >= Math.PI ? 1 : 0},${sweep},${point(a1)}`;
  }
  return d;
}
