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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../src/index.js';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const toPersian = (n: number): string => String(n).replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)] as string);
const fromPersian = (s: string): number => Number(s.replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d))));

/** Two parallel reports of about `megabytes` MB of UTF-8 each. */
export function hugePair(megabytes: number): { a: string; b: string } {
  const read = (file: string): string[] => readFileSync(join(import.meta.dirname, '../examples/reports', file), 'utf8').trim().split('\n');
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
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'compare-huge.ts'), '--measure', String(megabytes)], {
    cwd: join(import.meta.dirname, '..'),
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) return [`compare-huge: the measuring process failed (${run.status ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`];
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
