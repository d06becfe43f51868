/**
 * How a cell's text is kept. Most value cells are written as their number is ("97,8", "95", "97,8%"):
 * for those a byte says so and the text is written again from the number when an issue asks for it.
 */
const Kept = {
  None: 0,
  /** The number with a decimal comma, as `vi` writes it: "97,8". */
  Comma: 1,
  CommaPercent: 2,
  /** The number as JavaScript writes it: "97.8". */
  Dot: 3,
  DotPercent: 4,
  /** Latin-1 text in the byte buffer. */
  Bytes: 5,
  /** Any other text, as a string. */
  String: 6,
} as const;
type Kept = (typeof Kept)[keyof typeof Kept];

/** The text a number is written as, with a decimal comma or dot, with or without a `%`. */
function written(value: number, kept: Kept): string {
  const dot = String(value);
  if (kept === Kept.Dot) return dot;
  if (kept === Kept.DotPercent) return `${dot}%`;
  const comma = dot.replace('.', ',');
  return kept === Kept.Comma ? comma : `${comma}%`;
}

/**
 * The decimal separator of a text that is plainly its number as JavaScript writes it (with a comma or
 * a dot for the point): digits, at most one separator, at most fifteen digits (so the text is the
 * shortest that reads as its number), no zero leading the integer part or ending the fraction, no
 * exponent (nothing below 0.000001), and `value` is what the digits say. 0 when not proved so:
 * {@link writtenAs} then compares the text with the number written out, which costs a string.
 */
function plainSeparator(text: string, end: number, value: number): number {
  let digits = 0;
  let whole = 0;
  let point = -1;
  let separator = 0x2e;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      whole = whole * 10 + (c - 0x30);
      digits++;
    } else if ((c === 0x2c || c === 0x2e) && point < 0 && i > 0) {
      point = i;
      separator = c;
    } else return 0;
  }
  const fraction = point < 0 ? 0 : end - point - 1;
  if (digits === 0 || digits > 15 || (point >= 0 && (fraction === 0 || text.charCodeAt(end - 1) === 0x30))) return 0;
  if (text.charCodeAt(0) === 0x30 && (point < 0 ? end > 1 : point > 1)) return 0;
  const read = whole / 10 ** fraction;
  if (whole !== 0 && read < 1e-6) return 0;
  // Two exact integers divided are rounded once: the number the text reads as, to the last bit.
  return read === value ? separator : 0;
}

/** How a number's cell text can be written again from the number, if it can. */
function writtenAs(text: string, value: number): Kept {
  const percent = text.charCodeAt(text.length - 1) === 0x25;
  const separator = plainSeparator(text, percent ? text.length - 1 : text.length, value);
  if (separator === 0x2e) return percent ? Kept.DotPercent : Kept.Dot;
  if (separator === 0x2c) return percent ? Kept.CommaPercent : Kept.Comma;
  const digits = percent ? text.slice(0, -1) : text;
  const dot = String(value);
  if (digits === dot) return percent ? Kept.DotPercent : Kept.Dot;
  if (digits === dot.replace('.', ',')) return percent ? Kept.CommaPercent : Kept.Comma;
  return Kept.None;
}

/**
 * The texts of a sheet's value cells, kept compactly while the rows themselves are let go: a byte per
 * cell saying how, and for the few cells not written as their number ("2.528" for 2528, "có") a byte
 * per character in a growing buffer with an offset and a length, no object or string per cell. Text
 * beyond Latin-1 or longer than 255 characters (rare in a value cell) is kept as a string. The text
 * comes back as a string only for the few cells an issue names, given the value read from it.
 *
 * @example const texts = new CellTexts(); texts.set(0, 1, 3, '97,8%', 97.8); texts.get(0, 1, 3, 97.8) // → '97,8%'
 */
export class CellTexts {
  /** How each cell's text is kept, at `unit × width + slot`. */
  #kept = new Uint8Array(1 << 12);
  #chars: Uint8Array | undefined;
  #used = 0;
  /** Where each cell kept as bytes starts in `#chars`, and its length (made when first needed). */
  #starts: Uint32Array | undefined;
  #lengths: Uint8Array | undefined;
  readonly #strings = new Map<number, string>();

  /** Keeps the text of value cell `slot` (of `width` per unit) of unit `unit`, from which `value` was read. */
  set(unit: number, slot: number, width: number, text: string, value: number | boolean): void {
    const cell = unit * width + slot;
    if (cell >= this.#kept.length) this.#kept = grow(this.#kept, cell + 1);
    const kept = typeof value === 'number' ? writtenAs(text, value) : Kept.None;
    if (kept !== Kept.None) this.#kept[cell] = kept;
    else if (text.length > 255 || this.#used + text.length > 0xffff_ffff || !latin1(text)) {
      this.#strings.set(cell, text);
      this.#kept[cell] = Kept.String;
    } else this.#bytes(cell, text);
  }

  #bytes(cell: number, text: string): void {
    const size = this.#kept.length;
    if (!this.#starts || this.#starts.length < size)
      this.#starts = grow(this.#starts ?? new Uint32Array(1 << 12), size);
    if (!this.#lengths || this.#lengths.length < size)
      this.#lengths = grow(this.#lengths ?? new Uint8Array(1 << 12), size);
    const end = this.#used + text.length;
    let chars = this.#chars ?? new Uint8Array(1 << 16);
    if (end > chars.length) chars = grow(chars, end);
    for (let i = 0; i < text.length; i++) chars[this.#used + i] = text.charCodeAt(i);
    this.#chars = chars;
    this.#starts[cell] = this.#used;
    this.#lengths[cell] = text.length;
    this.#kept[cell] = Kept.Bytes;
    this.#used = end;
  }

  /** The text kept for a cell, or `undefined`; `value` is the one {@link set} was given for it. */
  get(unit: number, slot: number, width: number, value: number | boolean | undefined): string | undefined {
    const cell = unit * width + slot;
    const kept = this.#kept[cell] as Kept | undefined;
    if (kept === undefined || kept === Kept.None) return undefined;
    if (kept === Kept.String) return this.#strings.get(cell);
    if (kept === Kept.Bytes) {
      const start = this.#starts?.[cell] as number;
      return String.fromCharCode(...(this.#chars as Uint8Array).subarray(start, start + (this.#lengths?.[cell] ?? 0)));
    }
    return typeof value === 'number' ? written(value, kept) : undefined;
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
