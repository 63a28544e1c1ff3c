// The epithets rulers are known by (the Great, the Terrible, the Just), which each language says in its own words
// (كاترين العظيمة / کاترین کبیر, إيفان الرهيب / ایوان مخوف): a closed list, since the words are also given names
// (کبیر, عادل) and ordinary adjectives, which a name's other words never translate.

import { entityKey } from './gazetteer.js';

/** One epithet in Arabic (with the article, masculine and feminine) and in Persian. */
const EPITHETS: readonly (readonly [meaning: string, ar: readonly string[], fa: readonly string[]])[] = [
  ['the Great', ['الكبير', 'الكبيرة', 'الأكبر', 'العظيم', 'العظيمة'], ['کبیر', 'بزرگ', 'اعظم', 'کبیره']],
  ['the Terrible', ['الرهيب'], ['مخوف', 'وحشتناک', 'مهیب']],
  ['the Just', ['العادل'], ['عادل', 'دادگر']],
  ['the Conqueror', ['الفاتح'], ['فاتح']],
  ['the Magnificent', ['القانوني', 'العظيم'], ['قانونی', 'باشکوه', 'کبیر']],
  ['the Younger', ['الأصغر'], ['کوچک', 'اصغر']],
  ['the Elder', ['الأكبر'], ['بزرگ', 'اکبر']],
];

let index: Map<string, Set<string>> | undefined;

/** The meanings each folded form says, by language-free key. */
function meanings(): Map<string, Set<string>> {
  if (index) return index;
  const map = new Map<string, Set<string>>();
  for (const [meaning, ar, fa] of EPITHETS) {
    for (const form of [...ar, ...fa]) {
      const key = entityKey(form);
      map.set(key, (map.get(key) ?? new Set()).add(meaning));
    }
  }
  index = map;
  return map;
}

/** The epithet two words of two names both say (العظيمة / کبیر: the Great), or undefined. */
export function sharedEpithet(a: string, b: string): string | undefined {
  const [x, y] = [meanings().get(entityKey(a)), meanings().get(entityKey(b))];
  if (!x || !y || entityKey(a) === entityKey(b)) return undefined;
  return [...x].find((m) => y.has(m));
}

/** Whether a word is one of the epithets listed (it may be translated by another language's). */
export function isEpithetWord(word: string): boolean {
  return meanings().has(entityKey(word));
}
