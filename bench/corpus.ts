import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared folder beside the checkout (read at run time, never copied into the project). */
export const SHARED = join(import.meta.dirname, '../../shared');

/**
 * News text of about `bytes` UTF-8 bytes, in the given NTREX language, made by repeating its documents
 * (paragraphs separated by newlines, as scraped reports are). Falls back to the project's own example reports.
 */
export function newsText(bytes: number, lang: 'arb' | 'fas' | 'prs' = 'arb'): string {
  const file = join(SHARED, 'data/ntrex-dev', `${lang}.txt`);
  const base = existsSync(file)
    ? readFileSync(file, 'utf8').replace(/\r/g, '')
    : readFileSync(join(import.meta.dirname, '../examples/reports', lang === 'arb' ? 'bishkek.ar.txt' : 'bishkek.fa-AF.txt'), 'utf8');
  const unit = Buffer.byteLength(base, 'utf8');
  return base.repeat(Math.max(1, Math.round(bytes / unit)));
}

/** Runs `fn` until at least `minMs` have passed (and at least 3 times); returns the median milliseconds per run. */
export function time(fn: () => unknown, minMs = 1500): number {
  fn(); // warm up
  const runs: number[] = [];
  const until = performance.now() + minMs;
  while (runs.length < 3 || performance.now() < until) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] as number;
}

export function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const toPersian = (n: number): string => String(n).replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)] as string);
const fromPersian = (s: string): number => Number(s.replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d))));

/** Two parallel reports of about `megabytes` MB of UTF-8 each. */
export function hugePair(megabytes: number): { a: string; b: string } {
  const read = (file: string): string[] =>
    readFileSync(join(import.meta.dirname, '../examples/reports', file), 'utf8')
      .trim()
      .split('\n');
  const arabic = read('bishkek.ar.txt');
  const dari = read('bishkek.fa-AF.txt');
  // Paragraph i of the Dari report translates paragraph i of the Arabic one; the Arabic has one more, left out.
  const a: string[] = [];
  const b: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < megabytes * 1e6; copy++) {
    const order = arabic.map((_, i) => (i * 3 + copy) % arabic.length);
    for (const i of order) {
      const pa = (arabic[i] as string).replace(/\d+/g, (n) => String(Number(n) + copy));
      a.push(pa);
      bytes += Buffer.byteLength(pa) + 1;
      const pb = dari[i];
      if (pb !== undefined) b.push(pb.replace(/[۰-۹]+/g, (n) => toPersian(fromPersian(n) + copy)));
    }
  }
  return { a: a.join('\n'), b: b.join('\n') };
}
