// The page's side of the worker that reads files: one read at a time, a newer read or a cancel ends
// the one before by ending its worker, which frees everything it held at once.
import type { ScoreTable } from '@dti-kit/core';
import type { PhaseReply, ReadReply, ReadRequest, WorkerReply } from './protocol.js';

/** A read given up for a newer one or by the user: not an error to show. */
export class ReadCancelled extends Error {
  constructor() {
    super('read cancelled');
  }
}

/**
 * Reads and scores files in a module worker. `read` settles with the worker's findings, or rejects with
 * {@link ReadCancelled} when `cancel` (or another `read`) comes first; `score` scores the last file
 * read with new weights, `undefined` when nothing could be scored or the answer is already stale.
 *
 * @example
 * const reader = new FileReaderWorker((phase) => show(phase));
 * const found = await reader.read({ type: 'read', file, name: file.name, framework, weights, locale: 'vi' });
 */
export class FileReaderWorker {
  private worker: Worker | undefined;
  private pending: { reject: (reason: unknown) => void } | undefined;
  private scoreId = 0;
  private scoring = new Map<number, (result: ScoreTable | undefined) => void>();

  constructor(private readonly onPhase: (phase: PhaseReply['phase']) => void) {}

  private start(): Worker {
    const worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    return worker;
  }

  /** Reads a file, ending any read still running; an idle worker is reused (it starts in about half a second). */
  read(request: ReadRequest): Promise<ReadReply> {
    if (this.pending) this.cancel();
    const worker = this.worker ?? this.start();
    return new Promise<ReadReply>((resolve, reject) => {
      this.pending = { reject };
      worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
        if (data.type === 'phase') this.onPhase(data.phase);
        else if (data.type === 'read') {
          this.pending = undefined;
          resolve(data);
        } else if (data.type === 'score') {
          this.scoring.get(data.id)?.(data.result);
          this.scoring.delete(data.id);
        } else if (this.pending) {
          this.pending = undefined;
          reject(new Error(data.message));
        }
      };
      // A worker that dies (out of memory, a script that failed to load) says so here.
      worker.onerror = (event) => {
        event.preventDefault();
        this.pending?.reject(new Error(event.message || 'the reader stopped'));
        this.pending = undefined;
      };
      worker.postMessage(request);
    });
  }

  /** The last file read, scored with `weights`; resolves `undefined` if a newer call came first. */
  score(weights: Record<string, number>): Promise<ScoreTable | undefined> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(undefined);
    const id = ++this.scoreId;
    return new Promise((resolve) => {
      this.scoring.set(id, (result) => resolve(id === this.scoreId ? result : undefined));
      worker.postMessage({ type: 'score', id, weights });
    });
  }

  /** Ends the worker and whatever it was doing; a read in progress rejects with {@link ReadCancelled}. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const resolve of this.scoring.values()) resolve(undefined);
    this.scoring.clear();
    this.pending?.reject(new ReadCancelled());
    this.pending = undefined;
  }
}
