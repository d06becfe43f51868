// The messages between the playground and the worker that reads and scores its files.
import type { Framework, ScoreTable } from '@dti-kit/core';
import type { ProblemRow } from './problems.js';

/** Read a file and score it: the worker keeps the result's data for later weights. */
export interface ReadRequest {
  type: 'read';
  file: Blob;
  name: string;
  framework: Framework;
  weights: Record<string, number>;
  locale: 'vi' | 'en';
}

/** Score the file last read again with other pillar weights. */
export interface ScoreRequest {
  type: 'score';
  /** Echoed back, so an answer to weights since moved on is recognised and dropped. */
  id: number;
  weights: Record<string, number>;
}

/** A message to the worker. */
export type WorkerRequest = ReadRequest | ScoreRequest;

/** How many problems of each kind a file has, for the announcement. */
export interface ProblemCounts {
  errors: number;
  /** Indicators without a column in the file. */
  missing: number;
  /** Every other warning. */
  others: number;
  /** The file was refused for one of the browser's limits (size inflated, cells). */
  overLimit: boolean;
}

/** What a read found: the problems to show, and the table when something could be scored. */
export interface ReadReply {
  type: 'read';
  /** The first thousand errors and other warnings, and every column and sheet warning. */
  rows: ProblemRow[];
  /** Errors and other warnings beyond the first thousand: counted, not listed. */
  unlisted: { errors: number; warnings: number };
  counts: ProblemCounts;
  /** Bad cells left out so the rest could be scored, and the names of their units. */
  kept?: { cells: number; units: string[] };
  /** As a score table: a `ScoreResult` keeps its columns in private fields a message cannot carry. */
  result?: ScoreTable;
}

/** The step the worker has reached, shown while the user waits. */
export interface PhaseReply {
  type: 'phase';
  phase: 'reading' | 'scoring';
}

/** The table again, with the weights of the request `id`. */
export interface ScoreReply {
  type: 'score';
  id: number;
  result?: ScoreTable;
}

/** Something the reader did not expect (a message of its own, not a data problem). */
export interface FailureReply {
  type: 'failure';
  message: string;
}

/** A message from the worker. */
export type WorkerReply = ReadReply | PhaseReply | ScoreReply | FailureReply;
