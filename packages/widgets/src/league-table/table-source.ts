import type { DtiIssue, ScoreTable } from '@dti-kit/core';

/** Why a table could not be produced: a sentence and the first problems found. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly issues: readonly DtiIssue[] = [],
  ) {
    super(message);
  }
}

/** True for a score table, as `dti score --format json` writes it. */
export function isScoreTable(input: unknown): input is ScoreTable {
  return typeof input === 'object' && input !== null && (input as ScoreTable).kind === 'dti-score-table';
}

/** Fetches a URL's bytes, turning network and HTTP failures into a LoadError that names the URL. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new LoadError(`${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new LoadError(`${url}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * A score table straight from a URL or an inline JSON block when that is what it holds, without the
 * scoring code; `undefined` when the input is raw data that must be scored.
 */
export function readyTable(json: unknown): ScoreTable | undefined {
  return isScoreTable(json) ? json : undefined;
}
