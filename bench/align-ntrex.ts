/**
 * Alignment quality on NTREX dev, perturbed exactly as ../shared/eval/align_eval.py does (the cases come
 * from that script), scored the same way, over several perturbation seeds and both Persian variants.
 *
 *   npx tsx bench/align-ntrex.ts [--seeds 5] [--pairs arb-fas,arb-prs]
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { alignSentences } from '../src/index.js';
import { SHARED } from './corpus.js';

type Beads = [number[], number[]][];
interface Case {
  doc: string;
  source: string[];
  target: string[];
  gold: Beads;
}

export function ntrexCases(src: string, tgt: string, seed: number): Case[] {
  const out = execFileSync('python3', [join(import.meta.dirname, 'ntrex-cases.py'), join(SHARED, 'data/ntrex-dev'), src, tgt, String(seed)], {
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out.toString('utf8')) as Case[];
}

export interface AlignScore {
  strictF1: number;
  strictP: number;
  strictR: number;
  laxF1: number;
  droppedF1: number;
}

function f1(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

/** The scores of align_eval.py: strict beads, lax sentence pairs, and dropped sentences. */
export function scoreAlignment(golds: Beads[], tests: Beads[]): AlignScore {
  let tp = 0, fp = 0, fn = 0, ltp = 0, lfp = 0, lfn = 0, ntp = 0, nfp = 0, nfn = 0;
  golds.forEach((gold, d) => {
    const test = tests[d] as Beads;
    const key = (b: [number[], number[]]): string => JSON.stringify(b);
    const g = new Set(gold.filter(([a, b]) => a.length && b.length).map(key));
    const t = new Set(test.filter(([a, b]) => a.length && b.length).map(key));
    for (const x of t) {
      if (g.has(x)) tp++;
      else fp++;
    }
    for (const x of g) if (!t.has(x)) fn++;
    const pairs = (beads: Set<string>): Set<string> => {
      const out = new Set<string>();
      for (const k of beads) {
        const [a, b] = JSON.parse(k) as [number[], number[]];
        for (const x of a) for (const y of b) out.add(`${x},${y}`);
      }
      return out;
    };
    const gp = pairs(g);
    const tpairs = pairs(t);
    for (const x of tpairs) {
      if (gp.has(x)) ltp++;
      else lfp++;
    }
    for (const x of gp) if (!tpairs.has(x)) lfn++;
    const nulls = (beads: Beads): Set<string> => {
      const out = new Set<string>();
      for (const [a, b] of beads) {
        if (!b.length) for (const x of a) out.add(`s${x}`);
        if (!a.length) for (const y of b) out.add(`t${y}`);
      }
      return out;
    };
    const gn = nulls(gold);
    const tn = nulls(test);
    for (const x of tn) {
      if (gn.has(x)) ntp++;
      else nfp++;
    }
    for (const x of gn) if (!tn.has(x)) nfn++;
  });
  const [strictP, strictR, strictF1] = f1(tp, fp, fn);
  return { strictF1, strictP, strictR, laxF1: f1(ltp, lfp, lfn)[2], droppedF1: f1(ntp, nfp, nfn)[2] };
}

export function runAligner(cases: Case[], align: (s: string[], t: string[]) => Beads = defaultAlign): AlignScore {
  return scoreAlignment(
    cases.map((c) => c.gold),
    cases.map((c) => align(c.source, c.target)),
  );
}

function defaultAlign(s: string[], t: string[]): Beads {
  return alignSentences(s, t).beads.map((b) => [[...b.source], [...b.target]]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const seeds = Number(args[args.indexOf('--seeds') + 1] || 5) || 5;
  const pairs = (args.includes('--pairs') ? (args[args.indexOf('--pairs') + 1] as string) : 'arb-fas,arb-prs').split(',');
  for (const pair of pairs) {
    const [src, tgt] = pair.split('-') as [string, string];
    const scores: AlignScore[] = [];
    for (let k = 0; k < seeds; k++) {
      const seed = 20261123 + k;
      const s = runAligner(ntrexCases(src, tgt, seed));
      scores.push(s);
      console.log(`${pair} seed ${seed}: strict F1 ${s.strictF1.toFixed(3)} (P ${s.strictP.toFixed(3)} R ${s.strictR.toFixed(3)}), lax ${s.laxF1.toFixed(3)}, dropped ${s.droppedF1.toFixed(3)}`);
    }
    const range = (f: (s: AlignScore) => number): string => {
      const v = scores.map(f);
      return `${Math.min(...v).toFixed(3)}–${Math.max(...v).toFixed(3)} (mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3)})`;
    };
    console.log(`${pair} over ${seeds} seeds: strict F1 ${range((s) => s.strictF1)}, dropped F1 ${range((s) => s.droppedF1)}`);
  }
  for (const line of calibration(pairs, seeds)) console.log(line);
}

/** How often a bead is right, by its score: whether `score` can be read as a probability. */
export function calibration(pairs: readonly string[], seeds: number): string[] {
  const bins = [0, 0.5, 0.8, 0.95];
  const right = bins.map(() => 0);
  const total = bins.map(() => 0);
  for (const pair of pairs) {
    const [src, tgt] = pair.split('-') as [string, string];
    for (let k = 0; k < seeds; k++) {
      for (const c of ntrexCases(src, tgt, 20261123 + k)) {
        const gold = new Set(c.gold.map((b) => JSON.stringify(b)));
        for (const b of alignSentences(c.source, c.target).beads) {
          const bin = bins.filter((lo) => b.confidence >= lo).length - 1;
          total[bin] = (total[bin] as number) + 1;
          if (gold.has(JSON.stringify([b.source, b.target]))) right[bin] = (right[bin] as number) + 1;
        }
      }
    }
  }
  return bins.map((lo, i) => {
    const hi = bins[i + 1] ?? 1;
    return `beads scored ${lo.toFixed(2)}–${hi.toFixed(2)}: ${total[i]}, right ${((100 * (right[i] as number)) / Math.max(1, total[i] as number)).toFixed(1)}%`;
  });
}
