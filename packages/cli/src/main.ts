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
  period: { type: 'string' },
  crosswalk: { type: 'string' },
  indicators: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Runs `dti` with arguments; returns the exit code. Output goes through `out` and `err`. */
export function run(
  argv: string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
  err: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): number {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const [name, ...rest] = positionals;
    if (values.version) {
      out('dti 0.1.0\n');
      return EXIT.ok;
    }
    if (!name) {
      out(`${HELP.main}\n`);
      return values.help ? EXIT.ok : EXIT.usage;
    }
    const command = COMMANDS[name];
    if (!command) throw new CliError(`unknown command "${name}"; try dti --help`, EXIT.usage);
    if (values.help) {
      out(`${HELP[name]}\n`);
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
