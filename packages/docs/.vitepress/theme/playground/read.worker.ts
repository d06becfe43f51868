// Reads and scores the playground's files away from the page: a 20 MB CSV takes the core about a
// minute, during which the page must still answer, show where it is, and be able to give up.
import { DtiError, type DtiIssue, type Framework, type PreparedDataset, score, scoreTable } from '@dti-kit/core';
import { readDataset } from '@dti-kit/core/sheets';
import { MAX_CELLS, MAX_INFLATED_BYTES } from './limits.js';
import { problemRows, withoutBadCells } from './problems.js';
import type { ReadReply, WorkerReply, WorkerRequest } from './protocol.js';

interface Held {
  framework: Framework;
  prepared?: PreparedDataset;
}

const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
let held: Held | undefined;

// The page lists 50 errors and 100 other warnings; a 20 MB file can have 400,000 warnings, whose
// rows took a second to cross to the page. The rest are counted, not sent.
const LISTED = 1_000;
const ALWAYS_LISTED = new Set<DtiIssue['code']>(['missing-column', 'unknown-column', 'several-sheets']);

function listedIssues(issues: readonly DtiIssue[]): { listed: DtiIssue[]; unlisted: ReadReply['unlisted'] } {
  const listed: DtiIssue[] = [];
  const unlisted = { errors: 0, warnings: 0 };
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (ALWAYS_LISTED.has(issue.code) && issue.severity === 'warning') listed.push(issue);
    else if (issue.severity === 'error') {
      if (errors++ < LISTED) listed.push(issue);
      else unlisted.errors++;
    } else if (warnings++ < LISTED) listed.push(issue);
    else unlisted.warnings++;
  }
  return { listed, unlisted };
}

async function read(request: Extract<WorkerRequest, { type: 'read' }>): Promise<ReadReply> {
  const { framework, name, locale } = request;
  scope.postMessage({ type: 'phase', phase: 'reading' });
  const bytes = new Uint8Array(await request.file.arrayBuffer());
  // Every bad cell listed (the core lists 1,000 of a kind by default): the table is shown without
  // them, which needs them all. Memory stays bounded by the page's cell limit.
  const r = readDataset(bytes, framework, {
    name,
    maxBytes: MAX_INFLATED_BYTES,
    maxCells: MAX_CELLS,
    issuesOfAKind: MAX_CELLS,
  });
  const rest = r.prepared ? undefined : withoutBadCells(r, framework);
  const prepared = r.prepared ?? rest?.prepared;
  held = prepared ? { framework, prepared } : { framework };
  const errors = r.issues.filter((i) => i.severity === 'error');
  const missing = r.issues.filter((i) => i.severity === 'warning' && i.code === 'missing-column').length;
  const counts = {
    errors: errors.length,
    missing,
    others: r.issues.filter((i) => i.severity === 'warning').length - missing,
    overLimit: errors.some((i) => i.code === 'limit-exceeded' && i.unit === undefined),
  };
  const { listed, unlisted } = listedIssues(r.issues);
  const reply: ReadReply = {
    type: 'read',
    rows: problemRows(listed, r.dataset, framework, locale),
    counts,
    unlisted,
  };
  if (rest) {
    const names = new Map(r.dataset.units.map((u) => [u.id, u.name ?? u.id]));
    reply.kept = { cells: rest.cells, units: rest.units.map((u) => names.get(u) ?? u) };
  }
  if (prepared) {
    scope.postMessage({ type: 'phase', phase: 'scoring' });
    reply.result = scoreTable(score(framework, prepared, { weights: request.weights }));
  }
  return reply;
}

// The language of the last file's messages: a refusal thrown by the reader is told in it too.
let language: 'vi' | 'en' = 'vi';

scope.onmessage = async ({ data }) => {
  try {
    if (data.type === 'read') language = data.locale;
    if (data.type === 'read') scope.postMessage(await read(data));
    else {
      const result = held?.prepared && scoreTable(score(held.framework, held.prepared, { weights: data.weights }));
      scope.postMessage(result ? { type: 'score', id: data.id, result } : { type: 'score', id: data.id });
    }
  } catch (error) {
    const vi = error instanceof DtiError && language === 'vi' ? error.vi : undefined;
    scope.postMessage({ type: 'failure', message: vi ?? (error instanceof Error ? error.message : String(error)) });
  }
};
