// Each field of the framework format is described once, in its `doc(schema, 'text')` call: that text is
// what the JSON Schema shows in editors. This script writes the same text as the field's doc comment,
// so that editor hovers on the TypeScript types say the same thing and the two cannot drift apart.
//
//   node scripts/schema-docs.mjs          # rewrites the doc comments in src/schema/
//   node scripts/schema-docs.mjs --check  # fails when one differs from its doc() text (run by `pnpm test`)

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const folder = fileURLToPath(new URL('../src/schema/', import.meta.url));
const WIDTH = 120;

/** The description of the outermost `doc(…, 'text')` in a field's value, not looking into nested objects. */
function docText(node) {
  if (ts.isObjectLiteralExpression(node)) return undefined;
  if (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'doc' &&
    node.arguments.length === 2 &&
    ts.isStringLiteralLike(node.arguments[1])
  ) {
    return node.arguments[1].text;
  }
  return ts.forEachChild(node, docText);
}

/** A doc comment holding `text`, indented by `indent` spaces, on one line when it fits. */
function comment(text, indent) {
  const pad = ' '.repeat(indent);
  const sentence = /[\p{L}\p{N})\]]$/u.test(text) ? `${text}.` : text;
  if (indent + sentence.length + 7 <= WIDTH) return `/** ${sentence} */`;
  const lines = [];
  let line = '';
  for (const word of sentence.split(' ')) {
    if (line && indent + 3 + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return ['/**', ...lines.map((l) => `${pad} * ${l}`), `${pad} */`].join('\n');
}

/** The edits that make each described field's doc comment its doc() text. */
function edits(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node)) {
      const described = docText(node.initializer);
      if (described !== undefined) {
        const start = node.getStart(source);
        const indent = start - text.lastIndexOf('\n', start - 1) - 1;
        const wanted = comment(described, indent);
        const jsdoc = (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).filter((r) =>
          text.startsWith('/**', r.pos),
        );
        const last = jsdoc.at(-1);
        if (!last) out.push({ pos: start, end: start, insert: `${wanted}\n${' '.repeat(indent)}` });
        else if (text.slice(last.pos, last.end) !== wanted) out.push({ pos: last.pos, end: last.end, insert: wanted });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const check = process.argv.includes('--check');
let stale = 0;
for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts'))) {
  const path = `${folder}${name}`;
  const text = readFileSync(path, 'utf8');
  const changes = edits(path, text);
  if (changes.length === 0) continue;
  if (check) {
    stale += changes.length;
    for (const c of changes) {
      const line = text.slice(0, c.pos).split('\n').length;
      console.error(`src/schema/${name}:${line}: the doc comment differs from the field's doc() text`);
    }
    continue;
  }
  let next = text;
  for (const c of [...changes].sort((a, b) => b.pos - a.pos))
    next = next.slice(0, c.pos) + c.insert + next.slice(c.end);
  writeFileSync(path, next);
  console.log(`src/schema/${name}: ${changes.length} doc comment(s) written`);
}
if (stale > 0) {
  console.error(`${stale} doc comment(s) out of date: run \`pnpm --filter @dti-kit/core schema-docs\``);
  process.exit(1);
}
