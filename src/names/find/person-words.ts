// What a word says about a person's name around it: a surname's form or a nisba, a word that ends a phrase or
// heads an organisation, a future verb, evidence of its own.

import { elementAt } from '../../contract/element-at.js';
import type { Finder } from './finder.js';
import type { NameLanguage } from '../gazetteer.js';
import { isPluralOfWord, hasArabicPatternShape, isLexiconWord, lexiconWords } from './ordinary-words.js';

/** Whether word j could be a family name in the form of a nisba (نظري, نظری): a word in ي of four letters or more, of no ordinary word's form. */
export function nisbaName(finder: Finder, j: number): boolean {
  const w = finder.words[j];
  if (!w || w.kind !== 'word' || w.newLine || finder.owner[j] || finder.adjective[j] || finder.form[j] || w.maksura) return false;
  return w.key.length >= 4 && w.key.endsWith('ي') && !w.key.startsWith('ال') && !finder.isCommonAt(j) && !finder.isTitle(j);
}
/**
 * Arabic: whether word j, after the first word of a name, reads as the start of the sentence going on
 * rather than as more of the name: a future verb (سيزور, ستستضيف) or a noun in construct with a definite
 * noun after it (صحة التقارير, أسعار النفط).
 */
export function endsPhrase(finder: Finder, j: number): boolean {
  if (finder.language !== 'ar' || finder.isGivenName(j)) return false;
  if (isFutureVerb(finder, j)) return true;
  const next = finder.words[j + 1];
  return !!next && !next.newLine && finder.isDefinite(j + 1) && !finder.adjective[j + 1];
}
/**
 * Arabic: whether word j has the shape of an imperfect verb — a prefix of person, a consonant, five letters or
 * more (يناهز, يقرر, تستمر) — and is no given name. After a given name that is also a word (عن عمر يناهز,
 * حسن يقرر) such a word goes on the sentence; after a true given name it may be a family name (ياسين, يزبك).
 */
export function isImperfectVerb(finder: Finder, j: number): boolean {
  const w = elementAt(finder.words, j);
  return finder.language === 'ar' && !finder.isGivenName(j) && w.key.length >= 5 && /^[يتن][^اوي]/u.test(w.key);
}
/** Arabic: whether word j is a verb in the future (سيزور, ستستضيف), which no name part is. */

export function isFutureVerb(finder: Finder, j: number): boolean {
  const w = elementAt(finder.words, j);
  return finder.language === 'ar' && !finder.isGivenName(j) && w.key.length >= 5 && /^س[يتنا]/u.test(w.key);
}
/**
 * Whether word j can be a surname after a given name: any word but a function word, a title, a verb of
 * saying or a known place; after a given name that is also a word (حسن, نور, عمر), no word the lexicon
 * knows either (حسن نية, نور آبی, عمر طولانی).
 */
export function surnameWord(finder: Finder, j: number, afterWord = false): boolean {
  const w = finder.words[j];
  if (!w || w.kind !== 'word' || finder.owner[j] || finder.adjective[j] || w.maksura) return false;
  const stems = finder.stemsAt(j).map((s) => s.stem);
  if (finder.v.stopwords.has(w.key) || finder.isTitle(j) || finder.isSpeechVerb(j)) return false;
  // Nor a word of an ordinary word's form (فيكتور اختبار, ريان معاملة); after a given name that is also a
  // word, nor any word of the lexicon. A surname may be a word itself after a true given name (محمد أكرم نظري).
  if (!finder.isGivenName(j) && (finder.form[j] || (afterWord && (finder.lexicon[j] ?? 0) >= 1))) return false;
  if (!finder.isGivenName(j) && isArabicClauseWord(w.key, finder.language)) return false;
  if (afterWord && isImperfectVerb(finder, j)) return false;
  // After a given name that is also a word, a word with a preposition glued on is its complement (نادر لمخالطين).
  if (
    afterWord &&
    finder.language === 'ar' &&
    /^[وف]?[بلك]/u.test(w.key) &&
    finder.stemsAt(j).some((s) => s.prefix > 0 && s.stem.length >= 4)
  )
    return false;
  return !(finder.language === 'ar' && stems.some((s) => s.startsWith('ال') && finder.isCommon(s)));
}
/**
 * Arabic: whether a word is a form no family name takes, though a family name may be a word as written (جميل,
 * نجار): a preposition and the article glued on a word of the lexicon (بالجائزة, كالعادة, للحكومة), or a verb
 * of five letters or more, its prefix of person on a word of the lexicon (أشاهد, نشاهد of شاهد).
 */
export function isArabicClauseWord(key: string, language: NameLanguage): boolean {
  if (language !== 'ar') return false;
  const glued = /^[وف]?(?:[بك]ال|لل)(.{3,})$/u.exec(key)?.[1];
  if (glued) return isLexiconWord('ال' + glued, 'ar') || isLexiconWord(glued, 'ar');
  return key.length >= 5 && /^[اينت]/u.test(key) && !key.startsWith('ال') && lexiconWords([key.slice(1)], 'ar')[0] === 3;
}
/** Whether word i has the form of a foreign surname (‑وف, ‑يف, ‑ينكو, ‑سكي …), not of an Arabic word that ends alike. */
export function hasSurnameForm(finder: Finder, i: number): boolean {
  const w = elementAt(finder.words, i);
  const key = w.key;
  // Asked at most words: whether the letters end as a surname's is kept per word type.
  let ending = finder.types.surnameEnding[w.id] ?? 0;
  if (ending === 0)
    finder.types.surnameEnding[w.id] = ending = key.length >= 5 && finder.v.surnameEndings.some((e) => key.endsWith(e)) ? 2 : 1;
  if (ending === 1) return false;
  // Plurals of people (دانشجویان, حامیان) and Arabic duals and verbal nouns (ينتميان, نسيان) end as Armenian
  // surnames do; in Persian, where the plural is everywhere, the ending counts only after a given name.
  if (key.endsWith('يان')) {
    if (finder.language === 'fa') return finder.isGivenName(i - 1) && !isPluralOfWord(key, 'fa');
    return key.length > 6 && !isPluralOfWord(key, 'ar');
  }
  // ‑پور is a Persian surname's ending (علی‌پور) and the end of short words (راپور).
  if (key.endsWith('پور') && key.length < 6) return false;
  // Verbal nouns, adjectives and broken plurals of Arabic (تخفيف, ضعيف, معروف, وظائف), in Persian too.
  if (/(?:يف|وف)ا?$/u.test(key) && !key.endsWith('ييف') && hasArabicPatternShape(key, finder.language)) return false;
  if (finder.language !== 'ar') return true;
  // Arabic broken plurals end in اوف (مخاوف, ظروف is too short) and verbal nouns of the pattern تفعيل in يف (تكثيف).
  if (key.endsWith('اوف') || (key.length === 5 && key.startsWith('ت') && key.endsWith('يف'))) return false;
  // Imperfect verbs end in يف too (يضيف, ستستضيف): a prefix of person and the stem's ي.
  return !(key.endsWith('يف') && !key.endsWith('ييف') && /^(?:س?[يتن]|[وف]?س?[يتن]ست)/u.test(key));
}
/** Whether word i is the head word of an organisation's name (شركة, وكالة, سازمان, کمپنی). */
export function isOrganizationHead(finder: Finder, i: number): boolean {
  const w = finder.words[i];
  return (
    !!w &&
    w.kind === 'word' &&
    finder.stemsAt(i).some((s) => finder.v.organizationHeads.has(s.stem) || finder.v.organizationHeads.has(s.stem.replace(/^ال/u, '')))
  );
}
/** Whether a run is a name by its own words: a given name, a compound given name, a surname's form. */
export function hasOwnEvidence(finder: Finder, run: { first: number; last: number }): boolean {
  if (finder.isGivenName(run.first) || finder.compoundAt(run.first) > 0) return true;
  for (let k = run.first; k <= run.last; k++) if (hasSurnameForm(finder, k)) return true;
  return false;
}
