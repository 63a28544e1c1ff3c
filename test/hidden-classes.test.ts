import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, expect, test } from 'vitest';

// V8 gives an object literal that opens with a spread and then adds a property (`{ ...span, type }`) a hidden
// class of its own, object by object (see src/contract/extend.ts): a map and a descriptor array per mention, bead
// or finding, in the old generation, and megamorphic reads of them all. The comparison of a long text is run
// under `node --log-maps`, and no map may lead, by one property, to more than a few distinct maps: a literal
// that adds a property the ordinary way takes one shared transition however many objects it makes.

const dir = mkdtempSync(join(tmpdir(), 'muqabala-shapes-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Per code position and property: how many distinct maps the transitions made there lead to. */
function fanOut(log: string): Map<string, number> {
  const targets = new Map<string, Set<string>>();
  for (const line of log.split('\n')) {
    if (!line.startsWith('map,Transition,')) continue;
    // map,Transition,time,from,to,pc,line,column,reason,name
    const f = line.split(',');
    const key = `${f[6]}:${f[7]} ${f[9]}`;
    let set = targets.get(key);
    if (!set) targets.set(key, (set = new Set()));
    set.add(`${f[3]}>${f[4]}`);
  }
  return new Map([...targets].map(([key, set]) => [key, set.size]));
}

test('a long comparison gives the objects it makes shared hidden classes', { timeout: 120_000 }, () => {
  // Bundled, so that no loader runs in the process: only the library and the driver make maps.
  const bundle = join(dir, 'driver.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'support/shapes-driver.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    define: { 'import.meta.dirname': JSON.stringify(join(import.meta.dirname, 'support')) },
    logLevel: 'silent',
  });
  const run = (copies: number): Map<string, number> => {
    const logfile = join(dir, `v8-${copies}.log`);
    const out = execFileSync(process.execPath, ['--log-maps', `--logfile=${logfile}`, '--no-logfile-per-isolate', bundle, String(copies)], {
      encoding: 'utf8',
    });
    const { beads, findings } = JSON.parse(out) as { beads: number; findings: number };
    // Long enough for a class per object to show: hundreds of beads and findings.
    expect(beads).toBeGreaterThan(copies * 10);
    expect(findings).toBeGreaterThan(copies * 10);
    return fanOut(readFileSync(logfile, 'latin1'));
  };
  // Node's own modules make a few hundred maps at one place however long the text; the library's objects, as
  // many more as the text is longer. So: what grows between a text and one three times as long.
  const short = run(20);
  const long = run(60);
  const growth = [...long].map(([at, n]) => ({ at, more: n - (short.get(at) ?? 0) })).sort((x, y) => y.more - x.more);
  expect(growth[0]?.more ?? 0, JSON.stringify(growth.slice(0, 3))).toBeLessThan(50);
});
