import { describe, expect, it } from 'vitest';
import { dti, seeds } from './dti.js';

// Names of Object.prototype members: a plain `COMMANDS[name]` lookup finds them and crashes.
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('names typed by the user are looked up as own properties only', () => {
  it.each(PROTOTYPE_NAMES)('dti %s is an unknown command (exit 2)', (name) => {
    const r = dti(name);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`không có lệnh "${name}"; xem dti --help`]);
    expect(dti(name, '--locale', 'en').err).toEqual([`unknown command "${name}"; try dti --help`]);
    expect(dti(name, '--help').code).toBe(2);
  });

  it.each(PROTOTYPE_NAMES)('--framework %s is a usage error naming the presets', (name) => {
    const r = dti('score', seeds, '-f', name, '--locale', 'en');
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(
      new RegExp(`^--framework ${name}: not a preset id \\(.*self-assessment-template.*\\) nor a file$`, 'u'),
    );
  });

  it.each(['--format', '--locale', '--number-locale'])(
    '%s constructor is a usage error naming the allowed values',
    (flag) => {
      // An unknown --locale is told in the default language; the others in English, as asked.
      const english = flag === '--locale' ? [] : ['--locale', 'en'];
      const r = dti('score', seeds, '-f', 'self-assessment-template', flag, 'constructor', ...english);
      expect(r.code).toBe(2);
      const allowed = flag === '--format' ? 'table, csv, json or html' : 'vi or en';
      expect(r.err).toEqual([
        flag === '--locale'
          ? '--locale phải là vi hoặc en, không phải constructor'
          : `${flag} must be ${allowed}, not constructor`,
      ]);
    },
  );
});
