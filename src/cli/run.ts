import { readFileSync } from 'node:fs';
import { closest } from '../contract/values.js';
import { detectLanguage, segment } from '../index.js';
import { parse } from './args.js';
import { BATCH_USAGE, runBatch } from './batch.js';
import { COMPARE_USAGE, runCompare } from './compare.js';
import { EXIT, UsageError } from './errors.js';
import { terminalJson, terminalText, type CliIo } from './io.js';
import { readInput } from './read.js';
import { elementAt } from '../contract/element-at.js';

export const USAGE = `Usage: muqabala <command> [options]

Commands:
  compare A B …     Compare an Arabic report with its Persian counterpart (or several reports of one
                    event with each other) and print the report (Markdown, JSON or HTML).
                    See muqabala compare --help.
  batch MANIFEST    Compare many pairs of reports listed in MANIFEST (JSON lines) on every core, one JSON
                    report per line, resumable. See muqabala batch --help.
  segment FILE      Split FILE (or - for standard input) into sentences; prints one per line
                    with its paragraph and span, or JSON with --json.
  help [COMMAND]    Show this help, or a command's.

Options:
  -h, --help        Show this help (muqabala <command> --help for a command's options).
  -v, --version     Print the version.

Exit codes:
  0  it ran (and nothing reached the --fail-on severity)
  1  --fail-on was given and a finding reached that severity (compare)
  2  usage error (no command, unknown option, bad value) or an input or output that cannot be read or written
  3  internal error (a bug: please report it)`;

export const SEGMENT_USAGE = `Usage: muqabala segment FILE [--json]

Splits FILE (or - for standard input) into sentences and prints one per line: its index, paragraph,
span (UTF-16 offsets) and text.

Options:
  --json            Print JSON ({ language, sentences }) instead.
  -h, --help        Show this help.
  -v, --version     Print the version.`;

const COMMANDS = ['compare', 'batch', 'segment', 'help'];
const USAGES: Record<string, string> = { compare: COMPARE_USAGE, batch: BATCH_USAGE, segment: SEGMENT_USAGE };

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function runSegment(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    'muqabala segment --help',
  );
  if (values.help || values.version) {
    io.stdout.write((values.help ? SEGMENT_USAGE : version()) + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('segment takes one file', 'muqabala segment --help');
  const { text } = readInput(io, elementAt(positionals, 0));
  const sentences = segment(text);
  if (values.json) {
    io.stdout.write(terminalJson(JSON.stringify({ language: detectLanguage(text), sentences }, null, 2) + '\n'));
  } else {
    // A sentence's own tabs and line breaks would shift the columns: they are shown as symbols too.
    const line = (s: (typeof sentences)[number]): string =>
      `${s.index}\t${s.paragraph}\t${s.start}-${s.end}\t${terminalText(s.text).replace(/[\t\n]/g, (c) => (c === '\t' ? '\u2409' : '\u240a'))}\n`;
    io.stdout.write(sentences.map(line).join(''));
  }
  return EXIT.ok;
}

function dispatch(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr.write(USAGE + '\n');
    return EXIT.usage;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic !== undefined && USAGES[topic] === undefined) throw unknownCommand(topic);
    io.stdout.write(`${topic === undefined ? USAGE : USAGES[topic]}\n`);
    return EXIT.ok;
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(version() + '\n');
    return EXIT.ok;
  }
  if (command === 'compare') return runCompare(rest, io, version);
  if (command === 'segment') return runSegment(rest, io);
  if (command === 'batch') return runBatch(rest, io);
  if (command.startsWith('-')) {
    const guess = command.startsWith('--') ? closest(command, ['--help', '--version']) : undefined;
    throw new UsageError(`unknown option ${command}${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  throw unknownCommand(command);
}

function unknownCommand(command: string): UsageError {
  const guess = closest(command, COMMANDS);
  return new UsageError(`unknown command ${command}${guess ? ` (did you mean ${guess}?)` : ''}`);
}

/**
 * Runs the tool on its arguments (without the node and script paths) and returns the exit code: errors a user
 * can fix are one line on standard error (exit 2), anything else an internal error with its stack (exit 3).
 */
export function run(argv: readonly string[], io: CliIo): number | Promise<number> {
  try {
    const code = dispatch(argv, io);
    return typeof code === 'number' ? code : code.catch((error: unknown) => failure(error, io));
  } catch (error) {
    return failure(error, io);
  }
}

/** The exit code of an error, said on standard error: one line for what a user can fix, the stack for a bug. */
function failure(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    const hint = error.help ? ` (see ${error.help})` : '';
    io.stderr.write(terminalText(`muqabala: ${error.message}${hint}`).replace(/\n/g, '\u240a') + '\n');
    return EXIT.usage;
  }
  io.stderr.write(terminalText(`muqabala: internal error: ${error instanceof Error && error.stack ? error.stack : String(error)}\n`));
  return EXIT.internal;
}
