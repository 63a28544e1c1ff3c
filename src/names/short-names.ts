// Short forms of given names (Joe for Joseph, Bibi for Benjamin) and a given name's forms in two languages (Charles and
// the French Charles, Isaac and the Hebrew Yitzhak): one name, which news writes either way for some people. The lists
// are in src/lexicon/given-names.ts.

import { GIVEN_NAME_FORMS, SHORT_GIVEN_NAMES } from '../lexicon/given-names.js';
import { foldName, lettersOf } from './phonetic.js';

/** The sound of a step that reads a short form of a given name as the full one (see {@link shortFormOf}). */
export const SHORT_FORM = 'a short form of the given name';

/** The sound of a step that reads a given name's form in another language as the usual one (شارل / تشارلز). */
export const OTHER_FORM = 'one given name in the forms of two languages';

let fullNames: Map<string, Set<string>> | undefined;
let otherForms: Map<string, Map<string, string>> | undefined;

/** Each folded short form of a row (`short|full`), and the folded full names it stands for. */
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

/** Each folded usual form, and the folded other forms with their language. */
function otherFormsByUsual(): Map<string, Map<string, string>> {
  if (otherForms) return otherForms;
  const table = new Map<string, Map<string, string>>();
  const fold = (list: string): string[] => list.split('/').map((w) => lettersOf(foldName(w)));
  for (const row of GIVEN_NAME_FORMS) {
    const [usual = '', other = '', language = ''] = row.split('|');
    for (const u of fold(usual)) {
      let forms = table.get(u);
      if (!forms) table.set(u, (forms = new Map<string, string>()));
      for (const o of fold(other)) forms.set(o, language);
    }
  }
  otherForms = table;
  return table;
}

/** Which of two given names is the usual form and which another language's (تشارلز and شارل: French), or undefined. */
export function otherFormOf(a: string, b: string): { usual: string; other: string; language: string } | undefined {
  const [ka, kb] = [lettersOf(foldName(a)), lettersOf(foldName(b))];
  if (ka === kb) return undefined;
  const table = otherFormsByUsual();
  const ab = table.get(ka)?.get(kb);
  if (ab) return { usual: a, other: b, language: ab };
  const ba = table.get(kb)?.get(ka);
  if (ba) return { usual: b, other: a, language: ba };
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
