import { attributes, nextTag } from './xml.js';

/** A sheet listed in xl/workbook.xml, with the path of its part. */
export interface WorkbookSheet {
  name: string;
  /** Zip path of the worksheet part, e.g. `xl/worksheets/sheet1.xml`; undefined if not resolvable. */
  path: string | undefined;
}

/** What xl/workbook.xml and its relationships say: the sheets in order, the date system, the shared parts. */
export interface WorkbookParts {
  sheets: WorkbookSheet[];
  /** The 0-based index into `sheets` of the tab the workbook opens on (`<workbookView activeTab>`), default 0. */
  activeTab: number;
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  sharedStrings: string | undefined;
  styles: string | undefined;
}

/** Resolves a relationship target against the workbook's folder (`xl/`). */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const p of `xl/${target}`.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const isTrue = (value: string | undefined) => value === '1' || value === 'true';

/**
 * Reads the workbook part and its relationships.
 *
 * @example readWorkbook(workbookXml, relsXml).sheets[0] // { name: 'Số liệu', path: 'xl/worksheets/sheet1.xml' }
 */
export function readWorkbook(workbookXml: string, relsXml: string | undefined): WorkbookParts {
  const targets = new Map<string, string>();
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  if (relsXml)
    for (let tag = nextTag(relsXml, 0); tag; tag = nextTag(relsXml, tag.end)) {
      if (tag.name !== 'Relationship' || tag.closing) continue;
      const a = attributes(tag.attributeText);
      if (a.get('TargetMode') === 'External') continue;
      const path = resolveTarget(a.get('Target') ?? '');
      targets.set(a.get('Id') ?? '', path);
      const type = a.get('Type') ?? '';
      if (type.endsWith('/sharedStrings')) sharedStrings = path;
      else if (type.endsWith('/styles')) styles = path;
    }
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let activeTab: number | undefined;
  for (let tag = nextTag(workbookXml, 0); tag; tag = nextTag(workbookXml, tag.end)) {
    if (tag.closing) continue;
    if (tag.name === 'workbookPr') date1904 = isTrue(attributes(tag.attributeText).get('date1904'));
    // The first window's tab is the one Excel opens on; later windows are rarely used.
    else if (tag.name === 'workbookView' && activeTab === undefined) {
      const tab = attributes(tag.attributeText).get('activeTab') ?? '0';
      activeTab = /^\d{1,6}$/u.test(tab) ? Number(tab) : 0;
    } else if (tag.name === 'sheet') {
      const a = attributes(tag.attributeText);
      // The relationship id is `r:id` by convention, but the prefix is the writer's choice.
      let id = a.get('r:id');
      if (id === undefined) for (const [key, value] of a) if (key.endsWith(':id')) id = value;
      sheets.push({
        name: (a.get('name') ?? `Sheet${sheets.length + 1}`).normalize('NFC'),
        path: id === undefined ? undefined : targets.get(id),
      });
    }
  }
  return {
    sheets,
    activeTab: activeTab ?? 0,
    date1904,
    sharedStrings: sharedStrings ?? (targets.size === 0 ? 'xl/sharedStrings.xml' : undefined),
    styles: styles ?? (targets.size === 0 ? 'xl/styles.xml' : undefined),
  };
}
