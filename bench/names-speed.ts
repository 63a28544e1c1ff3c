/**
 * Throughput of findNames on about 1 MB of news text — the seed reports of ../shared/seeds repeated at run
 * time (no seed text is stored in the project; the example reports stand in when the seeds are absent) —
 * and the cost of compareNames and clusterNames. Requirement: 1 MB through findNames in under a second.
 *
 *   npx tsx bench/names-speed.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterNames, compareNames, findNames, type NameLanguage } from '../src/index.js';
import { SHARED, time } from './corpus.js';
import { readOpenPairs } from './names-open.js';

function reports(): { name: string; text: string }[] {
  const seeds = join(SHARED, 'seeds');
  const dir = existsSync(seeds) ? seeds : join(import.meta.dirname, '../examples/reports');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function benchNames(): string[] {
  const lines: string[] = [];
  const texts = reports();
  for (const language of ['ar', 'fa'] as NameLanguage[]) {
    const pool = texts.filter((t) => (language === 'fa') === /[پچژگ]/u.test(t.text)).map((t) => t.text);
    if (pool.length === 0) continue;
    let big = '';
    while (big.length < 1_000_000) big += pool.join('\n\n') + '\n\n';
    let found = 0;
    const ms = time(() => (found = findNames(big, { language }).length), 1000);
    lines.push(`findNames ${language}: ${(big.length / 1e6).toFixed(2)} M characters in ${ms.toFixed(0)} ms (${found} mentions)`);
  }
  const mentions = texts.flatMap((t) => findNames(t.text).map((m) => ({ ...m, document: t.name })));
  let clusters = 0;
  const clusterMs = time(() => (clusters = clusterNames(mentions).length), 1000);
  lines.push(`clusterNames: ${mentions.length} mentions of ${texts.length} texts into ${clusters} clusters in ${clusterMs.toFixed(0)} ms`);
  const pairMs = time(() => {
    compareNames('إيمانغالي تاسماغامبيتوف', 'ایمانغالی تاسماگامبتوف');
    compareNames('إمام علي رحمن', 'امامعلی رحمان');
    compareNames('الصين', 'چین');
  }, 500);
  lines.push(`compareNames: ${(pairMs / 3).toFixed(2)} ms per pair`);
  // The open-world pairs of issue 12 (heads, translated names, Latin script): the mean over all of them.
  const open = readOpenPairs('name-pairs-open.tsv');
  const openMs = time(() => {
    for (const p of open) compareNames(p.a, p.b);
  }, 1000);
  lines.push(`compareNames on the ${open.length} development pairs of issue 12: ${(openMs / open.length).toFixed(2)} ms per pair`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchNames()) console.log(line);
