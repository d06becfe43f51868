// The web-standard globals the engine uses. They exist in browsers, Node ≥ 18 and Web Workers alike;
// declaring just these keeps DOM and Node types out of the engine's typecheck.
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly pathname: string;
  toString(): string;
}
interface ImportMeta {
  readonly url: string;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  // `stream`: a multi-byte character cut between two pieces is kept for the next call.
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
}
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare const performance: { now(): number };
