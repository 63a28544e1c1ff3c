/**
 * Speed of the fact extractors on about 1 MB of news text per language, built at run time by repeating
 * the seed reports (../shared/seeds; the project's own examples/reports when the seeds are absent).
 *
 *   npx tsx bench/extract.ts [--mb 1] [--runs 5]
 *
 * Prints, per language and extractor, the best and median time of the runs and the throughput in MB/s
 * (1 MB = 2^20 UTF-16 code units, the unit JavaScript strings are measured in).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage, extractDates, extractNumbers } from '../src/index.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const size = flag('--mb', 1) * 2 ** 20;
const runs = flag('--runs', 5);

const seeds = join(import.meta.dirname, '../../shared/seeds');
const dir = existsSync(seeds) ? seeds : join(import.meta.dirname, '../examples/reports');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const byLanguage: Record<'ar' | 'fa', string[]> = { ar: [], fa: [] };
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  const { language } = detectLanguage(text);
  if (language === 'ar' || language === 'fa') byLanguage[language].push(text);
}

function corpus(texts: readonly string[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const t = texts[i % texts.length] as string;
    parts.push(t);
    length += t.length + 2;
  }
  return parts.join('\n\n');
}

function time(fn: () => number): { best: number; median: number; count: number } {
  const times: number[] = [];
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    count = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { best: times[0] as number, median: times[Math.floor(times.length / 2)] as number, count };
}

console.log(`texts from ${dir}; ${runs} runs each`);
for (const language of ['ar', 'fa'] as const) {
  if (byLanguage[language].length === 0) continue;
  const text = corpus(byLanguage[language]);
  const mb = text.length / 2 ** 20;
  for (const [name, run] of [
    ['extractDates', () => extractDates(text).length],
    ['extractNumbers', () => extractNumbers(text).length],
  ] as const) {
    const { best, median, count } = time(run);
    console.log(
      `${language} ${name.padEnd(15)} ${mb.toFixed(2)} MB, ${String(count).padStart(6)} found: best ${best.toFixed(0)} ms, median ${median.toFixed(0)} ms, ${(mb / (median / 1000)).toFixed(1)} MB/s`,
    );
  }
}
