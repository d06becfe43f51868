#!/usr/bin/env node
// The `dti` command. This launcher is committed (the built code is not), so that `pnpm install` can
// link `dti` before anything is built; it runs the built command, or says how to build it.
import { existsSync } from 'node:fs';

const built = new URL('../dist/dti.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'dti: the command line is not built yet. Run "pnpm build" at the root of the repository first.\n' +
      'dti: chưa build dòng lệnh. Hãy chạy "pnpm build" ở thư mục gốc của kho mã trước.\n',
  );
  process.exit(3);
}
await import(built.href);
