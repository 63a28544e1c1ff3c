/**
 * `npm run fuzz`: every public function of muqabala on hostile and huge input.
 *
 * 1. Properties (scripts/fuzz/properties.ts): fast-check runs of each public function — 10,000 each by
 *    default — on arbitrary Unicode, lone surrogates, NUL, bidi overrides and news-like text, with arbitrary
 *    options. The output's invariants must hold, the only errors thrown the typed ones the function
 *    documents, and no call may take more than PROPERTY_CALL_BOUND seconds.
 * 2. Huge inputs (scripts/fuzz/huge.ts): 100,000 combining marks on one letter, one 5-million-character
 *    sentence without punctuation, 100,000 one-character lines; each public function once on each, within
 *    the bound stated for it, with the same invariants.
 *
 * Every task runs in a worker process; a worker silent for longer than a task's bound is killed and the
 * task fails as a hang (the rest of its batch goes on in a new worker). Every function exported by
 * src/index.ts must have a property and a huge call: a new export without them fails the run.
 *
 *   npm run fuzz                                   everything, 10,000 runs per property
 *   npm run fuzz -- --runs 1000 --jobs 2           fewer runs, two workers at a time
 *   npm run fuzz -- --only segment,compare --seed 42 --no-huge
 *   npm run fuzz -- --bound-scale 2                every time bound doubled (a slower machine)
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as api from '../src/index.js';
import { HUGE_CALLS, HUGE_CASES } from './fuzz/huge.js';
import { PROPERTIES, PROPERTY_CALL_BOUND } from './fuzz/properties.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    seed: { type: 'string' },
    only: { type: 'string' },
    jobs: { type: 'string' },
    'bound-scale': { type: 'string' },
    huge: { type: 'boolean', default: true },
    properties: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const only = values.only?.split(',');
const jobs = Math.max(1, Number(values.jobs ?? Math.min(2, availableParallelism())));
/** Multiplies every time bound: more for a slow machine, a tiny value to see the watchdog kill a worker. */
const boundScale = Number(values['bound-scale'] ?? 1);

// Every public function is covered, and nothing but public functions (the error classes are what they throw).
const isClass = (v: unknown): boolean => typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v));
const functions = Object.entries(api).filter(([, v]) => typeof v === 'function' && !isClass(v)).map(([k]) => k).sort();
const constants = Object.entries(api).filter(([, v]) => typeof v !== 'function' || isClass(v)).map(([k]) => k);
const problems = [
  ...functions.filter((f) => !PROPERTIES[f]).map((f) => `public function ${f} has no property in scripts/fuzz/properties.ts`),
  ...functions.filter((f) => !HUGE_CALLS[f]).map((f) => `public function ${f} has no huge call in scripts/fuzz/huge.ts`),
  ...Object.keys(PROPERTIES).filter((f) => !functions.includes(f)).map((f) => `property ${f} is not a public function`),
  ...Object.keys(HUGE_CALLS).filter((f) => !functions.includes(f)).map((f) => `huge call ${f} is not a public function`),
  ...(only ?? []).filter((f) => !functions.includes(f)).map((f) => `--only ${f}: not a public function`),
];
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`fuzz: ${functions.length} public functions (${functions.join(', ')}); constants not fuzzed: ${constants.join(', ')}; seed ${seed}; ${jobs} worker(s) at a time`);

/** Seconds a worker may take between tasks: loading, building a huge input, making the report a renderer needs (a compare() call). */
const PREPARE_BOUND = 300;

interface Task {
  id: string;
  /** Silence (no line from the worker) longer than this, in seconds, is a hang. */
  bound: number;
}

const batches: Task[][] = [];
const selected = functions.filter((f) => !only || only.includes(f));
if (values.properties) {
  // The expensive properties first, each in a batch of its own; the cheap ones share batches.
  const propertyTasks = selected.map((f) => ({
    id: `property:${f}:${values.runs ?? PROPERTIES[f]?.runs}:${seed}`,
    bound: PROPERTY_CALL_BOUND * 6 * boundScale,
  }));
  const heavy = new Set(['compare', 'alignTexts', 'alignSentences', 'renderHtml', 'renderMarkdown', 'clusterNames']);
  for (const t of propertyTasks.filter((t) => heavy.has(t.id.split(':')[1] ?? ''))) batches.push([t]);
  const light = propertyTasks.filter((t) => !heavy.has(t.id.split(':')[1] ?? ''));
  for (let i = 0; i < jobs; i++) batches.push(light.filter((_, k) => k % jobs === i));
}
if (values.huge) {
  for (const hugeCase of Object.keys(HUGE_CASES)) {
    batches.push(selected.map((f) => ({ id: `huge:${hugeCase}:${f}`, bound: (HUGE_CALLS[f]?.bound ?? 60) * boundScale })));
  }
}

interface Result {
  task: string;
  ok: boolean;
  ms: number;
  error?: string;
  rssMB?: number;
  note?: string;
}
const results: Result[] = [];

function runBatch(tasks: Task[]): Promise<void> {
  return new Promise((resolve) => {
    if (tasks.length === 0) { resolve(); return; }
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fuzz/worker.ts'), ...tasks.map((t) => t.id)], {
      cwd: join(import.meta.dirname, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const done = new Set<string>();
    let current: Task | undefined;
    let started = 0;
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    // Between tasks the worker loads the library, builds a huge input or the report a renderer needs.
    const preparing = PREPARE_BOUND * boundScale;
    const arm = (): void => {
      clearTimeout(timer);
      const task = current ?? tasks.find((t) => !done.has(t.id));
      if (!task) return;
      const bound = current ? task.bound : preparing;
      const since = current ? started : performance.now();
      timer = setTimeout(() => {
        killed = true;
        const what = current ? 'hang' : 'hang while preparing';
        results.push({ task: task.id, ok: false, ms: performance.now() - since, error: `${what}: nothing for ${bound} s (the bound), killed` });
        done.add(task.id);
        child.kill('SIGKILL');
      }, bound * 1000);
    };
    arm();
    let pending = '';
    let note = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        const event = JSON.parse(line) as { event: string; task?: string } & Partial<Result> & Record<string, unknown>;
        if (event.event === 'start') {
          current = tasks.find((t) => t.id === event.task);
          started = performance.now();
          note = '';
        } else if (event.event === 'note') {
          const allowed = Number(event.allowedErrors ?? 0);
          note = `${allowed ? `${allowed} documented errors, ` : ''}slowest call ${Number(event.slowestMs)} ms`;
        } else if (event.event === 'done' && event.task) {
          done.add(event.task);
          results.push({ task: event.task, ok: !!event.ok, ms: event.ms ?? 0, ...(event.error ? { error: event.error } : {}), ...(event.rssMB ? { rssMB: event.rssMB } : {}), ...(note ? { note } : {}) });
          report(results.at(-1) as Result);
          current = undefined;
        }
        arm();
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (killed) report(results.at(-1) as Result);
      else if (code !== 0 || signal) {
        const task = current?.id ?? 'worker';
        results.push({ task, ok: false, ms: 0, error: `worker exited with ${code ?? signal}` });
        report(results.at(-1) as Result);
        if (current) done.add(current.id);
      }
      // What the dead worker did not reach goes on in a new one.
      const rest = tasks.filter((t) => !done.has(t.id));
      resolve(rest.length && (killed || code !== 0) ? runBatch(rest) : undefined);
    });
  });
}

function report(r: Result): void {
  const seconds = (r.ms / 1000).toFixed(r.ms < 10_000 ? 2 : 1);
  const line = `${r.ok ? 'ok  ' : 'FAIL'} ${r.task.replace(/:\d+$/, '')} ${seconds} s${r.rssMB ? `, peak RSS ${r.rssMB} MB` : ''}${r.note ? ` (${r.note})` : ''}`;
  if (r.ok) console.log(line);
  else console.error(`${line}\n     ${r.error?.replace(/\n/g, '\n     ')}`);
}

const start = performance.now();
const queue = [...batches];
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) await runBatch(batch);
  }),
);
const failed = results.filter((r) => !r.ok);
console.log(`fuzz: ${results.length} tasks in ${((performance.now() - start) / 1000).toFixed(0)} s, ${failed.length} failed (seed ${seed})`);
if (failed.length) process.exit(1);
