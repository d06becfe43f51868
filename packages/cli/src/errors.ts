/** Exit codes of `dti`, documented in `dti --help` and the README. */
export const EXIT = {
  ok: 0,
  /** The data or the framework has problems (each is printed). */
  problems: 1,
  /** The command line is wrong: unknown command or option, missing argument. */
  usage: 2,
  /** A file could not be read or written. */
  io: 3,
} as const;

/** An error that ends the command with a given exit code and a message for people. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
