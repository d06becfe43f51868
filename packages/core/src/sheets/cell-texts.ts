/**
 * The texts of a sheet's value cells, kept compactly while the rows themselves are let go: one code
 * unit per character in a growing buffer, an offset per cell, no object or string per cell. The text
 * comes back as a string only for the few cells an issue names.
 *
 * @example const texts = new CellTexts(); texts.set(0, 1, 3, '97,8%'); texts.get(0, 1, 3) // → '97,8%'
 */
export class CellTexts {
  #chars = new Uint16Array(1 << 16);
  #length = 0;
  /** Start and end of each cell's text in `#chars`, at `2 × (unit × width + slot)`; 0, 0 for none. */
  #spans = new Uint32Array(1 << 12);
  /** Texts past the 4 GiB an offset can reach, by cell. */
  readonly #overflow = new Map<number, string>();

  /** Keeps the text of value cell `slot` (of `width` per unit) of unit `unit`. */
  set(unit: number, slot: number, width: number, text: string): void {
    const cell = unit * width + slot;
    if (2 * cell + 2 > this.#spans.length) this.#spans = grow(this.#spans, 2 * cell + 2);
    const end = this.#length + text.length;
    if (end >= 0xffff_ffff) {
      this.#overflow.set(cell, text);
      return;
    }
    if (end > this.#chars.length) this.#chars = grow(this.#chars, end);
    for (let i = 0; i < text.length; i++) this.#chars[this.#length + i] = text.charCodeAt(i);
    this.#spans[2 * cell] = this.#length;
    this.#spans[2 * cell + 1] = end;
    this.#length = end;
  }

  /** The text kept for a cell, or `undefined`. */
  get(unit: number, slot: number, width: number): string | undefined {
    const cell = unit * width + slot;
    const overflow = this.#overflow.get(cell);
    if (overflow !== undefined) return overflow;
    const start = this.#spans[2 * cell];
    const end = this.#spans[2 * cell + 1];
    if (start === undefined || end === undefined || end === 0) return undefined;
    let text = '';
    for (let i = start; i < end; i += 4096)
      text += String.fromCharCode(...this.#chars.subarray(i, Math.min(end, i + 4096)));
    return text;
  }
}

/** A copy of the array at least `size` long, doubling so that growing stays linear overall. */
function grow<T extends Uint16Array | Uint32Array>(array: T, size: number): T {
  let length = array.length * 2;
  while (length < size) length *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}
