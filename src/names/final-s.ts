// A final s that Persian, following the French form of a name, leaves out where Arabic, following the English or
// the source language, writes it: Latin -us (كوبرنيكوس / کوپرنیک, Copernic), a Greek nominative -s (باتراس /
// پاترا), an English plural or possessive (ماكدونالدز / مک‌دونالد), a French silent final s (ماساتشوستس /
// ماساچوست, from the French Massachusetts said without it).

import { languageOfSpelling } from './gazetteer.js';
import { tokensOf } from './name-words.js';

/** The endings tried, longest first: Latin -us, then a lone s or z. */
const FINAL_S: readonly string[] = ['وس', 'س', 'ز'];
/** The fewest letters a name keeps without the ending: a short word with an s more or less is another word. */
const MIN_STEM = 5;

/**
 * For an Arabic name and a Persian one of as many words (Persian letters on one side only), the Arabic name's last word
 * without a final s that the Persian's lacks, and the ending, with the two whole names so cut (نيكولاس كوبرنيك /
 * نیکلاس کوپرنیک); undefined when the languages are not those, the words are not as many, the Persian name ends in
 * s too, or the stem would be short.
 */
export function finalSLeftOut(
  a: string,
  b: string,
): { readonly a: string; readonly b: string; readonly ending: string; readonly names: readonly [string, string] } | undefined {
  // Persian letters on one side only (a name whose letters say no language may be Arabic: ماساتشوستس).
  const [la, lb] = [languageOfSpelling(a), languageOfSpelling(b)];
  if ((la === 'fa') === (lb === 'fa')) return undefined;
  const [ta, tb] = [tokensOf(a), tokensOf(b)];
  if (ta.length !== tb.length || ta.length === 0) return undefined;
  const arabicFirst = lb === 'fa';
  const [arabicWords, persianWords] = arabicFirst ? [ta, tb] : [tb, ta];
  const [arabic, persian] = [arabicWords[arabicWords.length - 1] ?? '', persianWords[persianWords.length - 1] ?? ''];
  if (FINAL_S.some((s) => persian.endsWith(s))) return undefined;
  const ending = FINAL_S.find((s) => arabic.endsWith(s) && arabic.length - s.length >= MIN_STEM);
  if (!ending) return undefined;
  const stem = arabic.slice(0, -ending.length);
  const arabicName = [...arabicWords.slice(0, -1), stem].join(' ');
  const persianName = persianWords.join(' ');
  return arabicFirst
    ? { a: stem, b: persian, ending, names: [arabicName, persianName] }
    : { a: persian, b: stem, ending, names: [persianName, arabicName] };
}
