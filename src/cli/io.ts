// What the command-line tool touches outside itself, passed in: the streams, the working folder, the file
// writes. main.ts hands it the process's; the tests hand it their own and run the tool in-process.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

/** A stream the tool writes to. */
export interface Output {
  write(text: string): unknown;
  /** Whether it is a terminal (progress shows on a terminal sooner). */
  readonly isTTY?: boolean;
}

/** The file operations a write needs, so that a test can make one fail half-way (a full disk). */
export interface FileWrites {
  writeFileSync(path: string, data: string, options: { flag: string; mode: number }): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
}

/** Everything the tool reads from or writes to besides the files named on its command line. */
export interface CliIo {
  readonly stdout: Output;
  readonly stderr: Output;
  /** All of standard input, read when a file is `-`. */
  readonly stdin: () => Buffer;
  /** The folder relative file names are read from and written to. */
  readonly cwd: string;
  readonly files: FileWrites;
}

/** The process's own streams and folder. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: () => fs.readFileSync(0),
    cwd: process.cwd(),
    files: fs,
  };
}

/**
 * Text for a terminal: C0 controls other than tab and line feed become their Control Pictures (ESC is ␛),
 * DEL becomes ␡ and C1 controls U+FFFD, so that input and file names cannot move the cursor, retitle the
 * window or clear the screen.
 */
export function terminalText(text: string): string {
  // Control characters are what this replaces.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** JSON for a terminal: the controls JSON.stringify leaves raw (DEL and C1) written as \u escapes, which JSON reads back the same. */
export function terminalJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A file name as given, resolved against the tool's folder. */
export function pathIn(io: CliIo, name: string): string {
  return resolve(io.cwd, name);
}

/**
 * Refuses an output that is one of the inputs, whatever the path says (a symbolic link, a hard link, `./a`):
 * the same device and inode. An output that does not exist yet is no input.
 */
export function checkOutput(io: CliIo, output: string, inputs: readonly string[]): void {
  const out = statOf(pathIn(io, output));
  if (!out) return;
  for (const input of inputs) {
    if (input === '-') continue;
    const s = statOf(pathIn(io, input));
    if (s && s.dev === out.dev && s.ino === out.ino) {
      throw new UsageError(`-o ${output} is the input ${input}: the report would replace it; write the report to another file`, null);
    }
  }
}

function statOf(path: string): fs.Stats | undefined {
  try {
    return fs.statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, renamed over it once complete, so that a
 * full disk or a crash leaves the old file as it was. Through a symbolic link, the file it points to is
 * replaced and the link kept; an existing file keeps its permissions.
 */
export function writeAtomically(io: CliIo, name: string, data: string): void {
  const path = pathIn(io, name);
  let target = path;
  let mode = 0o666;
  try {
    target = fs.realpathSync(path);
    mode = fs.statSync(target).mode & 0o777;
  } catch {
    // A new file: written where named, with the default permissions (less the umask).
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    io.files.writeFileSync(temporary, data, { flag: 'wx', mode });
    io.files.renameSync(temporary, target);
  } catch (error) {
    io.files.rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${name}: ${(error as Error).message}`, null);
  }
}
