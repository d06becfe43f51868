// Office Open XML parts use a small, regular subset of XML, so they are read with a forward-only tag
// scanner driven by indexOf: linear in the text, no recursion (deeply nested junk cannot overflow the
// stack), no DOM (absent in Node and workers), and no entity expansion beyond the five predefined
// entities and numeric references (so no billion-laughs).

/** One tag found by {@link nextTag}: its local name (namespace prefix dropped) and where it lies. */
export interface Tag {
  /** Local name: `c` for `<c>`, `<x:c>` and `</c>`. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index of `<`. */
  start: number;
  /** Index just after `>`. */
  end: number;
  /** The text between the name and `>` (attributes). */
  attributeText: string;
}

function isNameEnd(code: number): boolean {
  // whitespace, '/', '>'
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

/**
 * The next element tag at or after `from`, skipping comments, processing instructions, CDATA and
 * declarations; undefined at the end of the text or of a truncated tag.
 */
export function nextTag(xml: string, from: number): Tag | undefined {
  let at = xml.indexOf('<', from);
  while (at >= 0) {
    const next = xml.charCodeAt(at + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const close = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<![CDATA[', at) ? ']]>' : '>';
      const end = xml.indexOf(close, at + 2);
      if (end < 0) return undefined;
      at = xml.indexOf('<', end + close.length);
      continue;
    }
    const gt = xml.indexOf('>', at + 1);
    if (gt < 0) return undefined;
    const closing = next === 0x2f;
    let nameEnd = at + (closing ? 2 : 1);
    while (nameEnd < gt && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const qualified = xml.slice(at + (closing ? 2 : 1), nameEnd);
    const colon = qualified.indexOf(':');
    return {
      name: colon >= 0 ? qualified.slice(colon + 1) : qualified,
      closing,
      selfClosing: xml.charCodeAt(gt - 1) === 0x2f,
      start: at,
      end: gt + 1,
      attributeText: xml.slice(nameEnd, gt),
    };
  }
  return undefined;
}

/**
 * The character data from `from` up to the next tag, with CDATA sections taken literally and
 * entities decoded; `end` is where the next tag starts.
 */
export function textAt(xml: string, from: number): { text: string; end: number } {
  let text = '';
  let at = from;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) return { text: text + decodeEntities(xml.slice(at)), end: xml.length };
    text += decodeEntities(xml.slice(at, lt));
    if (!xml.startsWith('<![CDATA[', lt)) return { text, end: lt };
    const close = xml.indexOf(']]>', lt + 9);
    if (close < 0) return { text: text + xml.slice(lt + 9), end: xml.length };
    text += xml.slice(lt + 9, close);
    at = close + 3;
  }
}

/** Attributes of a tag by qualified name (`r`, `r:id`), values entity-decoded. */
export function attributes(attributeText: string): Map<string, string> {
  // A hand-written loop: this runs for every cell of a sheet, where a regular expression over each
  // tag cost more than the rest of the scan.
  const out = new Map<string, string>();
  let at = 0;
  for (;;) {
    const eq = attributeText.indexOf('=', at);
    if (eq < 0) return out;
    let q = eq + 1;
    while (q < attributeText.length && attributeText.charCodeAt(q) <= 0x20) q++;
    const quote = attributeText[q];
    if (quote !== '"' && quote !== "'") return out;
    const close = attributeText.indexOf(quote, q + 1);
    if (close < 0) return out;
    let nameStart = eq;
    while (nameStart > at && attributeText.charCodeAt(nameStart - 1) <= 0x20) nameStart--;
    const nameEnd = nameStart;
    while (nameStart > at && attributeText.charCodeAt(nameStart - 1) > 0x20) nameStart--;
    const name = attributeText.slice(nameStart, nameEnd);
    if (name && !out.has(name)) out.set(name, decodeEntities(attributeText.slice(q + 1, close)));
    at = close + 1;
  }
}

function codePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Decodes the five predefined entities and numeric character references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]{1,8}|#\d{1,10}|amp|lt|gt|quot|apos);/gu, (whole, ref: string) => {
    if (ref === 'amp') return '&';
    if (ref === 'lt') return '<';
    if (ref === 'gt') return '>';
    if (ref === 'quot') return '"';
    if (ref === 'apos') return "'";
    return codePoint(
      ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10),
      whole,
    );
  });
}

/**
 * Decodes Office's `_xHHHH_` escapes of characters XML cannot carry (`_x000D_` is a carriage
 * return); `_x005F_` escapes an underscore, so `_x005F_x0041_` reads as the literal `_x0041_`.
 */
export function decodeOfficeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
