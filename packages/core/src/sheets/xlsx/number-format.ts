/**
 * What a number format makes of a stored number, as far as reading data is concerned:
 * - `percent`: shown ×100 with a % sign (0.978 shows 97,8%);
 * - `date`, `datetime`, `time`: a date/time serial;
 * - `duration`: elapsed time (`[h]:mm`), which can pass 24 hours;
 * - `boolean`: LibreOffice's `"TRUE";"TRUE";"FALSE"`, how it saves a formula giving yes/no;
 * - `plain`: the number as stored (General, thousands separators, decimals, currency, text).
 */
export type NumberFormatKind = 'plain' | 'percent' | 'date' | 'datetime' | 'time' | 'duration' | 'boolean';

/** Excel's built-in formats that are not plain numbers (ids 0–163 need no `<numFmt>` in styles.xml). */
function builtInKind(id: number): NumberFormatKind {
  if (id === 9 || id === 10) return 'percent';
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
    return 'date';
  if (id === 22) return 'datetime';
  if ((id >= 18 && id <= 21) || id === 45 || id === 47 || id === 32 || id === 33) return 'time';
  if (id === 46) return 'duration';
  return 'plain';
}

/**
 * Classifies a format code by its tokens outside quoted text, `[...]` brackets (colours, conditions,
 * locales), backslash escapes and the `_x` / `*x` padding pairs, over all its sections.
 *
 * @example formatCodeKind('0.0%') // 'percent'
 * @example formatCodeKind('dd/mm/yyyy') // 'date'
 * @example formatCodeKind('#,##0 "m²"') // 'plain'
 */
export function formatCodeKind(code: string): NumberFormatKind {
  if (/^"(?:TRUE|FALSE)";"(?:TRUE|FALSE)";"(?:TRUE|FALSE)"$/iu.test(code.trim())) return 'boolean';
  let bare = '';
  let elapsed = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? code.length : close;
    } else if (ch === '[') {
      const close = code.indexOf(']', i + 1);
      const inside = code.slice(i + 1, close < 0 ? code.length : close);
      if (/^(?:h+|m+|s+)$/iu.test(inside)) elapsed = true;
      i = close < 0 ? code.length : close;
    } else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else bare += ch;
  }
  const tokens = bare.replace(/General/giu, '').replace(/AM\/PM|A\/P/giu, '');
  const hasDate = /[dy]/iu.test(tokens);
  const hasTime = /[hs]/iu.test(tokens);
  const hasMonthOrMinute = /m/iu.test(tokens);
  if (elapsed) return 'duration';
  if (hasDate || (hasMonthOrMinute && !hasTime)) return hasTime ? 'datetime' : 'date';
  if (hasTime) return 'time';
  if (tokens.includes('%')) return 'percent';
  return 'plain';
}

/** The kind of number format `id`, given the custom codes the workbook declares. */
export function numberFormatKind(id: number, custom: ReadonlyMap<number, string>): NumberFormatKind {
  const code = custom.get(id);
  return code === undefined ? builtInKind(id) : formatCodeKind(code);
}
