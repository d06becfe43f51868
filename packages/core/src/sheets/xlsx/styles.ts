import { type NumberFormatKind, numberFormatKind } from './number-format.js';
import { attributes, nextTag } from './xml.js';

/**
 * The number-format kind of every cell style (`s` attribute of a cell indexes `<cellXfs>`), read from
 * xl/styles.xml. A workbook without styles shows every number as stored.
 *
 * @example readCellStyles(stylesXml)[3] // 'percent' when the fourth <xf> has numFmtId="9"
 */
export function readCellStyles(xml: string | undefined): NumberFormatKind[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const kinds: NumberFormatKind[] = [];
  let inCellXfs = false;
  let depth = 0;
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name === 'numFmt' && !tag.closing) {
      const a = attributes(tag.attributeText);
      custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
    } else if (tag.name === 'cellXfs') inCellXfs = !tag.closing && !tag.selfClosing;
    else if (inCellXfs && tag.name === 'xf') {
      // An <xf> may hold <alignment/> and <protection/>: only its opening tag counts.
      if (tag.closing) depth--;
      else {
        if (depth === 0)
          kinds.push(numberFormatKind(Number(attributes(tag.attributeText).get('numFmtId') ?? 0), custom));
        if (!tag.selfClosing) depth++;
      }
    }
  }
  return kinds;
}
