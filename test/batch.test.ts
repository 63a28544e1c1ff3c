/**
 * `muqabala batch` end to end (`node --import tsx src/cli/main.ts batch …`, worker threads and all): reports in
 * the manifest's order whatever order the workers finish in, a bad line reported in its place, an interrupted
 * run resumed without comparing a pair twice, and the manifest split across "machines" with split and xargs as
 * the help describes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseManifest } from '../src/cli/batch-manifest.js';
import { compare, type ComparisonReport } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'examples/reports');
const TSX = import.meta.resolve('tsx');
const MAIN = join(ROOT, 'src/cli/main.ts');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function muqabala(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => { resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }); });
  });
}

type Line = { id: string; report?: ComparisonReport; error?: string };
const lines = (text: string): Line[] => text.trim().split('\n').map((l) => JSON.parse(l) as Line);

// The long pair first, so that with two workers the short ones after it finish before it.
const PAIRS = [
  { id: 'long', a: 'long.ar.txt', b: 'long.fa.txt' },
  { id: 'bishkek', a: `${REPORTS}/bishkek.ar.txt`, b: `${REPORTS}/bishkek.fa-AF.txt` },
  { id: 'badakhshan', a: `${REPORTS}/badakhshan.ar.txt`, b: { file: `${REPORTS}/badakhshan.fa-AF.txt`, language: 'fa' } },
  { id: 'news', a: `${REPORTS}/badakhshan-news.ar.txt`, b: `${REPORTS}/badakhshan-news.fa-IR.txt`, options: { mode: 'comparable' } },
  { id: 'inline', a: { text: 'قتل 12 شخصا في هرات.', language: 'ar' }, b: { text: '۱۵ نفر در هرات کشته شدند.', language: 'fa' } },
];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muqabala-batch-'));
  const ar = readFileSync(join(REPORTS, 'bishkek.ar.txt'), 'utf8');
  const fa = readFileSync(join(REPORTS, 'bishkek.fa-AF.txt'), 'utf8');
  writeFileSync(join(dir, 'long.ar.txt'), Array.from({ length: 40 }, () => ar).join('\n'));
  writeFileSync(join(dir, 'long.fa.txt'), Array.from({ length: 40 }, () => fa).join('\n'));
  writeFileSync(join(dir, 'manifest.jsonl'), PAIRS.map((p) => JSON.stringify(p)).join('\n') + '\n');
});

afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

describe('muqabala batch', () => {
  test('writes one report per pair in the order of the manifest, each the one compare() gives', async () => {
    const run = await muqabala(['batch', 'manifest.jsonl', '--workers', '2', '-o', 'all.jsonl']);
    expect(run.code).toBe(0);
    const out = lines(readFileSync(join(dir, 'all.jsonl'), 'utf8'));
    expect(out.map((l) => l.id)).toEqual(PAIRS.map((p) => p.id));
    const read = (f: string): string => readFileSync(f.startsWith('/') ? f : join(dir, f), 'utf8');
    expect(out[1]!.report).toEqual(compare(read(`${REPORTS}/bishkek.ar.txt`), read(`${REPORTS}/bishkek.fa-AF.txt`)));
    expect(out[3]!.report!.mode).toBe('comparable');
    expect(out[4]!.report!.findings.some((f) => f.kind === 'number' && f.severity === 'conflict')).toBe(true);
    expect(run.stderr).toMatch(/batch of 5 pairs: 5 compared, 0 skipped .*, 0 failed/);
  });

  test('a line it cannot compare gets an error in its place, and the exit code says so', async () => {
    writeFileSync(join(dir, 'bad.jsonl'), [JSON.stringify(PAIRS[1]), 'not json', JSON.stringify({ id: 'gone', a: 'missing.txt', b: 'long.fa.txt' }), JSON.stringify(PAIRS[4])].join('\n'));
    const run = await muqabala(['batch', 'bad.jsonl', '--workers', '2']);
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out.map((l) => l.id)).toEqual(['bishkek', 'line 2', 'gone', 'inline']);
    expect(out[1]!.error).toMatch(/manifest line 2/);
    expect(out[2]!.error).toMatch(/no such file/);
    expect(out[3]!.report).toBeDefined();
    expect(run.stderr).toMatch(/2 compared, 0 skipped .*, 2 failed/);
  });

  test('resumes an interrupted run: skips the pairs the output holds, drops a line cut short, compares the rest', async () => {
    const whole = readFileSync(join(dir, 'all.jsonl'), 'utf8');
    const kept = whole.split('\n').slice(0, 2).join('\n') + '\n';
    // Two whole reports and half of the third, as a run killed while writing leaves it.
    const third = whole.split('\n')[2] as string;
    writeFileSync(join(dir, 'resumed.jsonl'), kept + third.slice(0, third.length >> 1));
    const run = await muqabala(['batch', 'manifest.jsonl', '--workers', '2', '-o', 'resumed.jsonl']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/batch of 5 pairs: 3 compared, 2 skipped/);
    expect(readFileSync(join(dir, 'resumed.jsonl'), 'utf8')).toBe(whole);
    const again = await muqabala(['batch', 'manifest.jsonl', '-o', 'resumed.jsonl']);
    expect(again.stderr).toMatch(/0 compared, 5 skipped/);
    expect(readFileSync(join(dir, 'resumed.jsonl'), 'utf8')).toBe(whole);
  });

  test('the manifest split across machines with split and xargs (as the help shows) gives the same reports', async () => {
    const script = `split -n l/3 -d manifest.jsonl part- && ls part-?? | xargs -P 3 -I{} node --import ${TSX} ${MAIN} batch {} -o {}.out.jsonl --workers 1 && cat part-??.out.jsonl > merged.jsonl`;
    execFileSync('bash', ['-c', script], { cwd: dir, stdio: 'ignore' });
    expect(readdirSync(dir).filter((f) => /^part-\d\d$/.test(f))).toHaveLength(3);
    expect(readFileSync(join(dir, 'merged.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'all.jsonl'), 'utf8'));
  });

  test('rejects bad arguments with a usage error', async () => {
    expect((await muqabala(['batch'])).code).toBe(2);
    expect((await muqabala(['batch', 'manifest.jsonl', '--workers', '0'])).stderr).toMatch(/--workers must be a whole number/);
    expect((await muqabala(['batch', 'nothing.jsonl'])).stderr).toMatch(/cannot read the manifest nothing.jsonl: no such file/);
  });
});

describe('parseManifest', () => {
  test('resolves files against the manifest folder, defaults ids to line numbers, and reports bad lines in place', () => {
    const text = ['{"a": "x.txt", "b": {"text": "متن", "language": "fa"}}', '', '# a comment', '{"id": "y", "a": "/abs/a.txt", "b": "b.txt", "options": {"mode": "fast"}}', '{"a": "x.txt", "b": "y.txt", "id": "line 1"}'].join('\n');
    const entries = parseManifest(text, '/data/batch/manifest.jsonl');
    expect(entries[0]).toMatchObject({ id: 'line 1', line: 1, a: { file: '/data/batch/x.txt' }, b: { text: 'متن', language: 'fa' } });
    expect(entries[1]).toMatchObject({ id: 'y', line: 4, error: expect.stringMatching(/options.mode/) });
    expect(entries[2]).toMatchObject({ line: 5, error: expect.stringMatching(/already used/) });
  });
});
