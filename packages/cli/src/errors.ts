import type { Locale } from './options.js';

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

/**
 * A message in the two languages `dti` speaks. Which one is printed follows `--locale` (Vietnamese
 * unless `--locale en`), as the data messages do.
 *
 * @example { vi: 'không tìm thấy tệp so-lieu.xlsx', en: 'so-lieu.xlsx: no such file' }
 */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * An error that ends the command with a given exit code and a message for people, in both languages.
 * `message` is the English one, as a core `DtiError`'s is; `vi` the Vietnamese.
 *
 * @example throw new CliError({ vi: 'lệnh compare cần hai tệp', en: 'compare needs two files' }, EXIT.usage)
 */
export class CliError extends Error {
  /** The Vietnamese message. */
  readonly vi: string;

  constructor(
    said: Bilingual,
    readonly exitCode: number,
  ) {
    super(said.en);
    this.vi = said.vi;
  }

  /** The message in the language of the output. */
  in(locale: Locale): string {
    return locale === 'vi' ? this.vi : this.message;
  }
}
