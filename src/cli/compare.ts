import { basename, extname } from 'node:path';
import { isIsoDate, LANGUAGE_TAGS, readLanguageTag } from '../contract/values.js';
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
  type LanguageTag,
  type MultiReport,
  type ReportNotice,
  type Severity,
} from '../index.js';
import { parse, oneOf as oneOfValues } from './args.js';
import { EXIT, UsageError } from './errors.js';
import { checkOutput, terminalJson, terminalText, writeAtomically, type CliIo } from './io.js';
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
  --format json|md|html   Report format: md by default on standard output; with -o, from its extension
                          (.json, .md or .markdown, .html or .htm), and another extension needs --format.
                          json is the ComparisonReport object (its JSON Schema ships as muqabala/schema.json),
                          or with three files or more the MultiReport (muqabala/multi-schema.json);
                          html is one self-contained page (two files: both texts side by side).
  -o, --output FILE       Write the report to FILE instead of standard output (whole or not at all: into a
                          temporary file beside it, then renamed). FILE may not be one of the inputs.
  --sentences             (md, two files) Add the table of aligned sentences.
  --no-isolates           (md) Do not wrap Arabic and Persian snippets in Unicode isolates (U+2067 … U+2069),
                          for terminals that show them as boxes.

Documents:
  --lang-a TAG            Language of A, a BCP 47 tag in any case: ar, fa, fa-IR (Iranian Persian), fa-AF
                          or prs (Dari); detected when absent. --lang-b likewise for B (two files only).
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
  -v, --version           Print the version.

Exit codes:
  0  it ran (and nothing reached the --fail-on severity)
  1  --fail-on was given and a finding reached that severity
  2  usage error: unknown option, bad value, an input that is missing, a directory, binary, not UTF-8 or
     empty, or an output that cannot be written
  3  internal error (a bug: please report it)

A document in neither Arabic nor Persian is compared all the same, and said so on standard error. A closed
standard output (| head) ends the tool quietly. Control characters of the texts and file names are shown as
symbols (␛) on standard output and standard error, never sent to the terminal.

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
const EXTENSIONS: Readonly<Record<string, Format>> = { '.json': 'json', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };
// Records, so that a kind, severity or mode added to the library must be added here too.
const KIND_SET: Record<FindingKind, true> = { name: true, date: true, number: true, omission: true };
const KINDS = Object.keys(KIND_SET) as FindingKind[];
// Least to most serious, so that "at least" is an index comparison.
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, conflict: 2 };
const SEVERITIES = (Object.keys(SEVERITY_RANK) as Severity[]).sort((x, y) => SEVERITY_RANK[x] - SEVERITY_RANK[y]);
const MODE_SET: Record<NonNullable<CompareOptions['mode']>, true> = { parallel: true, comparable: true, auto: true };
const MODES = Object.keys(MODE_SET) as NonNullable<CompareOptions['mode']>[];

const OPTIONS = {
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
  version: { type: 'boolean', short: 'v' },
} as const;

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  return value === undefined ? undefined : oneOfValues(`--${option}`, value, allowed, 'muqabala compare --help');
}

function isoDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw usage(`--${option} must be a date written YYYY-MM-DD (got "${value}")`);
}

function languageTag(option: string, value: string | undefined): LanguageTag | undefined {
  if (value === undefined) return undefined;
  if (readLanguageTag(value)) return value as LanguageTag;
  throw usage(`--${option} must be a language tag: ${LANGUAGE_TAGS.join(', ')}, in any case (got "${value}")`);
}

function formatOf(explicit: string | undefined, output: string | undefined): Format {
  const given = oneOf('format', explicit, FORMATS);
  if (given) return given;
  if (output === undefined) return 'md';
  const extension = extname(output).toLowerCase();
  const format = EXTENSIONS[extension];
  if (format) return format;
  throw usage(
    `-o ${output}: ${extension ? `the extension ${extension} names no format` : 'a name without an extension names no format'}; ` +
      'name the file .md, .json or .html, or give --format md, json or html',
  );
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
  readonly language?: LanguageTag;
  readonly publishedAt?: string;
}

/** Parses the arguments after `compare`; `help` or `version` means that was asked for. */
export function parseCompareArgs(args: readonly string[]): CompareCommand | 'help' | 'version' {
  const { values, positionals } = parse(args, OPTIONS, 'muqabala compare --help');
  if (values.help) return 'help';
  if (values.version) return 'version';
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
    const language = side && languageTag(`lang-${side}`, values[`lang-${side}`]);
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
export function runCompare(args: readonly string[], io: CliIo, version: () => string): number {
  const command = parseCompareArgs(args);
  if (command === 'help' || command === 'version') {
    io.stdout.write((command === 'help' ? COMPARE_USAGE : version()) + '\n');
    return EXIT.ok;
  }
  if (command.output !== undefined) checkOutput(io, command.output, command.files);
  const inputs = command.files.map((file) => readInput(io, file));
  const characters = inputs.reduce((n, input) => n + input.text.length, 0);
  const say = progress(wantsProgress(characters, io.stderr.isTTY === true, command.progress), (line) => {
    io.stderr.write(terminalText(line));
  });
  const read = inputs.map((input) => `${input.name} (${input.text.length.toLocaleString('en')} characters)`);
  say(`read ${read.slice(0, -1).join(', ')} and ${read[read.length - 1]}; comparing`);
  const warning = command.progress === 'never' ? undefined : costWarning(characters * Math.max(1, inputs.length - 1));
  if (warning) io.stderr.write(`muqabala: ${warning}\n`);
  const bar = progressBar((text) => io.stderr.write(text), io.stderr.isTTY === true);
  const withProgress: CompareOptions = wantsProgress(characters, io.stderr.isTTY === true, command.progress)
    ? { ...command.options, onProgress: (p) => bar.update(p.done, p.total, p.stage) }
    : command.options;
  const labels = inputs.map((input) => label(input.name));
  // Each document is titled by its file, so that the findings' messages name it as the report's headers do.
  const documents = inputs.map((input, i) => ({ text: input.text, title: labels[i] as string, ...command.sources[i] }));
  let out: string;
  let findings: readonly Finding[];
  if (documents.length === 2) {
    const report = compare(documents[0]!, documents[1]!, withProgress);
    bar.finish();
    say(`compared: ${report.alignment.beads.length} beads, ${report.findings.length} findings; rendering ${command.format}`);
    warn(io, report.notices ?? [], labels);
    out = render(report, command, labels);
    findings = report.findings;
  } else {
    const report = compareMany(documents.map((d, i) => ({ ...d, id: labels[i] as string })), withProgress);
    bar.finish();
    findings = report.comparisons.flatMap((c) => c.report.findings);
    say(`compared ${report.comparisons.length} pairs: ${findings.length} findings, ${report.facts.length} facts, ${report.entities.length} entities; rendering ${command.format}`);
    // Each document once, from the first pair that has it.
    const seen = new Set<number>();
    for (const { a, b, report: pair } of report.comparisons) {
      const notices = (pair.notices ?? []).filter((n) => !seen.has(n.side === 'a' ? a : b));
      for (const n of notices) seen.add(n.side === 'a' ? a : b);
      warn(io, notices, [labels[a] as string, labels[b] as string]);
    }
    out = renderMany(report, command);
  }
  if (command.output !== undefined) {
    writeAtomically(io, command.output, out);
    say(`wrote ${command.output}`);
  } else {
    const text = out.endsWith('\n') ? out : out + '\n';
    io.stdout.write(command.format === 'json' ? terminalJson(text) : terminalText(text));
  }
  const failOn = command.failOn;
  if (failOn === undefined) return EXIT.ok;
  const threshold = SEVERITIES.indexOf(failOn);
  return findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold) ? EXIT.findings : EXIT.ok;
}

/** A report's notices on standard error, the document named by its file. */
function warn(io: CliIo, notices: readonly ReportNotice[], labels: readonly string[]): void {
  for (const notice of notices) {
    const file = notice.side === 'a' ? labels[0] : labels[1];
    // The message names the document by its file, which the line already gives: "it" reads better.
    const message = file !== undefined && notice.message.startsWith(`${file} `) ? `it ${notice.message.slice(file.length + 1)}` : notice.message;
    io.stderr.write(terminalText(`muqabala: ${file}: ${message}\n`));
  }
}

function label(name: string): string {
  return name === 'stdin' ? name : basename(name);
}
