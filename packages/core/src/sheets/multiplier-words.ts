/**
 * Words that scale the number before them: "2 triệu" is two million, "1,5 nghìn" fifteen hundred, "3k"
 * three thousand. The reader keeps only the number and drops words after it ("163 tổ"), which made
 * these 2, 1.5 and 3. They are refused instead, with the whole number to write.
 */

/** Each word, lower case and without diacritics, with the factor it means. */
const FACTORS: ReadonlyMap<string, number> = new Map([
  ['nghin', 1e3],
  ['ngan', 1e3],
  // "ng" is as often "người", and "m" metres ("50 m"): refused all the same, since a refusal is read and
  // fixed, where 5 read for "5 m" (five million) would be a wrong number nobody sees.
  ['ng', 1e3],
  ['k', 1e3],
  ['thousand', 1e3],
  ['thousands', 1e3],
  ['trieu', 1e6],
  ['tr', 1e6],
  ['m', 1e6],
  ['mn', 1e6],
  ['million', 1e6],
  ['millions', 1e6],
  ['ty', 1e9],
  ['ti', 1e9],
  ['bn', 1e9],
  ['billion', 1e9],
  ['billions', 1e9],
]);

/** Lower case, without diacritics, "đ" as "d": "Tỷ" and "ty" are the same word. */
function bare(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
}

/** The first word of the text after a number: "tr" in "tr.đồng", "triệu" in "triệu đồng". */
function firstWord(words: string): string {
  return words.trim().split(/[\s./]+/u)[0] ?? '';
}

/**
 * The multiplier that the words after a number start with, as written, and its factor; `undefined`
 * when they start with any other word (a unit such as "hồ sơ", "xã").
 *
 * @example multiplierWord('triệu đồng') // → { word: 'triệu', factor: 1000000 }
 */
export function multiplierWord(words: string): { word: string; factor: number } | undefined {
  const word = firstWord(words);
  const factor = FACTORS.get(bare(word));
  return factor === undefined ? undefined : { word, factor };
}

/**
 * The number a multiplier makes, without the float residue of the product (1,1 × 10^6 is 1100000, not
 * 1100000.0000000002).
 *
 * @example scaled(1.5, 1000) // → 1500
 */
export function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

/** Words that say "percent" ("97,8 phần trăm"): in a % indicator they are its unit, not another one. */
const PERCENT_WORDS = new Set(['phan tram', 'percent', 'per cent', 'pct']);

/**
 * Whether the words after a number say "percent".
 *
 * @example percentWords('phần trăm') // → true; percentWords('người') // → false
 */
export function percentWords(words: string): boolean {
  return PERCENT_WORDS.has(bare(words.trim().replace(/[.\s]+$/u, '')));
}
