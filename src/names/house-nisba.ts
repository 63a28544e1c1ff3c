// A ruler's house after his name: Arabic writes it as a nisba with the article (آغا محمد خان القاجاري, كريم خان
// الزندي), Persian as the dynasty's name itself (آغامحمدخان قاجار, کریم‌خان زند). The two words name one house.

import { foldName, lettersOf } from './phonetic.js';

// Titles of rulers that say the name is a ruler's, written apart or joined to a name (نادرشاه, آغامحمدخان).
const RULER_TITLES = ['شاه', 'خان', 'سلطان', 'ملك', 'امير', 'ميرزا', 'بيك', 'بيگ', 'پادشاه'].map((w) => lettersOf(foldName(w)));
// Titles a ruler's name ends with, after which a name says his house (فتحعلی‌شاه قاجار, کریم‌خان زند).
const TITLES_AFTER = ['شاه', 'خان', 'ميرزا', 'بيك', 'بيگ', 'باشا', 'پاشا'].map((w) => lettersOf(foldName(w)));
// The shortest dynasty name read so (زند): shorter stems are too often words.
const MIN_STEM = 3;

/**
 * Two names of a ruler whose last words are his house as a nisba with the article and as the dynasty's name
 * (ناصر الدين شاه القاجاري / ناصرالدین شاه قاجار): the two names with the nisba replaced by the dynasty's name, to
 * be compared as usual, and the nisba and the name. Only where a ruler's title stands in either name: elsewhere
 * a nisba and the noun it is made of are two words (a place and its adjective, الإيراني / ایران).
 */
export function houseInOtherForm(
  a: string,
  b: string,
): { readonly a: string; readonly b: string; readonly nisba: string; readonly noun: string } | undefined {
  const [wa, wb] = [a.trim().split(/\s+/u), b.trim().split(/\s+/u)];
  if (wa.length < 2 || wb.length < 2) return undefined;
  const [x, y] = [wa[wa.length - 1] ?? '', wb[wb.length - 1] ?? ''];
  const [kx, ky] = [lettersOf(foldName(x)), lettersOf(foldName(y))];
  const nisbaInA = isNisbaOf(kx, ky);
  if (!nisbaInA && !isNisbaOf(ky, kx)) return undefined;
  if (!titled(wa) && !titled(wb)) return undefined;
  return nisbaInA
    ? { a: [...wa.slice(0, -1), y].join(' '), b, nisba: x, noun: y }
    : { a, b: [...wb.slice(0, -1), x].join(' '), nisba: y, noun: x };
}

/** Whether a word before the last of a name is a ruler's title, alone or joined to a name (نادرشاه). */
function titled(words: readonly string[]): boolean {
  return words.slice(0, -1).some((w) => {
    const k = lettersOf(foldName(w)).replace(/^ال/u, '');
    return RULER_TITLES.some((t) => k === t || (k.length > t.length + 2 && k.endsWith(t)));
  });
}

function isNisbaOf(nisba: string, noun: string): boolean {
  return noun.length >= MIN_STEM && !noun.startsWith('ال') && nisba === `ال${noun}ي`;
}

/**
 * A name that ends in a title of rule or rank (شاه, خان, ميرزا, پاشا) against the same with the house or the tribe
 * after it (فتحعلی‌شاه قاجار / فتح علي شاه, عمران خان نیازی / عمران خان): the name without that word, to be compared
 * with the other as usual, the word and the title. A person so titled is known by his name and title; a family name
 * after a given name alone stays part of a name.
 */
export function houseLeftOut(
  a: string,
  b: string,
): { readonly a: string; readonly b: string; readonly house: string; readonly title: string } | undefined {
  const [wa, wb] = [a.trim().split(/\s+/u), b.trim().split(/\s+/u)];
  const cut = (words: readonly string[]): { rest: string; house: string; title: string } | undefined => {
    if (words.length < 2) return undefined;
    const before = lettersOf(foldName(words[words.length - 2] ?? '')).replace(/^ال/u, '');
    const house = words[words.length - 1] ?? '';
    const title = TITLES_AFTER.find((t) => before === t || (before.length > t.length + 2 && before.endsWith(t)));
    return title && lettersOf(foldName(house)).length >= MIN_STEM ? { rest: words.slice(0, -1).join(' '), house, title } : undefined;
  };
  // The house is left out of one only when the other does not name it too (محمدرضا شاه پهلوی / محمدرضا پهلوی leaves out
  // the title, not the house).
  const names = (words: readonly string[], house: string): boolean =>
    words.some((w) => lettersOf(foldName(w)) === lettersOf(foldName(house)));
  const ca = cut(wa);
  if (ca && !names(wb, ca.house)) return { a: ca.rest, b, house: ca.house, title: ca.title };
  const cb = cut(wb);
  return cb && !names(wa, cb.house) ? { a, b: cb.rest, house: cb.house, title: cb.title } : undefined;
}
