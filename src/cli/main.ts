import { processIo } from './io.js';
import { run } from './run.js';

// A reader that stops early (muqabala compare … | head) closes the pipe: the rest of the output has nowhere to
// go, which is no error of the tool's. It ends quietly, with the exit code it had.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stream.destroy();
  });
}

// Exit codes are set, not forced with process.exit(), so that a long report written to a pipe is flushed whole.
const code = run(process.argv.slice(2), processIo());
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
