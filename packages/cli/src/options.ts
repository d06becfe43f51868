import { CliError, EXIT } from './errors.js';

/** Output language of tables, files and messages. */
export type Locale = 'vi' | 'en';

/** The parsed command-line options, as `node:util` parseArgs gives them. */
export type Options = Record<string, string | boolean | undefined>;

/** How every data-reading command (score, validate, compare) reads its files and reports. */
export interface DataOptions {
  /** The workbook sheet to read (`--sheet`). */
  sheet?: string;
  /** The period label (`--period`). */
  period?: string;
  /** How numbers are written in the file (`--number-locale`, default vi). */
  numberLocale: Locale;
  /** Missing indicator columns and suspicious values are errors, not warnings (`--strict`). */
  strict: boolean;
  /** Language of messages and output (`--locale`, default vi). */
  locale: Locale;
  /** Print every issue instead of ten of each kind (`--verbose`). */
  verbose: boolean;
  /** No progress bar (`--quiet`). */
  quiet: boolean;
}

const LOCALES: readonly Locale[] = ['vi', 'en'];

/** A string option's value, or undefined when absent (or given as a flag). */
export function stringOption(options: Options, name: string): string | undefined {
  const value = Object.hasOwn(options, name) ? options[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * A string option restricted to a list of values; anything else is a usage error naming the allowed
 * values, never a silent fallback to the default.
 *
 * @example oneOf({ locale: 'xx' }, 'locale', ['vi', 'en'], 'vi') // throws "--locale phải là vi hoặc en, không phải xx" (in English with --locale en)
 */
export function oneOf<T extends string>(options: Options, name: string, allowed: readonly T[], fallback: T): T {
  const value = stringOption(options, name);
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    const list = (or: string) =>
      allowed.length === 2 ? allowed.join(` ${or} `) : `${allowed.slice(0, -1).join(', ')} ${or} ${allowed.at(-1)}`;
    throw new CliError(
      {
        vi: `--${name} phải là ${list('hoặc')}, không phải ${value}`,
        en: `--${name} must be ${list('or')}, not ${value}`,
      },
      EXIT.usage,
    );
  }
  return found;
}

/** `--locale vi|en` (default vi). */
export function localeOption(options: Options): Locale {
  return oneOf(options, 'locale', LOCALES, 'vi');
}

/**
 * The options of a data-reading command, parsed and checked in one place so that `score`,
 * `validate` and `compare` read the same file the same way.
 *
 * @example dataOptions({ 'number-locale': 'en', strict: true }) // → { numberLocale: 'en', strict: true, locale: 'vi', … }
 */
export function dataOptions(options: Options): DataOptions {
  const sheet = stringOption(options, 'sheet');
  const period = stringOption(options, 'period');
  return {
    ...(sheet !== undefined && sheet !== '' && { sheet }),
    ...(period !== undefined && period !== '' && { period }),
    numberLocale: oneOf(options, 'number-locale', LOCALES, 'vi'),
    strict: options.strict === true,
    locale: localeOption(options),
    verbose: options.verbose === true,
    quiet: options.quiet === true,
  };
}
