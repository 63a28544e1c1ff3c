/**
 * Throughput of findNames (and the cost of clusterNames on its output) on about 1 MB of news text: the
 * seed reports of ../shared/seeds repeated at run time (no seed text is stored in the project).
 *
 *   npx tsx bench/names-speed.ts [SEEDS_DIR]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterNames, compareNames, findNames, type NameLanguage } from '../src/index.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/seeds');
if (!existsSync(dir)) {
  console.log(`no seeds at ${dir}; nothing to measure`);
  process.exit(0);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const TARGET = 1_000_000;

for (const language of ['ar', 'fa'] as NameLanguage[]) {
  const pool = texts.filter((t) => (language === 'fa') === /[پچژگ]/u.test(t));
  if (pool.length === 0) continue;
  let big = '';
  while (big.length < TARGET) for (const t of pool) big += t + '\n\n';
  findNames(big.slice(0, 20_000), { language }); // warm the lexicons
  const runs = 3;
  let best = Infinity;
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    found = findNames(big, { language }).length;
    best = Math.min(best, performance.now() - t0);
  }
  console.log(
    `findNames ${language}: ${(big.length / 1e6).toFixed(2)} M chars in ${best.toFixed(0)} ms (best of ${runs}) — ${(big.length / 1e3 / best).toFixed(0)} k chars/ms… ${found} mentions`,
  );
}

const mentions = texts.flatMap((t, i) => findNames(t).map((m) => ({ ...m, document: files[i] as string })));
let t0 = performance.now();
const clusters = clusterNames(mentions);
console.log(`clusterNames: ${mentions.length} mentions from ${texts.length} texts into ${clusters.length} clusters in ${(performance.now() - t0).toFixed(0)} ms`);

t0 = performance.now();
let n = 0;
for (let r = 0; r < 200; r++) {
  compareNames('إيمانغالي تاسماغامبيتوف', 'ایمانغالی تاسماگامبتوف');
  compareNames('إمام علي رحمن', 'امامعلی رحمان');
  compareNames('الصين', 'چین');
  n += 3;
}
console.log(`compareNames: ${((performance.now() - t0) / n).toFixed(3)} ms per pair`);
