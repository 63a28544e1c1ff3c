/**
 * The command-line tool: run in-process through run(argv, io) with streams, a folder and file writes of the
 * test's own, with files, standard input, every output format, and every error a user can make; then a few
 * runs of the real process (node --import tsx src/cli/main.ts) for what only a process has: a pipe closed
 * early, a long report reaching a pipe whole, the exit code.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, linkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMPARE_USAGE, parseCompareArgs } from '../src/cli/compare.js';
import type { CliIo, FileWrites } from '../src/cli/io.js';
import { LARGE_INPUT, LONG_INPUT, wantsProgress } from '../src/cli/progress.js';
import { run, SEGMENT_USAGE, USAGE } from '../src/cli/run.js';
import { compare, compareMany, type ComparisonReport, type MultiReport } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const AR = join(ROOT, 'examples/reports/bishkek.ar.txt');
const FA = join(ROOT, 'examples/reports/bishkek.fa-AF.txt');
// Four reports of one flood: an Arabic report, its Dari translation, two independent outlets.
const FLOOD = ['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.ar.txt', 'badakhshan-news.fa-IR.txt'].map((f) => join(ROOT, 'examples/reports', f));
const NEWS = FLOOD[2] as string;
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ESC = '\u001b';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let dir: string;

/** The tool in-process, in the scratch folder, with `input` on standard input. */
function muqabala(args: readonly string[], input: string | Buffer = '', files: FileWrites = fs, stderrIsTerminal = false): Run {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text), isTTY: false },
    stderr: { write: (text: string) => err.push(text), isTTY: stderrIsTerminal },
    stdin: () => Buffer.from(input),
    cwd: dir,
    files,
  };
  const code = run(args, io);
  // compare, segment and help answer at once; only batch (its own suite) answers with a promise.
  if (typeof code !== 'number') throw new Error(`muqabala ${args.join(' ')} answered asynchronously`);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-cli-'));
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('وزیر', 'utf16le')]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
  writeFileSync(join(dir, 'bom.txt'), '\ufeff' + readFileSync(FA, 'utf8'));
  writeFileSync(join(dir, 'a.txt'), readFileSync(AR));
  writeFileSync(join(dir, 'english.txt'), 'The defence minister arrived in Bishkek on Tuesday and met his counterpart.\n');
  writeFileSync(join(dir, 'escapes.txt'), `وصل الوزير ${ESC}]0;pwned\u0007 إلى بشكيك.${ESC}[2J وعقد مؤتمرا\u009b صحفيا.\n`);
  mkdirSync(join(dir, 'folder'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('muqabala compare', () => {
  test('prints a Markdown report by default, naming the files, with nothing on stderr in a pipe', () => {
    const run = muqabala(['compare', AR, FA]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('# Comparison report: bishkek.ar.txt and bishkek.fa-AF.txt');
    // What to check first comes first, as on the HTML page.
    expect(lines[2]).toMatch(/^\d+ conflicts? (and \d+ warnings? )?to check first; \d+ explained differences? below\.$/);
    expect(run.stdout).toContain('| language | Arabic (ar), detected');
    // The findings name the documents by their files, as the headers do.
    expect(run.stdout).toMatch(/number: .*in bishkek\.ar\.txt/);
    expect(run.stdout).not.toMatch(/the Arabic text|the Dari text|document [ab]\b/);
    expect(run.stdout).not.toContain('## The texts side by side');
  });

  test('--format json prints the report object; options reach compare()', () => {
    const run = muqabala(['compare', AR, FA, '--format', 'json', '--lang-b', 'fa', '--published', '2025-10-20', '--published-a', '2025-10-19']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ComparisonReport;
    expect(report.version).toBe(1);
    expect(report.documents.a.text).toBe(readFileSync(AR, 'utf8'));
    expect(report.documents.b.languageSource.detected).toBe(false);
    expect(report.documents.a.publishedAt).toBe('2025-10-19');
    expect(report.documents.b.publishedAt).toBe('2025-10-20');
  });

  test('--lang-a/--lang-b take BCP 47 tags in any case, and a tag with a region fixes Dari or Iranian Persian', () => {
    const variant = (tag: string): unknown => (JSON.parse(muqabala(['compare', AR, FA, '--format', 'json', '--lang-a', 'AR', '--lang-b', tag]).stdout) as ComparisonReport).documents.b;
    expect(variant('fa-AF')).toMatchObject({ language: 'fa', variant: 'fa-AF', languageSource: { detected: false } });
    expect(variant('prs')).toMatchObject({ language: 'fa', variant: 'fa-AF' });
    expect(variant('FA-ir')).toMatchObject({ language: 'fa', variant: 'fa-IR' });
  });

  test('--format html prints one page; --sentences adds the sentence table to Markdown', () => {
    const html = muqabala(['compare', AR, FA, '--format', 'html']);
    const md = muqabala(['compare', AR, FA, '--sentences', '--no-isolates']);
    expect(html.code).toBe(0);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('<td class="side side-a" dir="rtl" lang="ar" data-label="bishkek.ar.txt">');
    expect(md.stdout).toContain('## The texts side by side');
    expect(md.stdout).not.toMatch(/[\u2067\u2069]/);
  });

  test('-o writes the file, in the format its extension names unless --format says otherwise', () => {
    const runs = [
      muqabala(['compare', AR, FA, '-o', 'out.html']),
      muqabala(['compare', AR, FA, '--output', 'out.json']),
      muqabala(['compare', AR, FA, '-o', 'out.htm', '--format', 'md']),
      muqabala(['compare', AR, FA, '-o', 'out.MARKDOWN']),
      muqabala(['compare', AR, FA, '-o', 'out.txt', '--format', 'json']),
    ];
    for (const run of runs) expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'out.html'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as ComparisonReport).version).toBe(1);
    expect(readFileSync(join(dir, 'out.htm'), 'utf8').startsWith('# Comparison report')).toBe(true);
    expect(readFileSync(join(dir, 'out.MARKDOWN'), 'utf8').startsWith('# Comparison report')).toBe(true);
    expect((JSON.parse(readFileSync(join(dir, 'out.txt'), 'utf8')) as ComparisonReport).version).toBe(1);
  });

  test('- reads standard input (as A or as B), and a byte order mark is dropped', () => {
    const b = muqabala(['compare', AR, '-', '--format', 'json'], readFileSync(FA));
    const a = muqabala(['compare', '-', FA], readFileSync(AR));
    const bom = muqabala(['compare', AR, 'bom.txt', '--format', 'json']);
    expect(b.code).toBe(0);
    expect((JSON.parse(b.stdout) as ComparisonReport).documents.b.text).toBe(readFileSync(FA, 'utf8'));
    expect(a.stdout.split('\n')[0]).toBe('# Comparison report: stdin and bishkek.fa-AF.txt');
    expect((JSON.parse(bom.stdout) as ComparisonReport).documents.b.text).toBe(readFileSync(FA, 'utf8'));
  });

  test('--fail-on exits 1 exactly when a reported finding reaches that severity', () => {
    const report = compare(readFileSync(AR, 'utf8'), readFileSync(FA, 'utf8'));
    const rank = { info: 0, warning: 1, conflict: 2 };
    for (const severity of ['info', 'warning', 'conflict'] as const) {
      const expected = report.findings.some((f) => rank[f.severity] >= rank[severity]) ? 1 : 0;
      expect(muqabala(['compare', AR, FA, '--fail-on', severity]).code, severity).toBe(expected);
    }
  });

  test('progress goes to stderr only when asked (or for large inputs on a terminal)', () => {
    const run = muqabala(['compare', AR, FA, '--progress', '-o', 'progress.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^muqabala: \[\d+\.\d s\] read .*bishkek\.ar\.txt \(\d+ characters\) and .*bishkek\.fa-AF\.txt/);
    expect(lines.at(-1)).toMatch(/^muqabala: \[\d+\.\d s\] wrote progress\.md$/);
    expect(muqabala(['compare', AR, FA, '-o', 'quiet.md'], '', fs, true).stderr).toBe('');
    expect(wantsProgress(LONG_INPUT - 1, true, 'auto')).toBe(false);
    expect(wantsProgress(LONG_INPUT, true, 'auto')).toBe(true);
    expect(wantsProgress(LONG_INPUT, false, 'auto')).toBe(false);
    expect(wantsProgress(LARGE_INPUT, false, 'auto')).toBe(true);
    expect(wantsProgress(LARGE_INPUT, true, 'never')).toBe(false);
    expect(wantsProgress(0, false, 'always')).toBe(true);
  });

  test('a document in neither Arabic nor Persian is compared, and said so on stderr and in the report', () => {
    const run = muqabala(['compare', 'english.txt', FA, '-o', 'english.md']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^muqabala: english\.txt: it does not read as Arabic or Persian \(it is mostly in the Latin script\)/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dir, 'english.md'), 'utf8')).toContain('> **Notice:** english.txt does not read as Arabic or Persian');
    const many = muqabala(['compare', 'english.txt', FA, AR, '--format', 'json']);
    expect(many.stderr.match(/english\.txt: it does not read/g)).toHaveLength(1);
    expect(muqabala(['compare', 'english.txt', FA, '--lang-a', 'ar', '-o', 'forced.md']).stderr).toBe('');
  });

  test.each([
    [['compare', AR, 'nope.txt'], 'muqabala: no such file: nope.txt'],
    [['compare', 'folder', FA], 'muqabala: folder is a directory, not a text file'],
    [['compare', AR, 'binary.bin'], 'muqabala: binary.bin looks like a binary file (it contains NUL bytes); give a UTF-8 text file'],
    [['compare', AR, 'latin1.txt'], 'muqabala: latin1.txt is not UTF-8 text (it has bytes that are not UTF-8); convert it to UTF-8'],
    [['compare', AR, 'utf16.txt'], 'muqabala: utf16.txt is UTF-16 text; save it as UTF-8'],
    [['compare', AR, 'empty.txt'], 'muqabala: empty.txt is empty'],
    [['compare', 'blank.txt', FA], 'muqabala: blank.txt is empty'],
    [['compare', AR, '-'], 'muqabala: stdin is empty'],
    [['compare', '-', '-'], 'muqabala: only one of the files can be - (standard input) (see muqabala compare --help)'],
    [['compare', AR, '-', FA, '-'], 'muqabala: only one of the files can be - (standard input) (see muqabala compare --help)'],
    [['compare', AR], 'muqabala: compare takes two files or more (A, B …), got 1 (see muqabala compare --help)'],
    [['compare', AR, FA, NEWS, '--lang-b', 'fa'], 'muqabala: --lang-b applies to two files only (got 3) (see muqabala compare --help)'],
    [['compare', AR, FA, NEWS, '--sentences'], 'muqabala: --sentences applies to two files only (got 3) (see muqabala compare --help)'],
    [['compare', AR, FA, NEWS, 'nope.txt'], 'muqabala: no such file: nope.txt'],
    [['compare', AR, FA, '--bogus'], 'muqabala: unknown option --bogus (see muqabala compare --help)'],
    [['compare', AR, FA, '--formt', 'md'], 'muqabala: unknown option --formt (did you mean --format?) (see muqabala compare --help)'],
    [['compare', AR, FA, '--fail-in', 'info'], 'muqabala: unknown option --fail-in (did you mean --fail-on?) (see muqabala compare --help)'],
    [['compare', AR, FA, '--format', 'pdf'], 'muqabala: --format must be one of json, md, html (got "pdf") (see muqabala compare --help)'],
    [['compare', AR, FA, '--format', 'jsn'], 'muqabala: --format must be one of json, md, html (got "jsn"); did you mean json? (see muqabala compare --help)'],
    [['compare', AR, FA, '--format'], "muqabala: Option '--format <value>' argument missing (see muqabala compare --help)"],
    [['compare', AR, FA, '--lang-a', 'en'], 'muqabala: --lang-a must be a language tag: ar, fa, fa-IR, fa-AF, prs, in any case (got "en") (see muqabala compare --help)'],
    [['compare', AR, FA, '--lang-b', 'fa-TJ'], 'muqabala: --lang-b must be a language tag: ar, fa, fa-IR, fa-AF, prs, in any case (got "fa-TJ") (see muqabala compare --help)'],
    [['compare', AR, FA, '--published', '2025-02-30'], 'muqabala: --published must be a date written YYYY-MM-DD (got "2025-02-30") (see muqabala compare --help)'],
    [['compare', AR, FA, '--kinds', 'name,weather'], 'muqabala: --kinds must be one of name, date, number, omission (got "weather") (see muqabala compare --help)'],
    [['compare', AR, FA, '--kinds', 'names'], 'muqabala: --kinds must be one of name, date, number, omission (got "names"); did you mean name? (see muqabala compare --help)'],
    [['compare', AR, FA, '--min-severity', 'high'], 'muqabala: --min-severity must be one of info, warning, conflict (got "high") (see muqabala compare --help)'],
    [['compare', AR, FA, '--fail-on', 'error'], 'muqabala: --fail-on must be one of info, warning, conflict (got "error") (see muqabala compare --help)'],
    [['compare', AR, FA, '--mode', 'paralel'], 'muqabala: --mode must be one of parallel, comparable, auto (got "paralel"); did you mean parallel? (see muqabala compare --help)'],
    [['compare', AR, FA, '--progress', '--quiet'], 'muqabala: --progress and --quiet contradict each other (see muqabala compare --help)'],
    [['compare', AR, FA, '-o', 'missing-folder/out.md'], 'muqabala: cannot write missing-folder/out.md: '],
    [['compare', AR, FA, '-o', 'report.txt'], 'muqabala: -o report.txt: the extension .txt names no format; name the file .md, .json or .html, or give --format md, json or html'],
    [['compare', AR, FA, '-o', 'report'], 'muqabala: -o report: a name without an extension names no format'],
    [['frobnicate'], 'muqabala: unknown command frobnicate (see muqabala --help)'],
    [['compre', AR, FA], 'muqabala: unknown command compre (did you mean compare?) (see muqabala --help)'],
    [['help', 'sgement'], 'muqabala: unknown command sgement (did you mean segment?) (see muqabala --help)'],
    [['--bogus'], 'muqabala: unknown option --bogus (see muqabala --help)'],
    [['--verison'], 'muqabala: unknown option --verison (did you mean --version?) (see muqabala --help)'],
    [['segment', AR, '--jsn'], 'muqabala: unknown option --jsn (did you mean --json?) (see muqabala segment --help)'],
  ])('%j exits 2 with a clear message', (args, message) => {
    const run = muqabala(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message), run.stderr).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the output file', () => {
  test('is refused when it is an input, by name, through a symbolic link or a hard link; the input is untouched', () => {
    const before = readFileSync(join(dir, 'a.txt'), 'utf8');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.md'));
    linkSync(join(dir, 'a.txt'), join(dir, 'hard.md'));
    for (const output of ['a.txt', './a.txt', join(dir, 'a.txt'), 'link.md', 'hard.md']) {
      const run = muqabala(['compare', 'a.txt', FA, '-o', output, '--format', 'md']);
      expect(run.code, output).toBe(2);
      expect(run.stderr).toBe(`muqabala: -o ${output} is the input a.txt: the report would replace it; write the report to another file\n`);
    }
    expect(muqabala(['compare', FA, 'a.txt', '-o', 'link.md']).code).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(before);
  });

  test('is written whole or not at all: a write that fails half-way leaves the old file and no temporary file', () => {
    writeFileSync(join(dir, 'kept.md'), 'the report of yesterday\n');
    const full: FileWrites = {
      writeFileSync: (path, data, options) => {
        fs.writeFileSync(path, data.slice(0, 100), options);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
      renameSync: fs.renameSync,
      rmSync: fs.rmSync,
    };
    const run = muqabala(['compare', AR, FA, '-o', 'kept.md'], '', full);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'muqabala: cannot write kept.md: ENOSPC: no space left on device, write\n' });
    expect(readFileSync(join(dir, 'kept.md'), 'utf8')).toBe('the report of yesterday\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('replaces the file a symbolic link points to, keeping the link and the file permissions', () => {
    writeFileSync(join(dir, 'target.md'), 'old\n', { mode: 0o640 });
    fs.chmodSync(join(dir, 'target.md'), 0o640);
    symlinkSync(join(dir, 'target.md'), join(dir, 'pointer.md'));
    expect(muqabala(['compare', AR, FA, '-o', 'pointer.md']).code).toBe(0);
    expect(fs.lstatSync(join(dir, 'pointer.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.md'), 'utf8').startsWith('# Comparison report')).toBe(true);
    expect(fs.statSync(join(dir, 'target.md')).mode & 0o777).toBe(0o640);
  });
});

describe('terminal escape sequences', () => {
  test('in the input never reach the terminal raw: segment and compare show them as symbols', () => {
    const segmented = muqabala(['segment', 'escapes.txt']);
    expect(segmented.code).toBe(0);
    expect(segmented.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(segmented.stdout).toContain('\u241b]0;pwned\u2407');
    const json = muqabala(['segment', 'escapes.txt', '--json']);
    expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect((JSON.parse(json.stdout) as { sentences: { text: string }[] }).sentences[0]?.text).toContain(`${ESC}]0;pwned`);
    for (const format of ['md', 'html', 'json']) {
      const run = muqabala(['compare', 'escapes.txt', FA, '--format', format, '--sentences']);
      expect(run.stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  test('in file names never reach the terminal raw in error messages', () => {
    const run = muqabala(['compare', AR, `no${ESC}[2Jsuch${ESC}]0;x\u0007.txt`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('muqabala: no such file: no\u241b[2Jsuch\u241b]0;x\u2407.txt\n');
  });
});

describe('muqabala compare with three files or more', () => {
  test('--format json prints the MultiReport: every pair, the translation pair, the tables', () => {
    const run = muqabala(['compare', ...FLOOD, '--format', 'json', '--published', '2024-05-16']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const many = JSON.parse(run.stdout) as MultiReport;
    expect(many.documents.map((d) => d.id)).toEqual(['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.ar.txt', 'badakhshan-news.fa-IR.txt']);
    expect(many.documents.every((d) => d.publishedAt === '2024-05-16')).toBe(true);
    expect(many.comparisons).toHaveLength(6);
    expect(many.translations.map((t) => [t.a, t.b])).toEqual([[0, 1]]);
    expect(many.facts.find((f) => f.status === 'conflict')?.documents).toEqual([0, 1, 2, 3]);
  });

  test('Markdown by default, HTML with --format html or -o x.html, files read from standard input too', () => {
    const md = muqabala(['compare', ...FLOOD]);
    const html = muqabala(['compare', ...FLOOD, '--format', 'html']);
    const file = muqabala(['compare', ...FLOOD.slice(0, 3), '-o', 'flood.html']);
    const stdin = muqabala(['compare', FLOOD[0] as string, '-', NEWS, '--format', 'json'], readFileSync(FLOOD[1] as string));
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('# Comparison of 4 documents');
    expect(md.stdout).toContain('**Translations:** D1 (badakhshan.ar.txt) and D2 (badakhshan.fa-AF.txt)');
    expect(md.stdout).toContain('## Check first: facts stated differently');
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('<h1><bdi dir="auto">Comparison of 4 documents</bdi></h1>');
    expect(file).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'flood.html'), 'utf8')).toContain('<h1><bdi dir="auto">Comparison of 3 documents</bdi></h1>');
    const fromStdin = JSON.parse(stdin.stdout) as MultiReport;
    expect(fromStdin.documents.map((d) => d.id)).toEqual(['badakhshan.ar.txt', 'stdin', 'badakhshan-news.ar.txt']);
    expect(fromStdin.documents[1]?.text).toBe(readFileSync(FLOOD[1] as string, 'utf8'));
  });

  test('options reach every pair; --fail-on looks at the findings of every pair', () => {
    const texts = FLOOD.map((f) => readFileSync(f, 'utf8'));
    const conflict = compareMany(texts).comparisons.some((c) => c.report.findings.some((f) => f.severity === 'conflict'));
    expect(conflict).toBe(true);
    const fail = muqabala(['compare', ...FLOOD, '--fail-on', 'conflict', '-o', 'fail.md']);
    const kinds = muqabala(['compare', ...FLOOD, '--kinds', 'name', '--fail-on', 'conflict', '--format', 'json']);
    const mode = muqabala(['compare', ...FLOOD, '--mode', 'comparable', '--format', 'json']);
    expect(fail.code).toBe(1);
    expect(kinds.code).toBe(0);
    expect((JSON.parse(kinds.stdout) as MultiReport).comparisons.every((c) => c.report.findings.every((f) => f.kind === 'name'))).toBe(true);
    expect((JSON.parse(mode.stdout) as MultiReport).translations).toEqual([]);
  });
});

describe('help and version', () => {
  test('--help, compare --help and help compare document the commands and every compare option', () => {
    const top = muqabala(['--help']);
    const compareHelp = muqabala(['compare', '--help']);
    expect(top).toEqual({ code: 0, stdout: USAGE + '\n', stderr: '' });
    expect(top.stdout).toMatch(/compare A B …/);
    expect(top.stdout).toMatch(/segment FILE/);
    expect(compareHelp).toEqual({ code: 0, stdout: COMPARE_USAGE + '\n', stderr: '' });
    expect(muqabala(['help', 'compare']).stdout).toBe(compareHelp.stdout);
    expect(muqabala(['help', 'segment']).stdout).toBe(SEGMENT_USAGE + '\n');
    expect(muqabala(['segment', '-h']).stdout).toBe(SEGMENT_USAGE + '\n');
    // Every option the parser accepts is in the help, and the exit codes are there.
    const source = readFileSync(join(ROOT, 'src/cli/compare.ts'), 'utf8');
    const block = source.slice(source.indexOf('const OPTIONS = {'), source.indexOf('} as const;'));
    const options = [...block.matchAll(/^\s*'?([a-z-]+)'?: \{ type/gm)].map((m) => m[1] as string);
    expect(options.length).toBeGreaterThan(10);
    for (const option of options) expect(COMPARE_USAGE, option).toContain(`--${option}`);
    for (const code of ['0 ', '1 ', '2 ', '3 ']) expect(COMPARE_USAGE).toContain(`\n  ${code} `);
  });

  test('bare muqabala prints the usage on stderr and exits 2', () => {
    expect(muqabala([])).toEqual({ code: 2, stdout: '', stderr: USAGE + '\n' });
  });

  test('--version prints the package version, also after a command', () => {
    for (const args of [['--version'], ['-v'], ['compare', '--version'], ['compare', AR, FA, '-v'], ['segment', '--version']]) {
      expect(muqabala(args), args.join(' ')).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    }
  });

  test("the README's exit codes are those of --help", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('| exit code |'));
    const table = [...section.slice(0, section.indexOf('\n\n')).matchAll(/^\| (\d) \| (.+) \|$/gm)].map((m) => `${m[1]}  ${m[2]}`);
    expect(table).toHaveLength(4);
    const help = USAGE.slice(USAGE.indexOf('Exit codes:')).split('\n').slice(1);
    expect(table).toEqual(help.map((line) => line.trim()));
  });

  test('segment splits a file into sentences', () => {
    const run = muqabala(['segment', AR]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^0\t0\t0-\d+\tأعلن وزير الدفاع/);
  });
});

describe('parseCompareArgs', () => {
  test('turns the options into compare() options', () => {
    expect(parseCompareArgs(['a.txt', 'b.txt', '--kinds', 'name, date', '--min-severity', 'warning', '--mode', 'comparable', '--lang-a', 'ar', '--lang-b', 'prs'])).toEqual({
      files: ['a.txt', 'b.txt'],
      format: 'md',
      sentences: false,
      isolates: true,
      sources: [{ language: 'ar' }, { language: 'prs' }],
      options: { kinds: ['name', 'date'], minSeverity: 'warning', mode: 'comparable' },
      progress: 'auto',
    });
    expect(parseCompareArgs(['a', 'b', '-h'])).toBe('help');
    expect(parseCompareArgs(['--version'])).toBe('version');
  });

  test('three files or more: one source each, --published for all', () => {
    expect(parseCompareArgs(['a', 'b', 'c', '--published', '2024-05-16', '--format', 'json'])).toMatchObject({
      files: ['a', 'b', 'c'],
      format: 'json',
      sources: [{ publishedAt: '2024-05-16' }, { publishedAt: '2024-05-16' }, { publishedAt: '2024-05-16' }],
    });
  });
});

// The real process, for what only it has. tsx is resolved here: the tool runs in a scratch folder.
const TSX = import.meta.resolve('tsx');

function spawned(args: readonly string[], input: string | Buffer, onStdout?: (chunk: Buffer, stop: () => void) => void): Promise<Run & { bytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'src/cli/main.ts'), ...args], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    child.stdout.on('data', (d: Buffer) => {
      bytes += d.length;
      out.push(d);
      onStdout?.(d, () => child.stdout.destroy());
    });
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => { resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), bytes }); });
    child.stdin.end(input);
  });
}

describe('the process', { timeout: 120_000 }, () => {
  const long = readFileSync(AR, 'utf8').repeat(120);

  test.concurrent('a long report reaches a pipe whole, with the exit code --fail-on asks for', async () => {
    const run = await spawned(['compare', '-', FA, '--format', 'json', '--quiet', '--fail-on', 'info'], long);
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(4 * 65_536); // several pipe buffers
    expect((JSON.parse(run.stdout) as ComparisonReport).documents.a.text).toBe(long);
    expect(run.stderr).toBe('');
  });

  test.concurrent('a reader that stops early (| head -c 300) ends it quietly, exit code 0', async () => {
    const run = await spawned(['compare', '-', FA, '--format', 'html'], long, (_chunk, stop) => { stop(); });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.bytes).toBeGreaterThan(0);
  });
});
