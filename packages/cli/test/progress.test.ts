import { describe, expect, it } from 'vitest';
import { Progress } from '../src/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('Progress', () => {
  it('draws a bar on a terminal and clears it when done', () => {
    const { stream, written } = fakeStream(true);
    const p = new Progress(true, stream);
    p.update('đọc dòng', 500, 2000);
    p.update('đọc dòng', 500, 2000); // unchanged: not drawn again
    p.done();
    expect(written).toEqual(['\r██████░░░░░░░░░░░░░░░░░░  25%  đọc dòng\u001b[K', '\r\u001b[K']);
  });
  it('stays silent when the output is not a terminal or when disabled', () => {
    const pipe = fakeStream(false);
    new Progress(true, pipe.stream).update('x', 1, 2);
    const quiet = fakeStream(true);
    new Progress(false, quiet.stream).update('x', 1, 2);
    expect([...pipe.written, ...quiet.written]).toEqual([]);
  });
});
