// The Arabic sound masculine plural in two cases: -ون in the nominative, -ين in the accusative and genitive
// (الحوثيون / الحوثيين, المجاهدون / المجاهدين). A name of a group written as such a plural keeps its case
// ending from the sentence around it, so the two endings are one name.

import { foldName, lettersOf } from './phonetic.js';

// The stem before the ending: a nisba (حوثي) or a noun with the article (المجاهد), of four letters or more, so
// that a name that merely ends in -ين or -ون (بوتين, حسين) is not read as a plural.
const MIN_STEM = 4;

/**
 * When two names are one Arabic plural in its two cases, the second written with the first's ending (so that
 * the rest of the comparison sees one spelling); undefined otherwise.
 */
export function pluralInOtherCase(a: string, b: string): string | undefined {
  const [ka, kb] = [lettersOf(foldName(a.trim())), lettersOf(foldName(b.trim()))];
  if (a.trim().includes(' ') || b.trim().includes(' ')) return undefined;
  const endA = ka.slice(-2);
  const endB = kb.slice(-2);
  if (!((endA === 'ون' && endB === 'ين') || (endA === 'ين' && endB === 'ون'))) return undefined;
  const stem = ka.slice(0, -2);
  if (stem !== kb.slice(0, -2) || stem.length < MIN_STEM || !(stem.endsWith('ي') || stem.startsWith('ال'))) return undefined;
  return b.trim().slice(0, -2) + endA;
}

// أبو of a kunya in its three cases: nominative أبو, genitive أبي, accusative أبا (أبو بكر / أبي بكر).
const KUNYA_CASES: ReadonlySet<string> = new Set(['ابو', 'ابي', 'ابا']);

/**
 * When two names are one kunya with أبو in two cases (أبو العلاء / أبي العلاء: a sentence declines it), the second
 * with the first's word and the two words as written; undefined otherwise.
 */
export function kunyaInOtherCase(a: string, b: string): { readonly b: string; readonly words: readonly [string, string] } | undefined {
  const [wa, wb] = [a.trim().split(/\s+/u), b.trim().split(/\s+/u)];
  if (wa.length !== wb.length || wa.length < 2) return undefined;
  const i = wa.findIndex((w, k) => k < wa.length - 1 && KUNYA_CASES.has(lettersOf(foldName(w))));
  const [x, y] = [wa[i] ?? '', wb[i] ?? ''];
  const [kx, ky] = [lettersOf(foldName(x)), lettersOf(foldName(y))];
  if (i < 0 || kx === ky || !KUNYA_CASES.has(ky)) return undefined;
  return { b: [...wb.slice(0, i), x, ...wb.slice(i + 1)].join(' '), words: [x, y] };
}
