/**
 * The version of the `dti` command, as `dti --version` prints it and every HTML report states it.
 * Kept equal to `version` in package.json (a test checks it).
 *
 * @example `dti ${VERSION}` // → 'dti 0.1.0'
 */
export const VERSION = '0.1.0';
