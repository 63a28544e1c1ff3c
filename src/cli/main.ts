import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectLanguage, segment } from '../index.js';
import { BATCH_USAGE, runBatch } from './batch.js';
import { COMPARE_USAGE, runCompare } from './compare.js';
import { EXIT, UsageError } from './errors.js';
import { readInput } from './read.js';

const USAGE = `Usage: muqabala <command> [options]

Commands:
  compare A B …     Compare an Arabic report with its Persian counterpart (or several reports of one
                    event with each other) and print the report (Markdown, JSON or HTML).
                    See muqabala compare --help.
  batch MANIFEST    Compare many pairs of reports listed in MANIFEST (JSON lines) on every core, one JSON
                    report per line, resumable. See muqabala batch --help.
  segment FILE      Split FILE (or - for standard input) into sentences; prints one per line
                    with its paragraph and span, or JSON with --json.

Options:
  -h, --help        Show this help (muqabala <command> --help for a command's options).
  -v, --version     Print the version.

Exit codes: 0 it ran, 1 findings reached --fail-on (compare), 2 usage error or unreadable input,
3 internal error.`;

const SEGMENT_USAGE = `Usage: muqabala segment FILE [--json]

Splits FILE (or - for standard input) into sentences and prints one per line: its index, paragraph,
span (UTF-16 offsets) and text.

Options:
  --json            Print JSON ({ language, sentences }) instead.
  -h, --help        Show this help.`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function runSegment(args: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. To specify')[0] as string);
  }
  if (parsed.values.help) {
    process.stdout.write(SEGMENT_USAGE + '\n');
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) throw new UsageError('segment takes one file', 'muqabala segment --help');
  const { text } = readInput(parsed.positionals[0] as string);
  const sentences = segment(text);
  if (parsed.values.json) {
    process.stdout.write(JSON.stringify({ language: detectLanguage(text), sentences }, null, 2) + '\n');
  } else {
    process.stdout.write(sentences.map((s) => `${s.index}\t${s.paragraph}\t${s.start}-${s.end}\t${s.text}\n`).join(''));
  }
  return EXIT.ok;
}

function run(argv: readonly string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    process.stdout.write((topic === 'compare' ? COMPARE_USAGE : topic === 'segment' ? SEGMENT_USAGE : topic === 'batch' ? BATCH_USAGE : USAGE) + '\n');
    return EXIT.ok;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(version() + '\n');
    return EXIT.ok;
  }
  if (command === 'compare') return runCompare(rest);
  if (command === 'segment') return runSegment(rest);
  if (command === 'batch') return runBatch(rest);
  throw new UsageError(command.startsWith('-') ? `unknown option ${command}` : `unknown command ${command}`);
}

function fail(error: unknown): void {
  if (error instanceof UsageError) {
    const hint = error.help ? ` (see ${error.help})` : '';
    process.stderr.write(`muqabala: ${error.message}${hint}\n`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`muqabala: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT.internal;
  }
}

// Exit codes are set, not forced with process.exit(), so that a long report written to a pipe is flushed whole.
try {
  const code = run(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else code.then((c) => (process.exitCode = c), fail);
} catch (error) {
  fail(error);
}
