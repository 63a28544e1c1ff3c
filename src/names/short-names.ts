// Short forms of given names (Joe for Joseph, Bibi for Benjamin): one name, which news writes either way for some
// people. The list is in src/lexicon/given-names.ts.

import { FRENCH_GIVEN_FORMS, SHORT_GIVEN_NAMES } from '../lexicon/given-names.js';
import { foldName, lettersOf } from './phonetic.js';

/** The sound of a step that reads a short form of a given name as the full one (see {@link shortFormOf}). */
export const SHORT_FORM = 'a short form of the given name';

/** The sound of a step that reads the French form of a given name as the English one (شارل / تشارلز). */
export const FRENCH_FORM = 'the English and French forms of one given name';

let fullNames: Map<string, Set<string>> | undefined;
let englishForms: Map<string, Set<string>> | undefined;

/** Each folded form of the first side of a row (`first|second`), and the folded forms of the second it stands for. */
function tableOf(rows: readonly string[]): Map<string, Set<string>> {
  const table = new Map<string, Set<string>>();
  const fold = (list: string): string[] => list.split('/').map((w) => lettersOf(foldName(w)));
  for (const row of rows) {
    const [short = '', full = ''] = row.split('|');
    for (const s of fold(short)) {
      let set = table.get(s);
      if (!set) table.set(s, (set = new Set()));
      for (const f of fold(full)) set.add(f);
    }
  }
  return table;
}

/** Each folded short form, and the folded full names it stands for. */
function fullNamesByShortForm(): Map<string, Set<string>> {
  return (fullNames ??= tableOf(SHORT_GIVEN_NAMES));
}

/** Which of two given names is the English form and which the French (تشارلز and شارل), or undefined. */
export function frenchFormOf(a: string, b: string): { english: string; french: string } | undefined {
  const [ka, kb] = [lettersOf(foldName(a)), lettersOf(foldName(b))];
  if (ka === kb) return undefined;
  englishForms ??= tableOf(FRENCH_GIVEN_FORMS);
  if (englishForms.get(ka)?.has(kb)) return { english: a, french: b };
  if (englishForms.get(kb)?.has(ka)) return { english: b, french: a };
  return undefined;
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
