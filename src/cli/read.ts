import { readFileSync, statSync } from 'node:fs';
import { UsageError } from './errors.js';
import { pathIn, type CliIo } from './io.js';

/** A text read from a file or standard input, with the name to show for it. */
export interface Input {
  /** The file name as given, or `stdin`. */
  readonly name: string;
  readonly text: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a UTF-8 text file (`-` for standard input). A missing file, a directory, a binary file (NUL bytes,
 * or bytes that are not UTF-8) and an empty file are usage errors with a message that says which.
 */
export function readInput(io: CliIo, path: string): Input {
  const name = path === '-' ? 'stdin' : path;
  let bytes: Buffer;
  try {
    if (path !== '-' && statSync(pathIn(io, path)).isDirectory()) throw new UsageError(`${name} is a directory, not a text file`, null);
    bytes = path === '-' ? io.stdin() : readFileSync(pathIn(io, path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${name}`, null);
    if (code === 'EISDIR') throw new UsageError(`${name} is a directory, not a text file`, null);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`permission denied: ${name}`, null);
    throw new UsageError(`cannot read ${name}: ${(error as Error).message}`, null);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UsageError(`${name} is UTF-16 text; save it as UTF-8`, null);
  }
  if (bytes.includes(0)) {
    throw new UsageError(`${name} looks like a binary file (it contains NUL bytes); give a UTF-8 text file`, null);
  }
  let text: string;
  try {
    text = decoder.decode(bytes); // drops a UTF-8 byte order mark
  } catch {
    throw new UsageError(`${name} is not UTF-8 text (it has bytes that are not UTF-8); convert it to UTF-8`, null);
  }
  if (text.trim() === '') throw new UsageError(`${name} is empty`, null);
  return { name, text };
}
