import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { framework as fixtureFramework, goalposts, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

const dir = scratch();
const framework = join(dir, 'mot.json');
writeFileSync(
  framework,
  JSON.stringify(fixtureFramework({ precision: 1, children: [indicator('a', { method: goalposts(0, 100) })] })),
);
// Two "Xã Long Phú" in different provinces, two "Xã An Phú" in the same one, and a name of its own.
const data = join(dir, 'trung-ten.json');
writeFileSync(
  data,
  JSON.stringify({
    units: [
      { id: 'xa-00508', name: 'Xã Long Phú', parent: 'Lạng Sơn', values: { a: 90 } },
      { id: 'xa-00865', name: 'Xã Long Phú', parent: 'Nghệ An', values: { a: 80 } },
      { id: 'an-phu-1', name: 'Xã An Phú', parent: 'Huế', values: { a: 70 } },
      { id: 'an-phu-2', name: 'Xã An Phú', parent: 'Huế', values: { a: 60 } },
      { id: 'duc-khanh', name: 'Phường Đức Khánh', parent: 'Hà Nội', values: { a: 50 } },
    ],
  }),
);

describe('units that share a name are told apart in the tables', () => {
  it('the text table adds the parent, else the id, to a repeated name', () => {
    const names = dti('score', data, '-f', framework, '--locale', 'en')
      .out.split('\n')
      .slice(4, 9)
      .map((l) => l.slice(6, 30).trim());
    expect(names).toEqual([
      'Xã Long Phú (Lạng Sơn)',
      'Xã Long Phú (Nghệ An)',
      'Xã An Phú (an-phu-1)',
      'Xã An Phú (an-phu-2)',
      'Phường Đức Khánh',
    ]);
  });

  it('so does the HTML page', () => {
    const html = dti('score', data, '-f', framework, '--format', 'html', '--period', '2024').out;
    expect(html).toContain('<th scope="row" role="rowheader">Xã Long Phú (Nghệ An)</th>');
    expect(html).toContain('<th scope="row" role="rowheader">Xã An Phú (an-phu-2)</th>');
    expect(html).toContain('<th scope="row" role="rowheader">Phường Đức Khánh</th>');
  });
});
