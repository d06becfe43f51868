import { messageLocale, run } from './main.js';

// `dti … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`dti: ${error.code ?? error.message}\n`);
  process.exit(3);
});
try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  // A fault of dti itself: one line to report, not a stack trace for the person at the terminal.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    messageLocale(process.argv.slice(2)) === 'en'
      ? `dti: unexpected error (${message}); please report it with the command that was run\n`
      : `dti: lỗi ngoài dự kiến (${message}); hãy báo lỗi này kèm lệnh đã chạy\n`,
  );
  process.exitCode = 1;
}
