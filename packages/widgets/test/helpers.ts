import type { ScoreTable } from '@dti-kit/core';
import { commonTiers, scoreTableOf, tableNode, tableUnit } from '@dti-kit/testing';
import type AxeCore from 'axe-core';
// axe-core is a UMD script: importing it installs window.axe.
import 'axe-core';

/** Ids of the axe-core rules an element violates (WCAG 2.x A and AA, best practices). */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: typeof AxeCore }).axe;
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A small score table with Vietnamese names, a tie and an unranked unit. */
export function sampleTable(): ScoreTable {
  const unit = (
    id: string,
    name: string,
    value: number | null,
    rank: number | null,
    parent: string,
    tier: string | null,
    kts: number | null,
  ) =>
    tableUnit(id, name, {
      parent,
      status: rank === null ? 'unscored' : 'ranked',
      value,
      rank,
      tier,
      coverage: rank === null ? 0.1 : 1,
      nodes: { 'kinh-te-so': { value: kts, rank: null } },
    });
  return scoreTableOf(
    [
      unit('phuc-tho', 'Phúc Thọ', 69.6, 2, 'Hà Nội', 'kha', 70),
      unit('dan-phuong', 'Đan Phượng', 69.6, 2, 'Hà Nội', 'kha', 60),
      unit('gia-lam', 'Gia Lâm', 98.9, 1, 'Hà Nội', 'tot', 97.5),
      unit('giong-trom', 'Giồng Trôm', 50.2, 4, 'Bến Tre', 'yeu', 75),
      unit('xss', '<script>window.__pwned = 1</script>Xã Thử', 40, 5, 'Bến Tre', 'yeu', null),
      unit('son-chau', 'Sơn Châu', null, null, 'Hà Tĩnh', null, null),
    ],
    {
      framework: {
        label: { vi: 'Chỉ số chuyển đổi số cấp xã', en: 'Commune digital-transformation index' },
        tiers: commonTiers(),
      },
      period: '2024',
      nodes: [
        tableNode('chi-so', null, 100, 'Chỉ số'),
        tableNode('kinh-te-so', 'chi-so', 30, { vi: 'Kinh tế số', en: 'Digital economy' }),
      ],
    },
  );
}

/** Waits until `check` passes or the time runs out. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Records what is written to `console[level]` (the text of each call) until `restore()`. */
export function spyConsole(level: 'warn' | 'error'): { calls: string[]; restore(): void } {
  const original = console[level];
  const calls: string[] = [];
  console[level] = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return {
    calls,
    restore: () => {
      console[level] = original;
    },
  };
}

/**
 * Replaces `fetch` for the listed paths: each answers with its JSON (or text) body after `delay`
 * milliseconds, ignoring aborts as a slow server would. Other URLs go to the real fetch.
 */
export function stubFetch(
  routes: Record<string, { body: unknown; delay?: number; type?: string; status?: number; unreachable?: boolean }>,
): {
  urls: string[];
  restore(): void;
} {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const route = routes[url];
    if (!route) return original(input, init);
    urls.push(url);
    await new Promise((r) => setTimeout(r, route.delay ?? 0));
    // What a browser does when no response comes (network down, CORS): an English TypeError.
    if (route.unreachable) throw new TypeError('Failed to fetch');
    const text = typeof route.body === 'string' ? route.body : JSON.stringify(route.body);
    return new Response(text, {
      status: route.status ?? 200,
      headers: { 'content-type': route.type ?? 'application/json' },
    });
  };
  return {
    urls,
    restore: () => {
      window.fetch = original;
    },
  };
}
