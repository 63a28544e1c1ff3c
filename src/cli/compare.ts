import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compare,
  renderHtml,
  renderMarkdown,
  type CompareOptions,
  type ComparisonReport,
  type FindingKind,
  type Language,
  type Severity,
} from '../index.js';
import { EXIT, UsageError } from './errors.js';
import { progress, wantsProgress } from './progress.js';
import { readInput } from './read.js';

export const COMPARE_USAGE = `Usage: muqabala compare A B [options]

Compares two news reports, an Arabic one and its Persian (Farsi or Dari) counterpart: aligns them sentence by
sentence and reports names spelled two ways, dates in two calendars, numbers that differ, and sentences left
out. A and B are UTF-8 text files; one of them may be - for standard input.

Output:
  --format json|md|html   Report format (default md, or from the extension of -o: .json, .md, .html/.htm).
                          json is the ComparisonReport object (its JSON Schema ships as muqabala/schema.json);
                          html is one self-contained page with both texts side by side.
  -o, --output FILE       Write the report to FILE instead of standard output.
  --sentences             (md) Add the table of aligned sentences.
  --no-isolates           (md) Do not wrap Arabic and Persian snippets in Unicode isolates (U+2067 … U+2069),
                          for terminals that show them as boxes.

Documents:
  --lang-a ar|fa          Language of A (detected when absent); --lang-b likewise for B.
  --published DATE        Publication date of both reports, YYYY-MM-DD, for relative dates ("last month").
  --published-a DATE      Publication date of A (overrides --published); --published-b likewise for B.
  --mode parallel|comparable|auto
                          Whether B translates A (parallel), tells the same event independently
                          (comparable), or to decide from the texts (auto, the default).

Findings:
  --min-severity info|warning|conflict
                          Report only findings of this severity or a more serious one (default info).
  --kinds LIST            Report only these kinds, comma-separated: name,date,number,omission.
  --fail-on info|warning|conflict
                          Exit with code 1 when a reported finding has this severity or a more serious one
                          (it counts the findings left after --min-severity and --kinds).

Other:
  --progress, --quiet     Always / never write progress to standard error. By default progress shows for
                          inputs over 20,000 characters when standard error is a terminal, and for inputs over
                          1,000,000 characters anywhere; a pipe otherwise gets nothing on standard error.
  -h, --help              Show this help.

Exit codes:
  0  it ran (and nothing reached the --fail-on severity)
  1  --fail-on was given and a finding reached that severity
  2  usage error: unknown option, bad value, or an input that is missing, a directory, binary, not UTF-8, or empty
  3  internal error (a bug: please report it)

Examples:
  muqabala compare report.ar.txt report.fa.txt
  muqabala compare report.ar.txt report.fa.txt -o report.html
  cat report.fa.txt | muqabala compare report.ar.txt - --format json --published 2025-12-10
  muqabala compare a.txt b.txt --kinds name,date --min-severity warning --fail-on conflict`;

type Format = 'json' | 'md' | 'html';

function usage(message: string): UsageError {
  return new UsageError(message, 'muqabala compare --help');
}

const FORMATS: readonly Format[] = ['json', 'md', 'html'];
const LANGUAGES: readonly Language[] = ['ar', 'fa'];
// Least to most serious, so that "at least" is an index comparison.
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'conflict'];
const KINDS: readonly FindingKind[] = ['name', 'date', 'number', 'omission'];
const MODES = ['parallel', 'comparable', 'auto'] as const;

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function isoDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw usage(`--${option} must be a date written YYYY-MM-DD (got "${value}")`);
  }
  return value;
}

function formatOf(explicit: string | undefined, output: string | undefined): Format {
  const given = oneOf('format', explicit, FORMATS);
  if (given) return given;
  const extension = output ? extname(output).toLowerCase() : '';
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.json') return 'json';
  return 'md';
}

/** What `compare` was asked to do, checked. */
export interface CompareCommand {
  readonly files: readonly [string, string];
  readonly format: Format;
  readonly output?: string;
  readonly sentences: boolean;
  readonly isolates: boolean;
  readonly sources: readonly [SourceOptions, SourceOptions];
  readonly options: CompareOptions;
  readonly failOn?: Severity;
  readonly progress: 'auto' | 'always' | 'never';
}

interface SourceOptions {
  readonly language?: Language;
  readonly publishedAt?: string;
}

/** Parses the arguments after `compare`; `undefined` means help was asked for. */
export function parseCompareArgs(args: readonly string[]): CompareCommand | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        sentences: { type: 'boolean' },
        'no-isolates': { type: 'boolean' },
        'lang-a': { type: 'string' },
        'lang-b': { type: 'string' },
        published: { type: 'string' },
        'published-a': { type: 'string' },
        'published-b': { type: 'string' },
        mode: { type: 'string' },
        'min-severity': { type: 'string' },
        kinds: { type: 'string' },
        'fail-on': { type: 'string' },
        progress: { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usage((error as Error).message.split('. To specify')[0] as string);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  if (positionals.length !== 2) {
    throw usage(`compare takes two files (A and B), got ${positionals.length}`);
  }
  const [a, b] = positionals as [string, string];
  if (a === '-' && b === '-') throw usage('only one of A and B can be - (standard input)');
  if (values.progress && values.quiet) throw usage('--progress and --quiet contradict each other');
  const published = isoDate('published', values.published);
  const source = (side: 'a' | 'b'): SourceOptions => {
    const language = oneOf(`lang-${side}`, values[`lang-${side}`], LANGUAGES);
    const publishedAt = isoDate(`published-${side}`, values[`published-${side}`]) ?? published;
    return { ...(language ? { language } : {}), ...(publishedAt ? { publishedAt } : {}) };
  };
  const kinds = values.kinds?.split(',').map((k) => oneOf('kinds', k.trim(), KINDS) as FindingKind);
  const minSeverity = oneOf('min-severity', values['min-severity'], SEVERITIES);
  const mode = oneOf('mode', values.mode, MODES);
  const failOn = oneOf('fail-on', values['fail-on'], SEVERITIES);
  return {
    files: [a, b],
    format: formatOf(values.format, values.output),
    ...(values.output !== undefined ? { output: values.output } : {}),
    sentences: values.sentences ?? false,
    isolates: !values['no-isolates'],
    sources: [source('a'), source('b')],
    options: { ...(kinds ? { kinds } : {}), ...(minSeverity ? { minSeverity } : {}), ...(mode ? { mode } : {}) },
    ...(failOn ? { failOn } : {}),
    progress: values.progress ? 'always' : values.quiet ? 'never' : 'auto',
  };
}

function render(report: ComparisonReport, command: CompareCommand, labels: { a: string; b: string }): string {
  switch (command.format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'md':
      return renderMarkdown(report, { labels, sentences: command.sentences, isolates: command.isolates });
    case 'html':
      return renderHtml(report, { labels });
  }
}

/** Runs `muqabala compare`; returns the exit code. */
export function runCompare(args: readonly string[]): number {
  const command = parseCompareArgs(args);
  if (!command) {
    process.stdout.write(COMPARE_USAGE + '\n');
    return EXIT.ok;
  }
  const [a, b] = command.files.map(readInput) as [ReturnType<typeof readInput>, ReturnType<typeof readInput>];
  const characters = a.text.length + b.text.length;
  const say = progress(wantsProgress(characters, process.stderr.isTTY === true, command.progress), (line) => {
    process.stderr.write(line);
  });
  say(`read ${a.name} (${a.text.length.toLocaleString('en')} characters) and ${b.name} (${b.text.length.toLocaleString('en')} characters); comparing`);
  const report = compare({ text: a.text, ...command.sources[0] }, { text: b.text, ...command.sources[1] }, command.options);
  say(`compared: ${report.alignment.beads.length} beads, ${report.findings.length} findings; rendering ${command.format}`);
  const labels = { a: label(a.name), b: label(b.name) };
  const out = render(report, command, labels);
  if (command.output !== undefined) {
    try {
      writeFileSync(command.output, out);
    } catch (error) {
      throw new UsageError(`cannot write ${command.output}: ${(error as Error).message}`, null);
    }
    say(`wrote ${command.output}`);
  } else {
    process.stdout.write(out.endsWith('\n') ? out : out + '\n');
  }
  const failOn = command.failOn;
  if (failOn === undefined) return EXIT.ok;
  const threshold = SEVERITIES.indexOf(failOn);
  return report.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold) ? EXIT.findings : EXIT.ok;
}

function label(name: string): string {
  return name === 'stdin' ? name : basename(name);
}
