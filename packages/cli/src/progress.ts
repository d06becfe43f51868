/**
 * A progress bar on standard error, shown only on a terminal and only for work that takes a while, so
 * pipes, files and CI logs stay clean.
 */
export class Progress {
  #active = false;
  #last = '';
  constructor(
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(label: string, done: number, total: number): void {
    if (!this.enabled || !this.stream.isTTY) return;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const cells = 24;
    const full = Math.round(share * cells);
    const line = `${'█'.repeat(full)}${'░'.repeat(cells - full)} ${String(Math.round(share * 100)).padStart(3)}%  ${label}`;
    if (line === this.#last) return;
    this.#last = line;
    this.#active = true;
    this.stream.write(`\r${line}\u001b[K`);
  }

  done(): void {
    if (this.#active) this.stream.write('\r\u001b[K');
    this.#active = false;
  }
}
