import { parseArgs } from 'node:util';
import {
  type Context,
  compareCommand,
  frameworksCommand,
  initCommand,
  schemaCommand,
  scoreCommand,
  validateCommand,
} from './commands.js';
import { CliError, EXIT } from './errors.js';
import { isSystemError } from './file-errors.js';
import { HELP } from './help.js';
import { nearest } from './nearest.js';
import type { Locale } from './options.js';
import { printable } from './printable.js';
import { VERSION } from './version.js';

const COMMANDS: Record<string, (ctx: Context) => number> = {
  score: scoreCommand,
  validate: validateCommand,
  compare: compareCommand,
  init: initCommand,
  schema: schemaCommand,
  frameworks: frameworksCommand,
};

const OPTIONS = {
  framework: { type: 'string', short: 'f' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  locale: { type: 'string' },
  'number-locale': { type: 'string' },
  sheet: { type: 'string' },
  strict: { type: 'boolean' },
  period: { type: 'string' },
  crosswalk: { type: 'string' },
  indicators: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;
const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/**
 * The language of messages, read before the command line is checked so that even a mistake in it is
 * told in the language asked for: `--locale en` (or `--locale=en`) before a `--` gives English, anything
 * else Vietnamese, as the data messages do.
 */
export function messageLocale(argv: string[]): Locale {
  const { values } = parseArgs({
    args: argv,
    options: { locale: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return values.locale === 'en' ? 'en' : 'vi';
}

const TRY_HELP = { vi: 'xem dti --help', en: 'try dti --help' };

/**
 * Checks each option of the command line against {@link OPTIONS}: an unknown one (with the nearest
 * known one suggested), a value missing after an option that needs one (or an option where the value
 * should be), a value given to a switch. Each is a usage error (exit 2) in both languages.
 */
function checkOptions(argv: string[]): void {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const longNames = Object.keys(OPTIONS).map((name) => `--${name}`);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const raw = token.rawName;
    if (!isOption(token.name)) {
      const near = raw.startsWith('--') ? nearest(raw, longNames) : undefined;
      throw new CliError(
        near
          ? {
              vi: `không có tùy chọn ${raw}; có phải ý bạn là ${near}? ${TRY_HELP.vi}`,
              en: `unknown option ${raw}; did you mean ${near}? ${TRY_HELP.en}`,
            }
          : { vi: `không có tùy chọn ${raw}; ${TRY_HELP.vi}`, en: `unknown option ${raw}; ${TRY_HELP.en}` },
        EXIT.usage,
      );
    }
    const option = OPTIONS[token.name];
    const shown = raw === `--${token.name}` ? raw : `${raw} (--${token.name})`;
    if (option.type === 'string' && token.value === undefined)
      throw new CliError(
        {
          vi: `tùy chọn ${shown} cần một giá trị; ${TRY_HELP.vi}`,
          en: `option ${shown} needs a value; ${TRY_HELP.en}`,
        },
        EXIT.usage,
      );
    // `-f --format json`: the next word is an option, so the value was forgotten (write --framework=-x for a value starting with "-").
    if (option.type === 'string' && !token.inlineValue && token.value?.startsWith('-'))
      throw new CliError(
        {
          vi: `tùy chọn ${shown} cần một giá trị, nhưng theo sau là ${token.value}; giá trị bắt đầu bằng "-" thì viết --${token.name}=${token.value}`,
          en: `option ${shown} needs a value but is followed by ${token.value}; for a value starting with "-" write --${token.name}=${token.value}`,
        },
        EXIT.usage,
      );
    if (option.type === 'boolean' && token.value !== undefined)
      throw new CliError(
        {
          vi: `tùy chọn ${shown} không nhận giá trị (bỏ "=${token.value}")`,
          en: `option ${shown} takes no value (leave out "=${token.value}")`,
        },
        EXIT.usage,
      );
  }
}

/** A command name that is not one of {@link COMMANDS}: a usage error, with the nearest command suggested. */
function unknownCommand(name: string): CliError {
  const near = nearest(name, Object.keys(COMMANDS));
  return new CliError(
    near
      ? {
          vi: `không có lệnh "${name}"; có phải ý bạn là ${near}? ${TRY_HELP.vi}`,
          en: `unknown command "${name}"; did you mean ${near}? ${TRY_HELP.en}`,
        }
      : { vi: `không có lệnh "${name}"; ${TRY_HELP.vi}`, en: `unknown command "${name}"; ${TRY_HELP.en}` },
    EXIT.usage,
  );
}

/**
 * Reads the command line and runs what it asks for: the version, the help, or a command with the
 * words after its name. Returns the exit code; a mistake in the command line is thrown as a {@link CliError}.
 */
function dispatch(argv: string[], out: (text: string) => void, err: (line: string) => void): number {
  checkOptions(argv);
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [name, ...rest] = positionals;
  if (values.version) {
    out(`dti ${VERSION}\n`);
    return EXIT.ok;
  }
  if (!name) {
    out(`${HELP.main}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  // Own properties only: `dti constructor` must not find Object.prototype.constructor.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw unknownCommand(name);
  if (values.help) {
    out(`${Object.hasOwn(HELP, name) ? HELP[name] : HELP.main}\n`);
    return EXIT.ok;
  }
  // Only a league table has indicator values to add: elsewhere the switch would be ignored without a word.
  if (values.indicators && name !== 'score')
    throw new CliError(
      {
        vi: `tùy chọn --indicators chỉ dùng với lệnh score, không dùng với lệnh ${name}; ${TRY_HELP.vi}`,
        en: `option --indicators applies to dti score only, not to dti ${name}; ${TRY_HELP.en}`,
      },
      EXIT.usage,
    );
  return command({ positionals: rest, options: values, out, err });
}

/**
 * The exit code for what a command threw, after telling it through `err` in the chosen language; an
 * error no message was written for is thrown again.
 */
function failure(error: unknown, locale: Locale, err: (line: string) => void): number {
  if (error instanceof CliError) {
    err(error.in(locale));
    return error.exitCode;
  }
  // What checkOptions did not foresee: still a usage error, in the chosen language around Node's words.
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    err(
      locale === 'vi'
        ? `dòng lệnh không hợp lệ (${error.message}); ${TRY_HELP.vi}`
        : `invalid command line (${error.message}); ${TRY_HELP.en}`,
    );
    return EXIT.usage;
  }
  // A file operation no message was written for (its path, when Node gives it): an io error in words.
  if (isSystemError(error)) {
    const what = error.path ?? error.syscall ?? '';
    err(locale === 'vi' ? `lỗi đọc/ghi tệp ${what} (${error.code})` : `cannot read or write ${what} (${error.code})`);
    return EXIT.io;
  }
  throw error;
}

/**
 * Runs `dti` with arguments; returns the exit code. Output goes through `out` and `err`, both guarded
 * so no control character from the data (ESC, NUL, C1) reaches a terminal: standard output keeps tab,
 * line feed and carriage return (CSV lines end with CRLF), messages keep only line feeds. Messages are
 * Vietnamese unless `--locale en`; a file that cannot be read or written is told in a sentence, never
 * with a stack trace.
 *
 * @example run(['score', 'so-lieu.xlsx', '-f', 'self-assessment-template'])
 */
export function run(
  argv: string[],
  write: (text: string) => void = (t) => process.stdout.write(t),
  writeError: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): number {
  const out = (text: string) => write(printable(text, '\t\n\r\uFEFF'));
  const err = (line: string) => writeError(printable(line, '\n'));
  const locale = messageLocale(argv);
  try {
    return dispatch(argv, out, err);
  } catch (error) {
    return failure(error, locale, err);
  }
}
