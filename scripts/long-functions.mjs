#!/usr/bin/env node
// Lists every function, method and arrow function longer than a limit (60 lines by default) in the
// packages' sources, longest first, as `file:line  length  name`. Stories and tests are left out: they
// are data and examples, not the code a reader has to follow.
//
// Usage: node scripts/long-functions.mjs [--max 60] [--fail] [folder …]
//   folders default to packages/*/src; --fail exits 1 when anything is listed (for a check in CI).
// A function's length counts from the line of its first token to the line of its closing brace, so a
// nested function counts in its parent's length as well as its own: a parent is short only when what it
// holds is short too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 60;
const fail = args.includes('--fail');
const folders = args.filter((arg, index) => !arg.startsWith('--') && !(maxAt >= 0 && index === maxAt + 1));

/** The `src` folder of every package, when no folder is named. */
function defaultFolders() {
  const packages = join(root, 'packages');
  return readdirSync(packages)
    .map((name) => join(packages, name, 'src'))
    .filter((folder) => statSync(folder, { throwIfNoEntry: false })?.isDirectory());
}

/** Whether a file is source a reader has to follow (not a story, a test or a declaration file). */
function isSource(name) {
  return /\.(ts|tsx|mts|js|mjs)$/.test(name) && !/\.(stories|test|spec)\.|\.d\.ts$/.test(name);
}

/** Every source file below a folder. */
function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return isSource(entry.name) ? [path] : [];
  });
}

/** A readable name for a function node: its own name, or the variable, property or class member it is assigned to. */
function nameOf(node, sourceFile) {
  if (node.name) return node.name.getText(sourceFile);
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
  ) {
    return parent.name.getText(sourceFile);
  }
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return '(anonymous)';
}

/** Whether a node is a function of any kind that has a body. */
function isFunctionWithBody(node) {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)) &&
    node.body !== undefined
  );
}

/** The functions in one file that are longer than `max` lines. */
function longFunctionsIn(path) {
  const text = readFileSync(path, 'utf8');
  const sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (isFunctionWithBody(node)) {
      const first = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
      const last = sourceFile.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const length = last - first + 1;
      if (length > max) found.push({ file: relative(root, path), line: first, length, name: nameOf(node, sourceFile) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

const files = (folders.length > 0 ? folders.map((folder) => join(process.cwd(), folder)) : defaultFolders()).flatMap(
  sourceFiles,
);
const long = files.flatMap(longFunctionsIn).sort((a, b) => b.length - a.length || a.file.localeCompare(b.file));
for (const { file, line, length, name } of long)
  console.log(`${`${file}:${line}`.padEnd(60)} ${String(length).padStart(4)}  ${name}`);
console.log(`${long.length} function${long.length === 1 ? '' : 's'} over ${max} lines in ${files.length} files`);
if (fail && long.length > 0) process.exitCode = 1;
