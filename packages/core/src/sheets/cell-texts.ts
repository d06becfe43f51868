/**
 * The texts of a sheet's value cells, kept compactly while the rows themselves are let go: a byte per
 * character in a growing buffer and an offset and a length per cell, no object or string per cell.
 * Text beyond Latin-1 or longer than 255 characters (rare in a value cell) is kept as a string. The
 * text comes back as a string only for the few cells an issue names.
 *
 * @example const texts = new CellTexts(); texts.set(0, 1, 3, '97,8%'); texts.get(0, 1, 3) // → '97,8%'
 */
export class CellTexts {
  #chars = new Uint8Array(1 << 16);
  #used = 0;
  /** Where each cell's text starts in `#chars`, at `unit × width + slot`. */
  #starts = new Uint32Array(1 << 12);
  /** Its length; 0 for a cell not kept (or kept as a string). */
  #lengths = new Uint8Array(1 << 12);
  readonly #strings = new Map<number, string>();

  /** Keeps the text of value cell `slot` (of `width` per unit) of unit `unit`. */
  set(unit: number, slot: number, width: number, text: string): void {
    const cell = unit * width + slot;
    if (cell >= this.#starts.length) {
      this.#starts = grow(this.#starts, cell + 1);
      this.#lengths = grow(this.#lengths, cell + 1);
    }
    const end = this.#used + text.length;
    if (text.length > 255 || end > 0xffff_ffff || !latin1(text)) {
      this.#strings.set(cell, text);
      return;
    }
    if (end > this.#chars.length) this.#chars = grow(this.#chars, end);
    for (let i = 0; i < text.length; i++) this.#chars[this.#used + i] = text.charCodeAt(i);
    this.#starts[cell] = this.#used;
    this.#lengths[cell] = text.length;
    this.#used = end;
  }

  /** The text kept for a cell, or `undefined`. */
  get(unit: number, slot: number, width: number): string | undefined {
    const cell = unit * width + slot;
    const string = this.#strings.get(cell);
    if (string !== undefined) return string;
    const length = this.#lengths[cell];
    if (!length) return undefined;
    const start = this.#starts[cell] as number;
    return String.fromCharCode(...this.#chars.subarray(start, start + length));
  }
}

function latin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

/** A copy of the array at least `size` long, doubling so that growing stays linear overall. */
function grow<T extends Uint8Array | Uint32Array>(array: T, size: number): T {
  let length = array.length * 2;
  while (length < size) length *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}
