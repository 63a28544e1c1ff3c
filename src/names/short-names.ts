// Short forms of given names (Joe for Joseph, Bibi for Benjamin) and a given name's forms in two languages (Charles and
// the French Charles, Isaac and the Hebrew Yitzhak, the Italian Matteo and the English reading متیو): one name, which
// news writes either way for some people. The lists are in src/lexicon/given-names.ts and given-name-cognates.ts.

import { GIVEN_NAME_FORMS, SHORT_GIVEN_NAMES } from '../lexicon/given-names.js';
import { GIVEN_NAME_COGNATES } from '../lexicon/given-name-cognates.js';
import { foldName, lettersOf } from './phonetic.js';
import { callContext } from './call-context.js';

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

/** One given name's form in one language: the name's English label and the language. */
interface Cognate {
  readonly name: string;
  readonly language: string;
}

let cognates: Map<string, Cognate[]> | undefined;

/** Each folded form of {@link GIVEN_NAME_COGNATES}, with the names and languages it is a form of. */
function cognatesByForm(): Map<string, Cognate[]> {
  if (cognates) return cognates;
  const table = new Map<string, Cognate[]>();
  for (const row of GIVEN_NAME_COGNATES) {
    const [name = '', ...languages] = row.split('|');
    for (const part of languages) {
      const [language = '', forms = ''] = part.split(':');
      for (const form of forms.split('/')) {
        const k = lettersOf(foldName(form));
        table.set(k, [...(table.get(k) ?? []), { name, language }]);
      }
    }
  }
  cognates = table;
  return table;
}

/** Two given names' forms of one name in two languages, the English one first when there is one; or undefined. */
function cognateForms(a: string, b: string, ka: string, kb: string): GivenNameForm | undefined {
  const table = cognatesByForm();
  for (const x of table.get(ka) ?? []) {
    const y = (table.get(kb) ?? []).find((c) => c.name === x.name && c.language !== x.language);
    if (!y) continue;
    const aFirst = x.language === 'English' || y.language !== 'English';
    return aFirst
      ? { usual: a, other: b, language: y.language, usualLanguage: x.language, name: x.name }
      : { usual: b, other: a, language: x.language, usualLanguage: y.language, name: x.name };
  }
  return undefined;
}

/**
 * Two given names read as one name: the usual form, the other language's form and that language (تشارلز and شارل:
 * French); for two forms of a name in two languages (ماتئو, Italian, and متیو, English), the usual form's language and
 * the name's English label too.
 */
export interface GivenNameForm {
  readonly usual: string;
  readonly other: string;
  readonly language: string;
  readonly usualLanguage?: string;
  readonly name?: string;
}

/**
 * Which of two given names is the usual form and which another language's (تشارلز and شارل: French), or two forms of
 * one name in two languages (ماتئو / متیو, Matteo and Matthew), or undefined. The forms of a name in two languages are
 * read as one only before a family name and not before a regnal number (see callContext). `cognates`: whether to look
 * for the latter (a caller may want them only where the letters have not read the two as one).
 */
export function otherFormOf(a: string, b: string, cognates = true): GivenNameForm | undefined {
  const [ka, kb] = [lettersOf(foldName(a)), lettersOf(foldName(b))];
  if (ka === kb) return undefined;
  const table = otherFormsByUsual();
  const ab = table.get(ka)?.get(kb);
  if (ab) return { usual: a, other: b, language: ab };
  const ba = table.get(kb)?.get(ka);
  if (ba) return { usual: b, other: a, language: ba };
  return cognates && callContext.givenForms ? cognateForms(a, b, ka, kb) : undefined;
}
/** Which of two given names is a short form of the other (جو of جوزيف), or undefined when neither is. */
export function shortFormOf(a: string, b: string): { short: string; full: string } | undefined {
  const [ka, kb] = [lettersOf(foldName(a)), lettersOf(foldName(b))];
  if (ka === kb) return undefined;
  const table = fullNamesByShortForm();
  if (table.get(ka)?.has(kb) || compoundShortForm(ka, kb)) return { short: a, full: b };
  if (table.get(kb)?.has(ka) || compoundShortForm(kb, ka)) return { short: b, full: a };
  return undefined;
}

/**
 * Whether a folded given name is the short form of a compound one in الدين that people are called by: its first word
 * (شمس of شمس‌الدین, نصیر of نصیرالدین). The word after عبد ال is read in compound-given.ts, with its guards.
 */
function compoundShortForm(short: string, full: string): boolean {
  return short.length >= 3 && full === short + 'الدين';
}
