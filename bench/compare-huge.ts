/**
 * compare() on two reports of about 20 MB each (UTF-8), in a fresh process: wall time and peak memory
 * (process.resourceUsage().maxRSS) of the whole process, and of the process before the call (texts built).
 *
 * The reports are the example pair (examples/reports/) repeated: each copy takes the paragraphs in another
 * order (the same on both sides, so the pair stays a translation) and shifts every number by the copy's
 * index (in Western digits on the Arabic side, Persian digits on the Dari side), so that no two copies are
 * alike and the numbers still correspond.
 *
 *   npx tsx bench/compare-huge.ts [megabytes]      (default 20; npm run bench runs it as compare-huge)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { compare } from '../src/index.js';
import { hugePair } from './corpus.js';

interface Measured {
  megabytes: { a: number; b: number };
  sentences: { a: number; b: number };
  ms: number;
  rssBeforeMB: number;
  peakRssMB: number;
  beads: number;
  findings: number;
}

function measure(megabytes: number): Measured {
  const { a, b } = hugePair(megabytes);
  const rssBeforeMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const start = performance.now();
  const report = compare(a, b);
  const ms = Math.round(performance.now() - start);
  return {
    megabytes: { a: Buffer.byteLength(a) / 1e6, b: Buffer.byteLength(b) / 1e6 },
    sentences: { a: report.documents.a.sentences.length, b: report.documents.b.sentences.length },
    ms,
    rssBeforeMB,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    beads: report.alignment.beads.length,
    findings: report.findings.length,
  };
}

/** Runs the measurement in a fresh process (so that nothing measured before counts) and describes it. */
export function benchCompareHuge(megabytes = 20): string[] {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'compare-huge.ts'), '--measure', String(megabytes)],
    {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (run.status !== 0)
    return [
      `compare-huge: the measuring process failed (${run.status ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`,
    ];
  const m = JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as Measured;
  return [
    `compare() on ${m.megabytes.a.toFixed(1)} MB Arabic (${m.sentences.a} sentences) against ${m.megabytes.b.toFixed(1)} MB Dari (${m.sentences.b} sentences): ` +
      `${(m.ms / 1000).toFixed(1)} s, peak RSS ${m.peakRssMB} MB (${m.rssBeforeMB} MB before the call, texts built); ${m.beads} beads, ${m.findings} findings`,
  ];
}

const [, , flag, size] = process.argv;
if (import.meta.url === `file://${process.argv[1]}`) {
  if (flag === '--measure') console.log(JSON.stringify(measure(Number(size ?? 20))));
  else for (const line of benchCompareHuge(flag === undefined ? 20 : Number(flag))) console.log(line);
}
