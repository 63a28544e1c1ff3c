/**
 * Whether compareNames answers a pair the same whatever the process compared before: every labelled pair of the
 * open set and the spent held-out sets (1–20; never a blind set, numbered above 20) compared in one process in file
 * order, in another in reverse order and in a third shuffled. A pair whose whole answer (same, score, reason and
 * its parts) differs between the orders depends on the memos' history: a memo reads something its key does not
 * hold. Prints each such pair with its answers, and exits 1 when there is one.
 *
 *   npx tsx bench/names-orders.ts [--seed N]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { compareNames } from '../src/index.js';

const FIXTURES = new URL('../test/fixtures/', import.meta.url);
/** The highest set number that is spent: the sets above it are blind and must not be read. */
const LAST_SPENT_SET = 28;

/** The labelled pairs of the sets that may be read, in file order. */
function pairs(): { key: string; a: string; b: string }[] {
  const files = readdirSync(FIXTURES)
    .filter((f) => {
      const m = /^name-pairs-(?:open|heldout(?:-(\d+))?)\.tsv$/u.exec(f);
      return m !== null && Number(m[1] ?? 1) <= LAST_SPENT_SET;
    })
    .sort();
  return files.flatMap((f) =>
    readFileSync(new URL(f, FIXTURES), 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        if (!line.trim() || line.startsWith('#') || line.startsWith('label\t')) return [];
        const [, , , , a = '', b = ''] = line.split('\t');
        return [{ key: `${f}:${i + 1}`, a, b }];
      }),
  );
}

/** The pairs' answers, compared in `order` (forward, reverse or a seed for a shuffle), one JSON line each in file order. */
function answers(order: string): string[] {
  const all = pairs();
  const seq = all.map((_, i) => i);
  if (order === 'reverse') seq.reverse();
  else if (order !== 'forward') {
    let s = Number(order) >>> 0 || 1;
    const random = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (let i = seq.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [seq[i], seq[j]] = [seq[j] as number, seq[i] as number];
    }
  }
  const out: string[] = new Array<string>(all.length);
  for (const i of seq) {
    const { a, b } = all[i] as { a: string; b: string };
    out[i] = JSON.stringify(compareNames(a, b));
  }
  return out;
}

const args = process.argv.slice(2);
if (args[0] === '--one') {
  process.stdout.write(answers(args[1] ?? 'forward').join('\n'));
} else {
  const seed = args[0] === '--seed' ? (args[1] ?? '1') : '1';
  const orders = ['forward', 'reverse', seed];
  const runs = orders.map((order) =>
    execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--one', order], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    }).split('\n'),
  );
  const all = pairs();
  let differing = 0;
  all.forEach(({ key, a, b }, i) => {
    const seen = runs.map((r) => r[i]);
    if (seen.every((s) => s === seen[0])) return;
    differing++;
    console.log(`${key}  ${a} | ${b}`);
    for (const [k, s] of seen.entries()) console.log(`  ${orders[k] ?? k}: ${s ?? ''}`);
  });
  console.log(
    `${all.length} pairs in ${orders.length} orders (forward, reverse, shuffled with seed ${seed}): ${differing} answered differently`,
  );
  if (differing > 0) process.exitCode = 1;
}
