/**
 * The command-line tool end to end: `node --import tsx src/cli/main.ts …` as a user would run the built
 * `muqabala`, with files, standard input, every output format, and every error a user can make.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMPARE_USAGE, parseCompareArgs } from '../src/cli/compare.js';
import { LARGE_INPUT, LONG_INPUT, wantsProgress } from '../src/cli/progress.js';
import { compare, compareMany, type ComparisonReport, type MultiReport } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const AR = join(ROOT, 'examples/reports/bishkek.ar.txt');
const FA = join(ROOT, 'examples/reports/bishkek.fa-AF.txt');
// Four reports of one flood: an Arabic report, its Dari translation, two independent outlets.
const FLOOD = ['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.ar.txt', 'badakhshan-news.fa-IR.txt'].map((f) => join(ROOT, 'examples/reports', f));
const NEWS = FLOOD[2] as string;
// Resolved here, since the tool runs in a scratch folder where 'tsx' is not a package name that resolves.
const TSX = import.meta.resolve('tsx');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function muqabala(args: readonly string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: dir,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(input ?? '');
  });
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-cli-'));
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('وزیر', 'utf16le')]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
  writeFileSync(join(dir, 'bom.txt'), '\ufeff' + readFileSync(FA, 'utf8'));
  mkdirSync(join(dir, 'folder'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('muqabala compare', () => {
  test.concurrent('prints a Markdown report by default, naming the files, with nothing on stderr in a pipe', async () => {
    const run = await muqabala(['compare', AR, FA]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.split('\n')[0]).toBe('# Comparison report: A (bishkek.ar.txt) and B (bishkek.fa-AF.txt)');
    expect(run.stdout).toContain('| language | Arabic (ar), detected');
    expect(run.stdout).not.toContain('## Aligned sentences');
  });

  test.concurrent('--format json prints the report object; options reach compare()', async () => {
    const run = await muqabala(['compare', AR, FA, '--format', 'json', '--lang-b', 'fa', '--published', '2025-10-20', '--published-a', '2025-10-19']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ComparisonReport;
    expect(report.version).toBe(1);
    expect(report.documents.a.text).toBe(readFileSync(AR, 'utf8'));
    expect(report.documents.b.languageSource.detected).toBe(false);
    expect(report.documents.a.publishedAt).toBe('2025-10-19');
    expect(report.documents.b.publishedAt).toBe('2025-10-20');
  });

  test.concurrent('--format html prints one page; --sentences adds the sentence table to Markdown', async () => {
    const [html, md] = await Promise.all([
      muqabala(['compare', AR, FA, '--format', 'html']),
      muqabala(['compare', AR, FA, '--sentences', '--no-isolates']),
    ]);
    expect(html.code).toBe(0);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('<td class="side side-a" dir="rtl" lang="ar">');
    expect(md.stdout).toContain('## Aligned sentences');
    expect(md.stdout).not.toMatch(/[\u2067\u2069]/);
  });

  test.concurrent('-o writes the file, in the format its extension names unless --format says otherwise', async () => {
    const runs = await Promise.all([
      muqabala(['compare', AR, FA, '-o', 'out.html']),
      muqabala(['compare', AR, FA, '--output', 'out.json']),
      muqabala(['compare', AR, FA, '-o', 'out.htm', '--format', 'md']),
      muqabala(['compare', AR, FA, '-o', 'out.txt']),
    ]);
    for (const run of runs) expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'out.html'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as ComparisonReport).version).toBe(1);
    expect(readFileSync(join(dir, 'out.htm'), 'utf8').startsWith('# Comparison report')).toBe(true);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8').startsWith('# Comparison report')).toBe(true);
  });

  test.concurrent('- reads standard input (as A or as B), and a byte order mark is dropped', async () => {
    const [b, a, bom] = await Promise.all([
      muqabala(['compare', AR, '-', '--format', 'json'], readFileSync(FA)),
      muqabala(['compare', '-', FA], readFileSync(AR)),
      muqabala(['compare', AR, 'bom.txt', '--format', 'json']),
    ]);
    expect(b.code).toBe(0);
    expect((JSON.parse(b.stdout) as ComparisonReport).documents.b.text).toBe(readFileSync(FA, 'utf8'));
    expect(a.stdout.split('\n')[0]).toBe('# Comparison report: A (stdin) and B (bishkek.fa-AF.txt)');
    expect((JSON.parse(bom.stdout) as ComparisonReport).documents.b.text).toBe(readFileSync(FA, 'utf8'));
  });

  test.concurrent('a long report reaches a pipe whole', async () => {
    const long = readFileSync(AR, 'utf8').repeat(120);
    const run = await muqabala(['compare', '-', FA, '--format', 'json', '--quiet'], long);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(4 * 65_536); // several pipe buffers
    expect((JSON.parse(run.stdout) as ComparisonReport).documents.a.text).toBe(long);
  });

  test.concurrent('--fail-on exits 1 exactly when a reported finding reaches that severity', async () => {
    const report = compare(readFileSync(AR, 'utf8'), readFileSync(FA, 'utf8'));
    const runs = await Promise.all(
      (['info', 'warning', 'conflict'] as const).map(async (severity) => {
        const run = await muqabala(['compare', AR, FA, '--fail-on', severity]);
        const rank = { info: 0, warning: 1, conflict: 2 };
        const expected = report.findings.some((f) => rank[f.severity] >= rank[severity]) ? 1 : 0;
        return [run.code, expected];
      }),
    );
    for (const [code, expected] of runs) expect(code).toBe(expected);
  });

  test.concurrent('progress goes to stderr only when asked (or for large inputs on a terminal)', async () => {
    const run = await muqabala(['compare', AR, FA, '--progress', '-o', 'progress.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^muqabala: \[\d+\.\d s\] read .*bishkek\.ar\.txt \(\d+ characters\) and .*bishkek\.fa-AF\.txt/);
    expect(lines.at(-1)).toMatch(/^muqabala: \[\d+\.\d s\] wrote progress\.md$/);
    expect(wantsProgress(LONG_INPUT - 1, true, 'auto')).toBe(false);
    expect(wantsProgress(LONG_INPUT, true, 'auto')).toBe(true);
    expect(wantsProgress(LONG_INPUT, false, 'auto')).toBe(false);
    expect(wantsProgress(LARGE_INPUT, false, 'auto')).toBe(true);
    expect(wantsProgress(LARGE_INPUT, true, 'never')).toBe(false);
    expect(wantsProgress(0, false, 'always')).toBe(true);
  });

  test.concurrent.each([
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
    [['compare', AR, FA, '--bogus'], "muqabala: Unknown option '--bogus' (see muqabala compare --help)"],
    [['compare', AR, FA, '--format', 'pdf'], 'muqabala: --format must be one of json, md, html (got "pdf") (see muqabala compare --help)'],
    [['compare', AR, FA, '--format'], "muqabala: Option '--format <value>' argument missing (see muqabala compare --help)"],
    [['compare', AR, FA, '--lang-a', 'en'], 'muqabala: --lang-a must be one of ar, fa (got "en") (see muqabala compare --help)'],
    [['compare', AR, FA, '--published', '2025-02-30'], 'muqabala: --published must be a date written YYYY-MM-DD (got "2025-02-30") (see muqabala compare --help)'],
    [['compare', AR, FA, '--kinds', 'name,weather'], 'muqabala: --kinds must be one of name, date, number, omission (got "weather") (see muqabala compare --help)'],
    [['compare', AR, FA, '--min-severity', 'high'], 'muqabala: --min-severity must be one of info, warning, conflict (got "high") (see muqabala compare --help)'],
    [['compare', AR, FA, '--fail-on', 'error'], 'muqabala: --fail-on must be one of info, warning, conflict (got "error") (see muqabala compare --help)'],
    [['compare', AR, FA, '--mode', 'loose'], 'muqabala: --mode must be one of parallel, comparable, auto (got "loose") (see muqabala compare --help)'],
    [['compare', AR, FA, '--progress', '--quiet'], 'muqabala: --progress and --quiet contradict each other (see muqabala compare --help)'],
    [['compare', AR, FA, '-o', 'missing-folder/out.md'], 'muqabala: cannot write missing-folder/out.md: '],
    [['frobnicate'], 'muqabala: unknown command frobnicate (see muqabala --help)'],
    [['--bogus'], 'muqabala: unknown option --bogus (see muqabala --help)'],
  ])('%j exits 2 with a clear message', async (args, message) => {
    const run = await muqabala(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message), run.stderr).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('muqabala compare with three files or more', () => {
  test.concurrent('--format json prints the MultiReport: every pair, the translation pair, the tables', async () => {
    const run = await muqabala(['compare', ...FLOOD, '--format', 'json', '--published', '2024-05-16']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const many = JSON.parse(run.stdout) as MultiReport;
    expect(many.documents.map((d) => d.id)).toEqual(['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.ar.txt', 'badakhshan-news.fa-IR.txt']);
    expect(many.documents.every((d) => d.publishedAt === '2024-05-16')).toBe(true);
    expect(many.comparisons).toHaveLength(6);
    expect(many.translations.map((t) => [t.a, t.b])).toEqual([[0, 1]]);
    expect(many.facts.find((f) => f.status === 'conflict')?.documents).toEqual([0, 1, 2, 3]);
  });

  test.concurrent('Markdown by default, HTML with --format html or -o x.html, files read from standard input too', async () => {
    const [md, html, file, stdin] = await Promise.all([
      muqabala(['compare', ...FLOOD]),
      muqabala(['compare', ...FLOOD, '--format', 'html']),
      muqabala(['compare', ...FLOOD.slice(0, 3), '-o', 'flood.html']),
      muqabala(['compare', FLOOD[0] as string, '-', NEWS, '--format', 'json'], readFileSync(FLOOD[1] as string)),
    ]);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('# Comparison of 4 documents');
    expect(md.stdout).toContain('**Translations:** D0 (badakhshan.ar.txt) ↔ D1 (badakhshan.fa-AF.txt)');
    expect(md.stdout).toContain('## Facts');
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('<h1>Comparison of 4 documents</h1>');
    expect(file).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'flood.html'), 'utf8')).toContain('<h1>Comparison of 3 documents</h1>');
    const fromStdin = JSON.parse(stdin.stdout) as MultiReport;
    expect(fromStdin.documents.map((d) => d.id)).toEqual(['badakhshan.ar.txt', 'stdin', 'badakhshan-news.ar.txt']);
    expect(fromStdin.documents[1]?.text).toBe(readFileSync(FLOOD[1] as string, 'utf8'));
  });

  test.concurrent('options reach every pair; --fail-on looks at the findings of every pair', async () => {
    const texts = FLOOD.map((f) => readFileSync(f, 'utf8'));
    const conflict = compareMany(texts).comparisons.some((c) => c.report.findings.some((f) => f.severity === 'conflict'));
    expect(conflict).toBe(true);
    const [fail, kinds, mode] = await Promise.all([
      muqabala(['compare', ...FLOOD, '--fail-on', 'conflict', '-o', 'fail.md']),
      muqabala(['compare', ...FLOOD, '--kinds', 'name', '--fail-on', 'conflict', '--format', 'json']),
      muqabala(['compare', ...FLOOD, '--mode', 'comparable', '--format', 'json']),
    ]);
    expect(fail.code).toBe(1);
    expect(kinds.code).toBe(0);
    expect((JSON.parse(kinds.stdout) as MultiReport).comparisons.every((c) => c.report.findings.every((f) => f.kind === 'name'))).toBe(true);
    expect((JSON.parse(mode.stdout) as MultiReport).translations).toEqual([]);
  });
});

describe('help and version', () => {
  test.concurrent('--help, compare --help and help compare document the commands and every compare option', async () => {
    const [top, none, compareHelp, helpCompare] = await Promise.all([
      muqabala(['--help']),
      muqabala([]),
      muqabala(['compare', '--help']),
      muqabala(['help', 'compare']),
    ]);
    expect(top.code).toBe(0);
    expect(none.stdout).toBe(top.stdout);
    expect(top.stdout).toMatch(/compare A B …/);
    expect(top.stdout).toMatch(/segment FILE/);
    expect(compareHelp).toEqual({ code: 0, stdout: COMPARE_USAGE + '\n', stderr: '' });
    expect(helpCompare.stdout).toBe(compareHelp.stdout);
    // Every option the parser accepts is in the help, and the exit codes are there.
    const source = readFileSync(join(ROOT, 'src/cli/compare.ts'), 'utf8');
    const block = source.slice(source.indexOf('options: {'), source.indexOf('},\n    });'));
    const options = [...block.matchAll(/^\s*'?([a-z-]+)'?: \{ type/gm)].map((m) => m[1] as string);
    expect(options.length).toBeGreaterThan(10);
    for (const option of options) expect(COMPARE_USAGE, option).toContain(`--${option}`);
    for (const code of ['0 ', '1 ', '2 ', '3 ']) expect(COMPARE_USAGE).toContain(`\n  ${code} `);
  });

  test.concurrent('--version prints the package version', async () => {
    expect(await muqabala(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect((await muqabala(['-v'])).stdout).toBe(`${VERSION}\n`);
  });

  test.concurrent('segment still splits a file into sentences', async () => {
    const run = await muqabala(['segment', AR]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^0\t0\t0-\d+\tأعلن وزير الدفاع/);
  });
});

describe('parseCompareArgs', () => {
  test('turns the options into compare() options', () => {
    expect(parseCompareArgs(['a.txt', 'b.txt', '--kinds', 'name, date', '--min-severity', 'warning', '--mode', 'comparable', '--lang-a', 'ar'])).toEqual({
      files: ['a.txt', 'b.txt'],
      format: 'md',
      sentences: false,
      isolates: true,
      sources: [{ language: 'ar' }, {}],
      options: { kinds: ['name', 'date'], minSeverity: 'warning', mode: 'comparable' },
      progress: 'auto',
    });
    expect(parseCompareArgs(['a', 'b', '-h'])).toBeUndefined();
  });

  test('three files or more: one source each, --published for all', () => {
    expect(parseCompareArgs(['a', 'b', 'c', '--published', '2024-05-16', '--format', 'json'])).toMatchObject({
      files: ['a', 'b', 'c'],
      format: 'json',
      sources: [{ publishedAt: '2024-05-16' }, { publishedAt: '2024-05-16' }, { publishedAt: '2024-05-16' }],
    });
  });
});
