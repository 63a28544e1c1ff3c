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
