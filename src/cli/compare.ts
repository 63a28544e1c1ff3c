import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compare,
  compareMany,
  renderHtml,
  renderMarkdown,
  renderMultiHtml,
  renderMultiMarkdown,
  type CompareOptions,
  type ComparisonReport,
  type Finding,
  type FindingKind,
  type Language,
  type MultiReport,
  type Severity,
} from '../index.js';
import { EXIT, UsageError } from './errors.js';
import { progress, wantsProgress } from './progress.js';
import { costWarning, progressBar } from './progress-bar.js';
import { readInput } from './read.js';

export const COMPARE_USAGE = `Usage: muqabala compare A B [C …] [options]

Compares two news reports, an Arabic one and its Persian (Farsi or Dari) counterpart: aligns them sentence by
sentence and reports names spelled two ways, dates in two calendars, numbers that differ, and sentences left
out. Reports that tell one event independently (other outlets) are paired claim by claim instead. A, B … are
UTF-8 text files; one of them may be - for standard input.

With three files or more, every report is compared with every other, and the report adds a table of the
people, places and organisations with their spellings in each file, a table of the numbers and dates with the
files that state and contradict each, and which files translate which.

Output:
  --format json|md|html   Report format (default md, or from the extension of -o: .json, .md, .html/.htm).
                          json is the ComparisonReport object (its JSON Schema ships as muqabala/schema.json),
                          or with three files or more the MultiReport (muqabala/multi-schema.json);
                          html is one self-contained page (two files: both texts side by side).
  -o, --output FILE       Write the report to FILE instead of standard output.
  --sentences             (md, two files) Add the table of aligned sentences.
  --no-isolates           (md) Do not wrap Arabic and Persian snippets in Unicode isolates (U+2067 … U+2069),
                          for terminals that show them as boxes.

Documents:
  --lang-a ar|fa          Language of A (detected when absent); --lang-b likewise for B (two files only).
  --published DATE        Publication date of every report, YYYY-MM-DD, for relative dates ("last month").
  --published-a DATE      Publication date of A (overrides --published); --published-b likewise for B
                          (two files only).
  --mode parallel|comparable|auto
                          Whether the reports translate each other (parallel), tell the same event
                          independently (comparable), or to decide from the texts for each pair (auto, the
                          default).

Findings:
  --min-severity info|warning|conflict
                          Report only findings of this severity or a more serious one (default info).
  --kinds LIST            Report only these kinds, comma-separated: name,date,number,omission.
  --fail-on info|warning|conflict
                          Exit with code 1 when a reported finding (of any pair) has this severity or a more
                          serious one (it counts the findings left after --min-severity and --kinds).

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
  muqabala compare a.txt b.txt --kinds name,date --min-severity warning --fail-on conflict
  muqabala compare agency.ar.txt agency.fa.txt outlet1.ar.txt outlet2.fa.txt --format html -o event.html`;

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
  /** Two files or more. */
  readonly files: readonly string[];
  readonly format: Format;
  readonly output?: string;
  readonly sentences: boolean;
  readonly isolates: boolean;
  /** What is known of each file, in the order of `files`. */
  readonly sources: readonly SourceOptions[];
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
  if (positionals.length < 2) {
    throw usage(`compare takes two files or more (A, B …), got ${positionals.length}`);
  }
  if (positionals.filter((f) => f === '-').length > 1) throw usage('only one of the files can be - (standard input)');
  if (values.progress && values.quiet) throw usage('--progress and --quiet contradict each other');
  const many = positionals.length > 2;
  for (const option of ['lang-a', 'lang-b', 'published-a', 'published-b', 'sentences'] as const) {
    if (many && values[option] !== undefined) throw usage(`--${option} applies to two files only (got ${positionals.length})`);
  }
  const published = isoDate('published', values.published);
  const source = (side: 'a' | 'b' | undefined): SourceOptions => {
    const language = side && oneOf(`lang-${side}`, values[`lang-${side}`], LANGUAGES);
    const publishedAt = (side && isoDate(`published-${side}`, values[`published-${side}`])) ?? published;
    return { ...(language ? { language } : {}), ...(publishedAt ? { publishedAt } : {}) };
  };
  const kinds = values.kinds?.split(',').map((k) => oneOf('kinds', k.trim(), KINDS) as FindingKind);
  const minSeverity = oneOf('min-severity', values['min-severity'], SEVERITIES);
  const mode = oneOf('mode', values.mode, MODES);
  const failOn = oneOf('fail-on', values['fail-on'], SEVERITIES);
  return {
    files: positionals,
    format: formatOf(values.format, values.output),
    ...(values.output !== undefined ? { output: values.output } : {}),
    sentences: values.sentences ?? false,
    isolates: !values['no-isolates'],
    sources: many ? positionals.map(() => source(undefined)) : [source('a'), source('b')],
    options: { ...(kinds ? { kinds } : {}), ...(minSeverity ? { minSeverity } : {}), ...(mode ? { mode } : {}) },
    ...(failOn ? { failOn } : {}),
    progress: values.progress ? 'always' : values.quiet ? 'never' : 'auto',
  };
}

function render(report: ComparisonReport, command: CompareCommand, labels: readonly string[]): string {
  const names = { a: labels[0] as string, b: labels[1] as string };
  switch (command.format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'md':
      return renderMarkdown(report, { labels: names, sentences: command.sentences, isolates: command.isolates });
    case 'html':
      return renderHtml(report, { labels: names });
  }
}

function renderMany(report: MultiReport, command: CompareCommand): string {
  switch (command.format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'md':
      return renderMultiMarkdown(report, { isolates: command.isolates });
    case 'html':
      return renderMultiHtml(report);
  }
}

/** Runs `muqabala compare`; returns the exit code. */
export function runCompare(args: readonly string[]): number {
  const command = parseCompareArgs(args);
  if (!command) {
    process.stdout.write(COMPARE_USAGE + '\n');
    return EXIT.ok;
  }
  const inputs = command.files.map(readInput);
  const characters = inputs.reduce((n, input) => n + input.text.length, 0);
  const say = progress(wantsProgress(characters, process.stderr.isTTY === true, command.progress), (line) => {
    process.stderr.write(line);
  });
  const read = inputs.map((input) => `${input.name} (${input.text.length.toLocaleString('en')} characters)`);
  say(`read ${read.slice(0, -1).join(', ')} and ${read[read.length - 1]}; comparing`);
  const warning = command.progress === 'never' ? undefined : costWarning(characters * Math.max(1, inputs.length - 1));
  if (warning) process.stderr.write(`muqabala: ${warning}\n`);
  const bar = progressBar((text) => process.stderr.write(text), process.stderr.isTTY === true);
  const withProgress: CompareOptions = wantsProgress(characters, process.stderr.isTTY === true, command.progress)
    ? { ...command.options, onProgress: (p) => bar.update(p.done, p.total, p.stage) }
    : command.options;
  const labels = inputs.map((input) => label(input.name));
  const documents = inputs.map((input, i) => ({ text: input.text, ...command.sources[i] }));
  let out: string;
  let findings: readonly Finding[];
  if (documents.length === 2) {
    const report = compare(documents[0]!, documents[1]!, withProgress);
    bar.finish();
    say(`compared: ${report.alignment.beads.length} beads, ${report.findings.length} findings; rendering ${command.format}`);
    out = render(report, command, labels);
    findings = report.findings;
  } else {
    const report = compareMany(documents.map((d, i) => ({ ...d, id: labels[i] as string })), withProgress);
    bar.finish();
    findings = report.comparisons.flatMap((c) => c.report.findings);
    say(`compared ${report.comparisons.length} pairs: ${findings.length} findings, ${report.facts.length} facts, ${report.entities.length} entities; rendering ${command.format}`);
    out = renderMany(report, command);
  }
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
  return findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold) ? EXIT.findings : EXIT.ok;
}

function label(name: string): string {
  return name === 'stdin' ? name : basename(name);
}
