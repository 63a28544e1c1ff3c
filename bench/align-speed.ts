/**
 * Speed and memory of alignSentences on long inputs: NTREX dev documents repeated to N sentences per side,
 * with merges and drops as in align_eval.py. Each size runs in a fresh process so that its peak RSS is its own.
 * Requirement: 10,000 × 10,000 in under 2 s and under 250 MB peak RSS on a 2-core machine.
 *
 *   npm run build && npx tsx bench/align-speed.ts [1000 10000 50000]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './corpus.js';

/** A deterministic generator (mulberry32), so that every run builds the same input. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LongCase {
  source: string[];
  target: string[];
  gold: [number[], number[]][];
}

/** Sentences of NTREX arb and fas repeated to `n` source sentences, perturbed with 8% merges and 4% drops per side. */
export function longCase(n: number, seed = 1): LongCase {
  const read = (lang: string): string[] =>
    readFileSync(join(SHARED, 'data/ntrex-dev', `${lang}.txt`), 'utf8')
      .replace(/\r/g, '')
      .replace(/\n$/, '')
      .split('\n');
  const ar = read('arb');
  const fa = read('fas');
  const rand = random(seed);
  const source: string[] = [];
  const target: string[] = [];
  const gold: [number[], number[]][] = [];
  let k = 0;
  while (source.length < n) {
    const i = k % ar.length;
    const r = rand();
    if (r < 0.04) {
      gold.push([[source.length], []]);
      source.push(ar[i] as string);
      k++;
    } else if (r < 0.08) {
      gold.push([[], [target.length]]);
      target.push(fa[i] as string);
      k++;
    } else if (r < 0.16) {
      gold.push([[source.length], [target.length, target.length + 1]]);
      source.push(`${ar[i]} ${ar[(i + 1) % ar.length]}`);
      target.push(fa[i] as string, fa[(i + 1) % ar.length] as string);
      k += 2;
    } else if (r < 0.24) {
      gold.push([[source.length, source.length + 1], [target.length]]);
      source.push(ar[i] as string, ar[(i + 1) % ar.length] as string);
      target.push(`${fa[i]} ${fa[(i + 1) % ar.length]}`);
      k += 2;
    } else {
      gold.push([[source.length], [target.length]]);
      source.push(ar[i] as string);
      target.push(fa[i] as string);
      k++;
    }
  }
  return { source, target, gold };
}

async function measureInThisProcess(n: number): Promise<void> {
  // The build, as users run it (npm run bench builds first): tsx's transform of src/ adds a little to every closure.
  const { alignSentences } = (await import(join(import.meta.dirname, '../dist/index.js'))) as typeof import('../src/index.js');
  const { scoreAlignment } = await import('./align-ntrex.js');
  const c = longCase(n);
  const options = { sourceLanguage: 'ar', targetLanguage: 'fa' } as const;
  // The lexicon is built once per process, on the first call: timed apart.
  let t0 = performance.now();
  alignSentences(c.source.slice(0, 5), c.target.slice(0, 5), options);
  const setup = performance.now() - t0;
  const cpu0 = process.cpuUsage();
  t0 = performance.now();
  const alignment = alignSentences(c.source, c.target, options);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const s = scoreAlignment([c.gold], [alignment.beads.map((b) => [[...b.source], [...b.target]])]);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${String(c.source.length).padStart(6)} × ${String(c.target.length).padEnd(6)} ${(ms / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; lexicon built once before: ${(setup / 1000).toFixed(2)} s), peak RSS ${rss.toFixed(0)} MB, strict F1 ${s.strictF1.toFixed(3)}, dropped F1 ${s.droppedF1.toFixed(3)}`,
  );
}

export function benchAlignSpeed(sizes: number[]): string[] {
  return sizes.map((n) =>
    execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--one', String(n)], { encoding: 'utf8' }).trim(),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--one') await measureInThisProcess(Number(args[1]));
  else for (const line of benchAlignSpeed(args.length ? args.map(Number) : [1000, 10000, 50000])) console.log(line);
}
