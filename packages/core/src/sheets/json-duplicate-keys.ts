/** A value as written in the JSON text: where it starts (0-based offset) and its text, clipped. */
export interface JsonValueAt {
  offset: number;
  text: string;
}

/** A key given twice in one JSON object: `JSON.parse` keeps the second value without a word. */
export interface DuplicateJsonKey {
  /** Where the object is, from the document's root: `['units', 0, 'values']`. */
  path: (string | number)[];
  key: string;
  first: JsonValueAt;
  second: JsonValueAt;
}

interface Frame {
  kind: 'object' | 'array';
  /** This container's key or index in its parent; undefined for the root. */
  at: string | number | undefined;
  /** Objects: the keys seen, with their values. */
  keys: Map<string, JsonValueAt> | undefined;
  /** Objects: the key whose value comes next; arrays: the next index. */
  key: string | undefined;
  expectKey: boolean;
  index: number;
  /** Where the container's own text starts, for its value as its parent sees it. */
  start: number;
}

const LONGEST_SHOWN = 40;
/** Enough to say what is wrong; a pathological file must not make the list itself huge. */
const MOST_REPORTED = 100;

const clip = (text: string) => (text.length > LONGEST_SHOWN ? `${text.slice(0, LONGEST_SHOWN - 1)}…` : text);

function decodeKey(raw: string): string {
  try {
    const key: unknown = JSON.parse(raw);
    return typeof key === 'string' ? key : raw;
  } catch {
    return raw.slice(1, -1);
  }
}

/**
 * Finds keys given twice in the same object of a JSON text (`{"a": 10, "a": 90}`), which `JSON.parse`
 * reads silently as the last one. One pass over the text, with an explicit stack instead of
 * recursion, so deeply nested input cannot overflow; it never throws, whatever the text (invalid JSON
 * gives what could be found before the damage). At most 100 duplicates are listed.
 *
 * @example duplicateJsonKeys('{"values": {"a": 10, "a": 90}}')
 * // → [{ path: ['values'], key: 'a', first: { offset: 17, text: '10' }, second: { offset: 26, text: '90' } }]
 */
export function duplicateJsonKeys(text: string): DuplicateJsonKey[] {
  const found: DuplicateJsonKey[] = [];
  const stack: Frame[] = [];
  const complete = (start: number, end: number) => completeValue(stack, found, text, start, end);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      openFrame(stack, c === 0x7b, i);
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      const closed = stack.pop();
      i++;
      if (closed) complete(closed.start, i);
    } else if (c === 0x22) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        top.key = decodeKey(text.slice(i, end));
        top.expectKey = false;
      } else complete(i, end);
      i = end;
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') {
        top.expectKey = true;
        top.key = undefined;
      }
      i++;
    } else if (c === 0x3a || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else {
      // A number, true, false, null (or junk): up to the next structural character or space.
      let j = i + 1;
      while (j < n && !/[\s,:[\]{}"]/u.test(text[j] as string)) j++;
      complete(i, j);
      i = j;
    }
  }
  return found;
}

/** Opens an object or array at `start`, remembering where it lies in its parent. */
function openFrame(stack: Frame[], object: boolean, start: number): void {
  const parent = stack[stack.length - 1];
  stack.push({
    kind: object ? 'object' : 'array',
    at: parent ? (parent.kind === 'array' ? parent.index : parent.key) : undefined,
    keys: object ? new Map() : undefined,
    key: undefined,
    expectKey: object,
    index: 0,
    start,
  });
}

/** Where the string starting at `start` (its opening quote) ends: just past its closing quote, or at the end of the text. */
function stringEnd(text: string, start: number): number {
  const n = text.length;
  let j = start + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d === 0x5c) j += 2;
    else if (d === 0x22) break;
    else j++;
  }
  return Math.min(j + 1, n);
}

/**
 * A value from `start` to `end` is complete: in an array it moves the index on; in an object it is
 * the value of the current key, and a key seen before in that object is listed (up to MOST_REPORTED).
 */
function completeValue(stack: Frame[], found: DuplicateJsonKey[], text: string, start: number, end: number): void {
  const top = stack[stack.length - 1];
  if (!top) return;
  if (top.kind === 'array') {
    top.index++;
    return;
  }
  if (top.key === undefined || !top.keys) return;
  const value = { offset: start, text: clip(text.slice(start, Math.min(end, start + LONGEST_SHOWN + 1))) };
  const first = top.keys.get(top.key);
  if (first && found.length < MOST_REPORTED)
    found.push({
      path: stack.slice(1).map((f) => f.at as string | number),
      key: top.key,
      first,
      second: value,
    });
  else if (!first) top.keys.set(top.key, value);
  top.key = undefined;
}
