/**
 * Runs fuzzing tasks for scripts/fuzz.ts, in a process of its own so that a hang can be killed: prints a
 * JSON line when each task starts and when it ends, and nothing else on standard output.
 *
 *   property:<function>:<runs>:<seed>   fast-check runs of one public function's property
 *   huge:<case>:<function>             one call of a public function on a huge input
 *
 * With FUZZ_TRACE=<file>, each property input is written to the file before the call, so that the input
 * of a call that hangs can be read after the parent kills the process.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { HUGE_CALLS, HUGE_CASES, prepare, type HugeCase } from './huge.js';
import { documented, PROPERTIES, PROPERTY_CALL_BOUND } from './properties.js';

const trace = process.env.FUZZ_TRACE;

function say(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function runProperty(name: string, runs: number, seed: number): Promise<void> {
  const property = PROPERTIES[name];
  if (!property) throw new Error(`no property for ${name}`);
  const allowed = property.allowed ?? documented(name);
  let allowedErrors = 0;
  let slowest = 0;
  let beat = performance.now();
  // A property's check may be asynchronous (compareAsync): each call is awaited before the next.
  const predicate = async (input: unknown): Promise<void> => {
    if (trace) writeFileSync(trace, JSON.stringify({ name, input }, (_: string, v: unknown): unknown => (typeof v === 'function' ? String(v) : v)));
    const start = performance.now();
    try {
      await property.check(input as never);
    } catch (error) {
      if (!allowed(error, input as never)) throw error;
      allowedErrors++;
    } finally {
      const now = performance.now();
      slowest = Math.max(slowest, now - start);
      // A heartbeat tells the parent the process is alive; its silence for long is a hang.
      if (now - beat > 1000) {
        beat = now;
        say({ event: 'beat' });
      }
    }
    if (performance.now() - start > PROPERTY_CALL_BOUND * 1000) throw new Error(`one call took ${Math.round(performance.now() - start)} ms`);
  };
  const result = await fc.check(fc.asyncProperty(property.arbitrary, predicate), { numRuns: runs, seed });
  if (result.failed) {
    const counterexample = JSON.stringify(result.counterexample, (_: string, v: unknown): unknown => (typeof v === 'function' ? String(v) : v));
    throw new Error(
      `${describe(result.errorInstance)}\n  counterexample: ${counterexample?.slice(0, 2000)}\n  reproduce: npm run fuzz -- --only ${name} --seed ${seed} (path ${result.counterexamplePath})`,
    );
  }
  say({ event: 'note', allowedErrors, slowestMs: Math.round(slowest) });
}

const cache = new Map<HugeCase, string>();

for (const task of process.argv.slice(2)) {
  const [kind, a = '', b = '', c = ''] = task.split(':');
  let prepared: (() => void | Promise<void>) | undefined;
  try {
    if (kind === 'property') {
      prepared = () => runProperty(a, Number(b), Number(c));
    } else if (kind === 'huge') {
      const hugeCase = a as HugeCase;
      const call = HUGE_CALLS[b];
      if (!(hugeCase in HUGE_CASES) || !call) throw new Error(`no huge case ${task}`);
      if (!cache.has(hugeCase)) cache.set(hugeCase, HUGE_CASES[hugeCase]());
      const p = prepare(hugeCase, cache.get(hugeCase) as string);
      // The report the renderers need is made before their clock starts.
      if (b === 'renderHtml' || b === 'renderMarkdown') p.report();
      prepared = () => call.run(p);
    } else {
      throw new Error(`unknown task ${task}`);
    }
  } catch (error) {
    say({ event: 'done', task, ok: false, ms: 0, error: describe(error) });
    continue;
  }
  say({ event: 'start', task });
  const start = performance.now();
  try {
    await prepared();
    say({ event: 'done', task, ok: true, ms: Math.round(performance.now() - start), rssMB: Math.round(process.resourceUsage().maxRSS / 1024) });
  } catch (error) {
    say({ event: 'done', task, ok: false, ms: Math.round(performance.now() - start), error: describe(error) });
  }
}
