// Short forms of given names (Joe for Joseph, Bibi for Benjamin): one name, which news writes either way for some
// people. The list is in src/lexicon/given-names.ts.

import { SHORT_GIVEN_NAMES } from '../lexicon/given-names.js';
import { foldName, lettersOf } from './phonetic.js';

/** The sound of a step that reads a short form of a given name as the full one (see {@link shortFormOf}). */
export const SHORT_FORM = 'a short form of the given name';

let fullNames: Map<string, Set<string>> | undefined;

/** Each folded short form, and the folded full names it stands for. */
function fullNamesByShortForm(): Map<string, Set<string>> {
  if (fullNames) return fullNames;
  const table = new Map<string, Set<string>>();
  const fold = (list: string): string[] => list.split('/').map((w) => lettersOf(foldName(w)));
  for (const row of SHORT_GIVEN_NAMES) {
    const [short = '', full = ''] = row.split('|');
    for (const s of fold(short)) {
      let set = table.get(s);
      if (!set) table.set(s, (set = new Set()));
      for (const f of fold(full)) set.add(f);
    }
  }
  fullNames = table;
  return table;
}

/** Which of two given names is a short form of the other (جو of جوزيف), or undefined when neither is. */
export function shortFormOf(a: string, b: string): { short: string; full: string } | undefined {
  const [ka, kb] = [lettersOf(foldName(a)), lettersOf(foldName(b))];
  if (ka === kb) return undefined;
  const table = fullNamesByShortForm();
  if (table.get(ka)?.has(kb)) return { short: a, full: b };
  if (table.get(kb)?.has(ka)) return { short: b, full: a };
  return undefined;
}
