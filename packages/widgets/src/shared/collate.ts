// Vietnamese alphabet order: a ă â b c d đ e ê … o ô ơ … u ư …; letters outside it keep Latin order.
const ALPHABET = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const PRIMARY = new Map<string, string>(ALPHABET.map((letter, k) => [letter, String.fromCharCode(0x61 + k)]));
// Tones sort after the letter, in ICU's Vietnamese order: none, huyền, hỏi, ngã, sắc, nặng.
const TONE: Record<number, string> = { 768: '1', 777: '2', 771: '3', 769: '4', 803: '5' };
const BREVE = 0x306;
const CIRCUMFLEX = 0x302;
const HORN = 0x31b;
const WITH_CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const WITH_HORN: Record<string, string> = { o: 'ơ', u: 'ư' };

const isMark = (code: number) => code >= 0x300 && code <= 0x36f;

/**
 * A sort key whose plain string order is Vietnamese dictionary order (as `Intl.Collator('vi')`): letters
 * first (Đ after D, Ă and Â after A), then tones, then case; punctuation before digits before letters.
 * Comparing keys with `<` is many times faster than calling a collator, which keeps re-sorting 10,000
 * names within a frame.
 *
 * @example ['Đà Nẵng', 'Hà Nội', 'Dak'].sort((a, b) => (collationKey(a) < collationKey(b) ? -1 : 1))
 * // → ['Dak', 'Đà Nẵng', 'Hà Nội']
 */
export function collationKey(text: string): string {
  // Names repeat their syllables ("Xã", "Tân", "Phú"…): key each word once and join.
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const word of text.split(/\s+/u)) {
    if (!word) continue;
    let parts = wordKeys.get(word);
    if (!parts) {
      if (wordKeys.size > 50_000) wordKeys.clear();
      parts = wordKey(word);
      wordKeys.set(word, parts);
    }
    primary += primary ? ` ${parts[0]}` : parts[0];
    secondary += parts[1];
    tertiary += parts[2];
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

const wordKeys = new Map<string, [string, string, string]>();

function wordKey(word: string): [string, string, string] {
  const s = word.normalize('NFD');
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const code = s.charCodeAt(i);
    if (isMark(code)) continue; // marks are read with their base letter below
    const lower = ch.toLowerCase();
    let letter = lower;
    let tone = '0';
    for (let j = i + 1; j < s.length && isMark(s.charCodeAt(j)); j++) {
      const mark = s.charCodeAt(j);
      if (mark === BREVE && letter === 'a') letter = 'ă';
      else if (mark === CIRCUMFLEX) letter = WITH_CIRCUMFLEX[letter] ?? letter;
      else if (mark === HORN) letter = WITH_HORN[letter] ?? letter;
      else tone = TONE[mark] ?? tone;
    }
    const mapped = PRIMARY.get(letter);
    if (mapped !== undefined) {
      primary += mapped;
      secondary += tone;
      tertiary += ch === lower ? '0' : '1';
    } else {
      // Digits before letters, punctuation and symbols before digits, other scripts after (as ICU).
      primary += code >= 48 && code <= 57 ? ch : /\p{L}/u.test(ch) ? `\u00ff${lower}` : `!${ch}`;
      secondary += '0';
      tertiary += '0';
    }
  }
  return [primary, secondary, tertiary];
}
