import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';

/** The shared folder beside the checkout (seeds and evaluation data), which tests read but never copy. */
export const SHARED = join(import.meta.dirname, '../../../shared');
export const hasSeeds = existsSync(join(SHARED, 'seeds'));
export const hasNtrex = existsSync(join(SHARED, 'data/ntrex-dev/docs.tsv'));

/** The text of seed `000`, `001`, …, read at test time. */
export function seed(prefix: string): string {
  const dir = join(SHARED, 'seeds');
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix} in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}

/**
 * A suite that needs the shared folder: skipped when it is not beside the checkout (a fresh clone), with the
 * reason in its name and on the console. Vitest still runs a skipped suite's body to collect its tests, so the
 * body must read the data inside its tests (see {@link lazily}), never at the top.
 */
function describeWith(available: boolean, what: string): (name: string, body: () => void) => void {
  return (name, body) => {
    if (!available) console.info(`skipped "${name}": ${what} is not at ${SHARED}`);
    describe.skipIf(!available)(available ? name : `${name} (skipped: no ${what} beside the checkout)`, body);
  };
}

/** A suite on the seed reports of ../shared/seeds. */
export const describeWithSeeds = describeWith(hasSeeds, '../shared/seeds');
/** A suite on the NTREX data of ../shared/data. */
export const describeWithNtrex = describeWith(hasNtrex, '../shared/data/ntrex-dev');

/** A value made on first use and kept: what a suite's tests share, made only when one of them runs. */
export function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
