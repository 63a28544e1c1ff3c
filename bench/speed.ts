/**
 * `npm run bench -- speed`: the speed and memory table of the README ("Speed and memory"), every row in a
 * fresh process so that each peak RSS is its own, against the built library (dist/, as users run it).
 *
 * Rows: compare() of 9,000 × 9,000 NTREX dev sentences (and hunalign aligning the same sentences, in the same
 * run, when `HUNALIGN=path/to/hunalign` is given: `../shared/tools/hunalign/build.sh` builds one); a two-page
 * pair (≈ 2,700 characters a side) cold (import + first compare() in a fresh process, the median of five
 * processes) and warm (the same pair again); new two-page pairs in a warm process, as a feed gives them; 200,000 short lines a side (and 50,000, for how memory grows); 30 MB a side (with the
 * progress events it reports). Times are wall and CPU (process.cpuUsage, user + system: on a shared machine CPU
 * time is the steadier); memory is the process's peak RSS, and the growth during the call over the input.
 *
 *   npm run build && HUNALIGN=/path/to/hunalign npx tsx bench/speed.ts [row …]
 *   rows: ntrex9k cold warm feed short huge batch
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hugePair, SHARED } from './corpus.js';

const DIST = join(import.meta.dirname, '../dist/index.js');
/** Calls of compare() on the two-page pair before the warm row measures, and calls it measures. */
const WARM_UP = 20;
const WARM_RUNS = 100;
/** Pairs of the feed row compared before it measures. */
const FEED_WARM_UP = 10;

interface Usage {
  wallMs: number;
  cpuMs: number;
  /** Peak RSS of the process, MB. */
  peakMB: number;
  /** RSS before the measured call, MB. */
  beforeMB?: number;
}

const readLines = (lang: string): string[] =>
  readFileSync(join(SHARED, 'data/ntrex-dev', lang.includes('.') ? lang : `${lang}.txt`), 'utf8')
    .replace(/\r/g, '')
    .replace(/\n$/, '')
    .split('\n');

/** NTREX dev's lines repeated to `n` a side (one sentence or two per line, line i of one side translating line i of the other). */
function ntrexLines(n: number): { a: string[]; b: string[] } {
  const ar = readLines('arb');
  const fa = readLines('fas');
  return {
    a: Array.from({ length: n }, (_, i) => ar[i % ar.length] as string),
    b: Array.from({ length: n }, (_, i) => fa[i % fa.length] as string),
  };
}

/**
 * `n` short lines a side: NTREX dev's lines of at most eight words, whole, with their Persian translations,
 * repeated (a list of headlines or captions). Whole lines, because the first five words of a line and of its
 * translation are not translations of each other: such a list shares too little content to be read as a
 * translation pair, and the row then timed a comparison of independent reports.
 */
function shortLines(n: number): { a: string; b: string } {
  const ar = readLines('arb');
  const fa = readLines('fas');
  const short = ar.flatMap((line, i) => (line.split(' ').length <= 8 && fa[i] ? [i] : []));
  const side = (lines: readonly string[]): string =>
    Array.from({ length: n }, (_, k) => lines[short[k % short.length] as number]).join('\n');
  return { a: side(ar), b: side(fa) };
}

/**
 * NTREX and TICO-19 dev cut into consecutive two-page pairs (≈ 2,700 characters on the Arabic side, with their
 * Persian translations), each pair different text: what a newsroom's feed gives a running process.
 */
function feedPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const data of ['ntrex-dev', 'tico19-dev']) {
    const read = (lang: string): string[] =>
      readFileSync(join(SHARED, 'data', data, `${lang}.txt`), 'utf8')
        .replace(/\r/g, '')
        .split('\n')
        .filter((l) => l.trim());
    const ar = read('arb');
    const fa = read('fas');
    for (let from = 0; ;) {
      let n = 0;
      let chars = 0;
      while (chars < 2700 && from + n < ar.length) chars += (ar[from + n++] as string).length + 1;
      if (chars < 2700) break;
      pairs.push([ar.slice(from, from + n).join('\n'), fa.slice(from, from + n).join('\n')]);
      from += n;
    }
  }
  return pairs;
}

/** The first NTREX dev lines that make ≈ 2,700 characters on the Arabic side, and their Persian translations. */
function twoPages(): { a: string; b: string } {
  const ar = readLines('arb');
  const fa = readLines('fas');
  let n = 0;
  for (let chars = 0; chars < 2700; n++) chars += (ar[n] as string).length + 1;
  return { a: ar.slice(0, n).join('\n'), b: fa.slice(0, n).join('\n') };
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const peakMB = (): number => process.resourceUsage().maxRSS / 1024;
const rssMB = (): number => process.memoryUsage.rss() / 1e6;

type Lib = typeof import('../src/index.js');
const load = async (): Promise<Lib> => (await import(DIST)) as Lib;

/** compare() on each pair in turn, timed call by call: the median wall and CPU time of a call. */
function medianPerCall(compare: Lib['compare'], pairs: readonly (readonly [string, string])[]): { wallMs: number; cpuMs: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (const [a, b] of pairs) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    compare(a, b);
    walls.push(performance.now() - t);
    cpus.push(cpuMs(cpu));
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

/**
 * What a long comparison compared: its mode and the share of each side's sentences in a bead with a counterpart.
 * A row that times a comparison which left most sentences out (as boilerplate, say) times nothing.
 */
function compared(report: ReturnType<Lib['compare']>): { mode: string; paired: string } {
  const share = (side: 'a' | 'b'): string => {
    const total = report.documents[side].sentences.length;
    const paired = report.alignment.beads.reduce((n, bead) => n + (bead.a.length && bead.b.length ? bead[side].length : 0), 0);
    return `${((100 * paired) / Math.max(1, total)).toFixed(1)}%`;
  };
  return { mode: report.mode, paired: `${share('a')} / ${share('b')}` };
}

/** What one row measures, in its own process; printed as one JSON line. */
const rows: Record<string, () => Promise<unknown>> = {
  async ntrex9k() {
    const { compare } = await load();
    const { a, b } = ntrexLines(9000);
    const beforeMB = rssMB();
    const cpu = process.cpuUsage();
    const t = performance.now();
    const report = compare({ text: a.join('\n'), language: 'ar' }, { text: b.join('\n'), language: 'fa' });
    return {
      wallMs: performance.now() - t,
      cpuMs: cpuMs(cpu),
      peakMB: peakMB(),
      beforeMB,
      sentences: report.documents.a.sentences.length,
      beads: report.alignment.beads.length,
      mode: report.mode,
    };
  },
  async warm() {
    const { compare } = await load();
    const { a, b } = twoPages();
    // Warm means the optimising compiler has done its work: a few calls leave most of the code interpreted.
    for (let i = 0; i < WARM_UP; i++) compare(a, b);
    return {
      ...medianPerCall(
        compare,
        Array.from({ length: WARM_RUNS }, () => [a, b] as const),
      ),
      peakMB: peakMB(),
    };
  },
  async feed() {
    const { compare } = await load();
    const pairs = feedPairs();
    // The first pairs warm the process up (JIT, indexes); every pair after them is new to it, as in a feed.
    for (const [a, b] of pairs.slice(0, FEED_WARM_UP)) compare(a, b);
    const measured = pairs.slice(FEED_WARM_UP);
    return { ...medianPerCall(compare, measured), peakMB: peakMB(), pairs: measured.length };
  },
  async short() {
    const n = Number(process.argv[4] ?? 200_000);
    const { compare } = await load();
    const { a, b } = shortLines(n);
    const beforeMB = rssMB();
    const cpu = process.cpuUsage();
    const t = performance.now();
    const report = compare({ text: a, language: 'ar' }, { text: b, language: 'fa' });
    return {
      wallMs: performance.now() - t,
      cpuMs: cpuMs(cpu),
      peakMB: peakMB(),
      beforeMB,
      inputBytes: Buffer.byteLength(a) + Buffer.byteLength(b),
      beads: report.alignment.beads.length,
      ...compared(report),
    };
  },
  async huge() {
    const megabytes = Number(process.argv[4] ?? 30);
    const { compare } = await load();
    const { a, b } = hugePair(megabytes);
    const beforeMB = rssMB();
    let events = 0;
    const stages = new Set<string>();
    const cpu = process.cpuUsage();
    const t = performance.now();
    const options = { onProgress: (p: { stage: string }) => (events++, stages.add(p.stage)) };
    const report = compare(a, b, options);
    return {
      wallMs: performance.now() - t,
      cpuMs: cpuMs(cpu),
      peakMB: peakMB(),
      beforeMB,
      inputBytes: Buffer.byteLength(a) + Buffer.byteLength(b),
      beads: report.alignment.beads.length,
      ...compared(report),
      findings: report.findings.length,
      progressEvents: events,
      stages: [...stages],
    };
  },
};

/** Runs one row in a fresh process and returns what it measured (the caller names the shape of its row). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function runRow<T>(row: string, arg?: string): T {
  const plain = row === 'cold';
  const args = plain
    ? [join(import.meta.dirname, 'speed-cold.mjs'), DIST]
    : ['--import', 'tsx', import.meta.filename, '--row', row, ...(arg ? [arg] : [])];
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as T;
}

/** hunalign on the same sentences, timed by /usr/bin/time (its CPU time and peak RSS), or undefined without it. */
function hunalign(a: readonly string[], b: readonly string[]): Usage | string {
  const binary = process.env.HUNALIGN;
  if (!binary) return 'HUNALIGN not given';
  const dir = mkdtempSync(join(tmpdir(), 'muqabala-hunalign-'));
  try {
    writeFileSync(join(dir, 'null.dic'), '');
    writeFileSync(join(dir, 'a.txt'), a.join('\n') + '\n');
    writeFileSync(join(dir, 'b.txt'), b.join('\n') + '\n');
    const t = performance.now();
    const run = spawnSync(
      '/usr/bin/time',
      ['-f', '%U %S %M', binary, '-utf', join(dir, 'null.dic'), join(dir, 'a.txt'), join(dir, 'b.txt')],
      // In the scratch directory: hunalign writes a translate.txt into the directory it runs in.
      { encoding: 'utf8', maxBuffer: 1 << 28, cwd: dir },
    );
    const wallMs = performance.now() - t;
    if (run.error || run.status !== 0) return `hunalign failed: ${run.error?.message ?? run.stderr.trim().split('\n').slice(-2).join(' ')}`;
    const [user, system, kb] = (run.stderr.trim().split('\n').at(-1) as string).split(' ').map(Number) as [number, number, number];
    return { wallMs, cpuMs: (user + system) * 1000, peakMB: kb / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const s = (ms: number): string =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 20 ? 1 : 0)} ms`;
const mb = (x: number): string => (x >= 1000 ? `${(x / 1024).toFixed(2)} GB` : `${x.toFixed(0)} MB`);
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1] as number;

const lines: Record<string, () => string[]> = {
  ntrex9k() {
    const m = runRow<Usage & { sentences: number; beads: number; mode: string }>('ntrex9k');
    const { a, b } = ntrexLines(9000);
    const h = hunalign(a, b);
    const ours = `compare() of 9,000 × 9,000 NTREX lines (${m.sentences.toLocaleString('en')} sentences, ${m.mode}): ${s(m.wallMs)} wall, ${s(m.cpuMs)} CPU, peak RSS ${mb(m.peakMB)}`;
    if (typeof h === 'string') return [ours, `  hunalign: ${h}`];
    return [
      ours,
      `  hunalign aligning the same lines: ${s(h.wallMs)} wall, ${s(h.cpuMs)} CPU, peak RSS ${mb(h.peakMB)}`,
      `  ratio compare() / hunalign: CPU time ${(m.cpuMs / h.cpuMs).toFixed(2)}×, peak memory ${(m.peakMB / h.peakMB).toFixed(2)}× (goal ≤ 0.5× and ≤ 1×)`,
    ];
  },
  cold() {
    const runs = Array.from({ length: 5 }, () => runRow<Usage & { importMs: number; chars: number[] }>('cold'));
    const chars = runs[0]?.chars ?? [];
    return [
      `two-page pair (${chars.join(' / ')} characters), fresh process, import + first compare(): ${s(median(runs.map((r) => r.wallMs)))} wall, ${s(median(runs.map((r) => r.cpuMs)))} CPU (import alone ${s(median(runs.map((r) => r.importMs)))} wall), peak RSS ${mb(median(runs.map((r) => r.peakMB)))} (median of 5 processes; goal ≤ 150 ms)`,
    ];
  },
  warm() {
    const m = runRow<Usage>('warm');
    return [
      `the same pair, warm: ${s(m.wallMs)} wall, ${s(m.cpuMs)} CPU per compare() (median of ${WARM_RUNS} after ${WARM_UP} calls; goal ≤ 8 ms)`,
    ];
  },
  feed() {
    const m = runRow<Usage & { pairs: number }>('feed');
    return [
      `new two-page pairs in a warm process (a feed: ${m.pairs} NTREX and TICO-19 pairs after ${FEED_WARM_UP} others): ${s(m.wallMs)} wall, ${s(m.cpuMs)} CPU per compare() (median; no goal in the issue, which times the same pair again)`,
    ];
  },
  short() {
    type Short = Usage & { beforeMB: number; inputBytes: number; beads: number; mode: string; paired: string };
    const small = runRow<Short>('short', '50000');
    const m = runRow<Short>('short', '200000');
    const grown = (r: Short): number => Math.max(1, r.peakMB - r.beforeMB);
    const exponent = Math.log(grown(m) / grown(small)) / Math.log(4);
    return [
      `200,000 short lines a side (${(m.inputBytes / 1e6).toFixed(1)} MB together): ${s(m.wallMs)} wall, ${s(m.cpuMs)} CPU, peak RSS ${mb(m.peakMB)} (goal ≤ 15 s, ≤ 1 GB); ${m.mode}, sentences paired ${m.paired}`,
      `  memory grown during the call: ${mb(grown(small))} at 50,000 lines, ${mb(grown(m))} at 200,000: ≈ n^${exponent.toFixed(2)}, ${((grown(m) * 1e6) / m.inputBytes).toFixed(0)} bytes per input byte`,
    ];
  },
  huge() {
    const m = runRow<
      Usage & {
        beforeMB: number;
        inputBytes: number;
        beads: number;
        mode: string;
        paired: string;
        findings: number;
        progressEvents: number;
        stages: string[];
      }
    >('huge', '30');
    return [
      `30 MB a side (${(m.inputBytes / 1e6).toFixed(1)} MB together): ${s(m.wallMs)} wall, ${s(m.cpuMs)} CPU, peak RSS ${mb(m.peakMB)}, ${((Math.max(0, m.peakMB - m.beforeMB) * 1e6) / m.inputBytes).toFixed(0)} bytes per input byte; ${m.progressEvents} progress events (${m.stages.join(', ') || 'none'}); ${m.mode}, sentences paired ${m.paired} (goal ≤ 60 s, ≤ 2 GB)`,
    ];
  },
};

/** `muqabala batch` (the built CLI) on every NTREX dev document pair, with one worker thread and with two. */
function batchRow(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'muqabala-batch-'));
  try {
    const ids = readLines('docs.tsv');
    const ar = readLines('arb');
    const fa = readLines('fas');
    const docs = new Map<string, { a: string[]; b: string[] }>();
    ids.forEach((id, i) => {
      const d = docs.get(id) ?? { a: [], b: [] };
      d.a.push(ar[i] as string);
      d.b.push(fa[i] as string);
      docs.set(id, d);
    });
    const manifest = [...docs.values()].map((d, k) =>
      JSON.stringify({ id: String(k), a: { text: d.a.join('\n'), language: 'ar' }, b: { text: d.b.join('\n'), language: 'fa' } }),
    );
    writeFileSync(join(dir, 'manifest.jsonl'), manifest.join('\n') + '\n');
    const cli = join(import.meta.dirname, '../dist/cli/main.js');
    const run = (workers: number): number => {
      const t = performance.now();
      execFileSync(
        process.execPath,
        [cli, 'batch', join(dir, 'manifest.jsonl'), '-o', join(dir, `out-${workers}.jsonl`), '--workers', String(workers), '--quiet'],
        { stdio: 'ignore' },
      );
      return performance.now() - t;
    };
    const one = run(1);
    const two = run(2);
    // What the machine itself allows: two processes, one worker each, on the two halves of the manifest at once.
    // On a machine whose cores are shared this takes as long as one process on the whole, and no pool can do better.
    const half = Math.ceil(manifest.length / 2);
    writeFileSync(join(dir, 'first.jsonl'), manifest.slice(0, half).join('\n') + '\n');
    writeFileSync(join(dir, 'second.jsonl'), manifest.slice(half).join('\n') + '\n');
    const quoted = (path: string): string => `'${path.replace(/'/gu, "'\\''")}'`;
    const process1 = (part: string): string =>
      [process.execPath, cli, 'batch', join(dir, `${part}.jsonl`), '-o', join(dir, `out-${part}.jsonl`), '--workers', '1', '--quiet']
        .map(quoted)
        .join(' ');
    const t = performance.now();
    execFileSync('sh', ['-c', `${process1('first')} & ${process1('second')} & wait`], { stdio: 'ignore' });
    const apart = performance.now() - t;
    return [
      `muqabala batch, ${manifest.length} NTREX document pairs: ${s(one)} with 1 worker, ${s(two)} with 2 (speed-up ${(one / two).toFixed(2)}× on 2 cores; wall time, so shared cores lower it)`,
      `  the machine's own ceiling: two processes with one worker each on the two halves at once, ${s(apart)} (${(one / apart).toFixed(2)}× one process on the whole)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every row of the table (or those named), each in fresh processes. */
export function benchSpeed(only: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const [name, run] of Object.entries({ ...lines, batch: batchRow })) {
    if (only.length && !only.includes(name)) continue;
    try {
      out.push(...run());
    } catch (error) {
      out.push(`${name}: failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--row') console.log(JSON.stringify(await (rows[process.argv[3] as string] as () => Promise<unknown>)()));
  else for (const line of benchSpeed(process.argv.slice(2))) console.log(line);
}
