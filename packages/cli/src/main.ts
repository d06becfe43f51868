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
import { HELP } from './help.js';
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

/**
 * Runs `dti` with arguments; returns the exit code. Output goes through `out` and `err`, both guarded
 * so no control character from the data (ESC, NUL, C1) reaches a terminal: standard output keeps tab,
 * line feed and carriage return (CSV lines end with CRLF), messages keep only line feeds.
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
  try {
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
    if (!command) throw new CliError(`unknown command "${name}"; try dti --help`, EXIT.usage);
    if (values.help) {
      out(`${Object.hasOwn(HELP, name) ? HELP[name] : HELP.main}\n`);
      return EXIT.ok;
    }
    return command({ positionals: rest, options: values, out, err });
  } catch (error) {
    if (error instanceof CliError) {
      err(error.message);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      err(`${error.message}; try dti --help`);
      return EXIT.usage;
    }
    throw error;
  }
}
