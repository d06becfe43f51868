import { describe, expect, it } from 'vitest';
import { type DtiIssue, defineFramework, type Framework, formatIssue, validateDataset } from '../../src/index.js';
import { plainVietnameseNumber } from '../../src/sheets/parse-value.js';
import { parseValue, readCsv, readDataset, sheetToDataset } from '../../src/sheets.js';
import { group, indicator, percentIndicator, framework as testFramework } from '../helpers.js';

// A hostile cell: far longer than any value or name. Issues quote at most 120 characters of it and an
// ellipsis, so a file with a cell of megabytes does not turn into megabytes of messages.
const HUGE = 1_000_000;
const shown = (ch: string) => `${ch.repeat(120)}…`;

const framework: Framework = defineFramework(
  testFramework({
    id: 'hai-chi-so',
    label: 'Hai chỉ số',
    root: group(
      'root',
      [percentIndicator('ty-le', { label: 'Tỷ lệ hồ sơ trực tuyến' }), indicator('so-ho-so', { label: 'Số hồ sơ' })],
      { label: 'Chỉ số' },
    ),
  }),
);
const HEADER = 'Mã đơn vị;Tên đơn vị;Tỷ lệ hồ sơ trực tuyến (%);Số hồ sơ';
const issuesOf = (text: string) =>
  readDataset(text, framework, { name: 'Số liệu' }).issues.filter((i) => i.code !== 'missing-column');

describe('numbers written in more than 200 characters', () => {
  it('are no value: the plain-number fast path stops at 200 characters', () => {
    expect(plainVietnameseNumber('1'.repeat(200))).toBe(true);
    expect(plainVietnameseNumber('1'.repeat(201))).toBe(false);
    expect(parseValue('1'.repeat(201))).toEqual({
      kind: 'error',
      reason: 'not a number, a share, yes/no or empty',
      problem: 'not-a-value',
    });
    // 251 nines and a decimal: 1e250 before, which a % column only warned about.
    expect(parseValue(`${'9'.repeat(250)},5`).kind).toBe('error');
  });

  it('in a value cell: an unreadable-cell error quoting 120 digits, not a value of Infinity', () => {
    const { dataset, issues } = readDataset(`${HEADER}\nx1;Xã Một;${'1'.repeat(HUGE)};4\nx2;Xã Hai;50;5\n`, framework, {
      name: 'Số liệu',
    });
    expect(dataset.units[0]?.values).toEqual({ 'so-ho-so': 4 });
    expect(issues.map((i) => [i.severity, i.code, i.detail])).toEqual([['error', 'unreadable-cell', 'not-a-value']]);
    const issue = issues[0] as DtiIssue;
    expect(issue.message).toBe(
      `Số liệu!C2: "${shown('1')}" for unit "x1", indicator "ty-le": not a number, a share, yes/no or empty (column "Tỷ lệ hồ sơ trực tuyến (%)")`,
    );
    expect(issue.cell?.text).toBe(shown('1'));
    expect(issue.value).toBe(shown('1'));
  });
});

describe('cell text quoted in issues', () => {
  it('is clipped to 120 characters and an ellipsis, in English and in Vietnamese', () => {
    const issues = issuesOf(`${HEADER}\nx1;Xã Một;${'x'.repeat(HUGE)};4\n`);
    expect(issues).toHaveLength(1);
    const issue = issues[0] as DtiIssue;
    expect(issue.message).toBe(
      `Số liệu!C2: "${shown('x')}" for unit "x1", indicator "ty-le": not a number, a share, yes/no or empty (column "Tỷ lệ hồ sơ trực tuyến (%)")`,
    );
    expect(formatIssue(issue, 'vi')).toBe(
      `Số liệu!C2: "${shown('x')}" của đơn vị "x1", chỉ số "ty-le" không phải số, tỷ lệ, có/không hay ô trống (cột "Tỷ lệ hồ sơ trực tuyến (%)")`,
    );
    expect(JSON.stringify(issue).length).toBeLessThan(1000);
  });

  it('clips a huge unit id named in a duplicate-unit error', () => {
    const id = 'x'.repeat(HUGE);
    const issues = issuesOf(`${HEADER}\n${id};Xã Một;50;4\n${id};Xã Hai;60;5\n`);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['error', 'duplicate-unit']]);
    expect(issues[0]?.message).toBe(
      `Số liệu!A3 (column "Mã đơn vị"): unit "${shown('x')}" already appears in row 2 (Số liệu!A2)`,
    );
    expect(formatIssue(issues[0] as DtiIssue, 'vi').length).toBeLessThan(300);
  });

  it('clips the text of a cell that does not fit in its field (population)', () => {
    const withPopulation = `Mã đơn vị;Tên đơn vị;Dân số;Tỷ lệ hồ sơ trực tuyến (%);Số hồ sơ\nx1;Xã Một;${'y'.repeat(HUGE)};50;4\n`;
    const issues = issuesOf(withPopulation);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['error', 'unreadable-cell']]);
    expect(issues[0]?.message).toBe(
      `Số liệu!C2 (column "Dân số"): "${shown('y')}" for unit "x1" is not a plain number of people`,
    );
    expect(issues[0]?.cell?.text).toBe(shown('y'));
    expect(formatIssue(issues[0] as DtiIssue, 'vi')).toBe(
      `Số liệu!C2: "${shown('y')}" của đơn vị "x1" không phải một số người rõ ràng (dân số) (cột "Dân số")`,
    );
  });

  it('clips a long text value in a JSON dataset named by validation', () => {
    // A dataset (not a framework) written by hand: its point is a megabyte of text where a number goes.
    const result = validateDataset(framework, {
      format: 1,
      units: [{ id: 'x1', name: 'Xã Một', values: { 'ty-le': 'z'.repeat(HUGE) as unknown as number } }],
    });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues;
    const message = issues.map((i) => i.message).join('\n');
    expect(message).toContain(`"${shown('z')}"`);
    expect(message.length).toBeLessThan(1000);
  });

  it('keeps a text of exactly 120 characters whole', () => {
    const issues = sheetToDataset(
      readCsv(`${HEADER}\nx1;Xã Một;${'w'.repeat(120)};4\n`, { name: 'Số liệu' }),
      framework,
    ).issues;
    expect(issues[0]?.cell?.text).toBe('w'.repeat(120));
  });
});
