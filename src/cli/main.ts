import { readFileSync } from 'node:fs';
import { detectLanguage, segment } from '../index.js';

const USAGE = `Usage: muqabala <command> [options]

Commands:
  segment FILE      Split FILE (or - for standard input) into sentences; prints one per line
                    with its paragraph and span, or JSON with --json.

Options:
  --json            Print JSON instead of text.
  -h, --help        Show this help.

The compare command comes with the comparison report.`;

function fail(message: string): never {
  process.stderr.write(`muqabala: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(error as Error).message}`);
  }
}

function main(argv: string[]): void {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const files = rest.filter((a) => a === '-' || !a.startsWith('-'));
  const unknown = rest.filter((a) => a !== '-' && a.startsWith('-') && a !== '--json');
  if (unknown.length) fail(`unknown option ${unknown[0]}`);
  if (command !== 'segment') fail(`unknown command ${command}`);
  if (files.length !== 1) fail('segment takes one file');
  const text = readInput(files[0] as string);
  const sentences = segment(text);
  if (json) {
    process.stdout.write(JSON.stringify({ language: detectLanguage(text), sentences }, null, 2) + '\n');
    return;
  }
  for (const s of sentences) process.stdout.write(`${s.index}\t${s.paragraph}\t${s.start}-${s.end}\t${s.text}\n`);
}

main(process.argv.slice(2));
