import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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
