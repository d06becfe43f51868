import { createHash, type Hash } from 'node:crypto';

/**
 * The data file a result was computed from, as a report states it so a reader can check that the file
 * they hold is the one that was scored: its name (without the directories, which say nothing to the
 * reader and may reveal a private path), its size in bytes and the SHA-256 of its bytes.
 */
export interface DataSource {
  /** File name without directories, e.g. `so-lieu-2024.xlsx`. */
  name: string;
  /** Size in bytes. */
  bytes: number;
  /** SHA-256 of the file's bytes, lowercase hexadecimal (64 characters). */
  sha256: string;
  /** The workbook sheet that was read, when one was chosen with `--sheet`. */
  sheet?: string;
}

/**
 * Describes a data file from its path and the bytes that were read (not read again: what is hashed is
 * what was scored).
 *
 * @example describeSource('/tmp/a.csv', new TextEncoder().encode('abc'))
 * // → { name: 'a.csv', bytes: 3, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }
 */
export function describeSource(path: string, bytes: Uint8Array, sheet?: string): DataSource {
  return {
    name: path.split(/[\\/]/u).pop() ?? path,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(sheet && { sheet }),
  };
}

/**
 * The SHA-256 and size of a file read in chunks, hashed as the chunks come: the same
 * {@link DataSource} as {@link describeSource} gives for the whole file, without holding it.
 *
 * @example const digest = new SourceDigest(); digest.update(chunk); digest.describe('/tmp/a.csv')
 */
export class SourceDigest {
  readonly #hash: Hash = createHash('sha256');
  #bytes = 0;

  /** Adds the next chunk of the file's bytes. */
  update(chunk: Uint8Array): void {
    this.#hash.update(chunk);
    this.#bytes += chunk.length;
  }

  /** The file described, once every chunk is in. */
  describe(path: string, sheet?: string): DataSource {
    return {
      name: path.split(/[\\/]/u).pop() ?? path,
      bytes: this.#bytes,
      sha256: this.#hash.digest('hex'),
      ...(sheet && { sheet }),
    };
  }
}
