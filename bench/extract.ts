/**
 * Speed of the fact extractors on about 1 MB of news text per language, built at run time by repeating the
 * seed reports (../shared/seeds; NTREX or the project's example reports when the seeds are absent), in MB
 * of UTF-8 per second. Requirement: 1 MB in well under a second.
 *
 *   npx tsx bench/extract.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage, extractDates, extractNumbers } from '../src/index.js';
import { mb, newsText, SHARED, time } from './corpus.js';

const SIZE = 1_000_000;

/** About 1 MB of the seed reports of one language, repeated. */
function seedText(language: 'ar' | 'fa'): string {
  const dir = join(SHARED, 'seeds');
  const texts = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .filter((t) => detectLanguage(t).language === language)
    : [];
  if (texts.length === 0) return newsText(SIZE, language === 'ar' ? 'arb' : 'prs');
  const unit = texts.join('\n\n');
  return `${unit}\n\n`.repeat(Math.max(1, Math.round(SIZE / Buffer.byteLength(unit, 'utf8'))));
}

export function benchExtract(): string[] {
  const lines: string[] = [];
  for (const language of ['ar', 'fa'] as const) {
    const text = seedText(language);
    const bytes = Buffer.byteLength(text, 'utf8');
    for (const [name, fn] of [
      ['extractDates', () => extractDates(text).length],
      ['extractNumbers', () => extractNumbers(text).length],
    ] as const) {
      const ms = time(fn);
      lines.push(
        `${name.padEnd(15)} ${language}  ${mb(bytes)} MB (${fn()} found) in ${ms.toFixed(0)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`,
      );
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchExtract()) console.log(line);
