import { decodeOfficeEscapes, nextTag, textAt } from './xml.js';

/**
 * Collects the text of rich-text content from `from` to the closing tag named `until`: the `<t>` of
 * every run concatenated, phonetic guides (`<rPh>`, furigana) left out, `_xHHHH_` escapes decoded.
 * Returns the text and where scanning stopped (after the closing tag, or the end of the text).
 */
export function richText(xml: string, from: number, until: string): { text: string; end: number } {
  let text = '';
  let inPhonetic = false;
  for (let tag = nextTag(xml, from); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name === until && tag.closing) return { text: decodeOfficeEscapes(text), end: tag.end };
    if (tag.name === 'rPh') inPhonetic = !tag.closing && !tag.selfClosing;
    else if (tag.name === 't' && !tag.closing && !tag.selfClosing && !inPhonetic) {
      const read = textAt(xml, tag.end);
      text += read.text;
    }
  }
  return { text: decodeOfficeEscapes(text), end: xml.length };
}

/**
 * The shared strings of a workbook (xl/sharedStrings.xml), in order, normalised to NFC.
 *
 * @example readSharedStrings('<sst><si><t>Xã Một</t></si></sst>') // ['Xã Một']
 */
export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let tag = nextTag(xml, 0);
  while (tag) {
    if (tag.name === 'si' && !tag.closing) {
      if (tag.selfClosing) out.push('');
      else {
        const read = richText(xml, tag.end, 'si');
        out.push(read.text.normalize('NFC'));
        tag = nextTag(xml, read.end);
        continue;
      }
    }
    tag = nextTag(xml, tag.end);
  }
  return out;
}
