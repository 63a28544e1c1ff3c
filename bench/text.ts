/**
 * Throughput of the text layer: normalize and segment on news text (NTREX documents repeated to ~10 MB),
 * in MB of UTF-8 per second. Requirement: normalize ≥ 30 MB/s, segment ≥ 10 MB/s on a 2-core machine.
 *
 *   npx tsx bench/text.ts
 */
import { detectLanguage, normalize, segment, tokenize } from '../src/index.js';
import { mb, newsText, time } from './corpus.js';

export function benchText(): string[] {
  const lines: string[] = [];
  for (const lang of ['arb', 'fas'] as const) {
    const text = newsText(10_000_000, lang);
    const bytes = Buffer.byteLength(text, 'utf8');
    for (const [name, fn] of [
      ['normalize', () => normalize(text)],
      ['segment', () => segment(text)],
      ['tokenize', () => tokenize(text)],
      ['detectLanguage', () => detectLanguage(text)],
    ] as const) {
      const ms = time(fn);
      lines.push(`${name.padEnd(15)} ${lang}  ${mb(bytes)} MB in ${ms.toFixed(0)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchText()) console.log(line);
