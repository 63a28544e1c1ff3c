// One part of each name (a word, or words written together on one side) compared as spellings, remembered for
// the top-level call whose context (foreign, one language, same script) the outcome depends on.

import { persianNumbers } from '../lexicon/number-words/fa.js';
import { toDecimalString } from '../lexicon/number-words/decimal.js';
import { arabicNumbers } from '../lexicon/number-words/ar.js';
import { spellingWeight, alignSpellings, type AlignedLetters, type SpellingAlignment } from './phonetic.js';
import { VOWEL_COSTS, NISBA_PENALTY, CROSSED_VOWEL_PENALTY } from './orthography.js';
import {
  DeferredFailure,
  maksuraAgainstNisba,
  nisbaMismatch,
  partFailure,
  reformedMaksura,
  reformStep,
  VOWEL_ONLY,
  type PartContext,
} from './part-failure.js';
import { elementAt } from '../contract/element-at.js';
import { OTHER_FORM, SHORT_FORM, otherFormOf, shortFormOf } from './short-names.js';
import { callContext } from './call-context.js';
import { withShiftedVowels } from './vowel-shift.js';

export interface PartResult {
  readonly cost: number;
  readonly score: number;
  readonly alignment: SpellingAlignment;
  readonly a: string;
  readonly b: string;
}
export type PartOutcome = PartResult | { readonly failure: string; readonly score: number };
// Word groups compared, remembered across calls: the word alignment, the word-by-word comparison and the
// comparison of rests after heads meet the same pairs, and names share their words (given names, families).
// Bounded, and the outcomes are never changed by their readers. An outcome depends on the context of the top-level
// call below, so the context is part of the key.
export const PARTS_KEPT = 1 << 15;
export const partMemo = new Map<string, PartOutcome>();
export { callContext };
export function comparePart(aWords: readonly string[], bWords: readonly string[], threshold: number): PartOutcome {
  const context =
    (callContext.givenForms ? 8 : 0) + (callContext.foreign ? 4 : 0) + (callContext.oneLanguage ? 2 : 0) + (callContext.sameScript ? 1 : 0);
  const key = `${aWords.join(' ')}\u0000${bWords.join(' ')}\u0000${threshold}\u0000${context}`;
  const known = partMemo.get(key);
  if (known) return known;
  const outcome = comparePartUncached(aWords, bWords, threshold);
  if (partMemo.size >= PARTS_KEPT) partMemo.clear();
  partMemo.set(key, outcome);
  return outcome;
}
/**
 * A regnal or dynastic number, which each language translates (عبد الله الثاني / عبدالله دوم, فيليبي السادس /
 * فیلیپه ششم): two ordinals of the same value are one part of the name, in as many words as each language
 * writes it (الحادي عشر / یازدهم).
 */
export function sameOrdinal(aWords: readonly string[], bWords: readonly string[]): PartResult | undefined {
  const [a, b] = [aWords.join(' '), bWords.join(' ')];
  if (a === b) return undefined;
  const value = (words: readonly string[]): string | undefined => {
    const m = arabicNumbers.ordinal(words, 0) ?? persianNumbers.ordinal(words, 0);
    return m && m.end === words.length ? toDecimalString(m.value) : undefined;
  };
  const n = value(aWords);
  if (n === undefined || n !== value(bWords)) return undefined;
  const step: AlignedLetters = { a, b, kind: 'variant', sound: `the ordinal ${n}, translated`, cost: 0.05 };
  return { cost: 0.05, score: 0.98, alignment: { cost: 0.05, steps: [step] }, a, b };
}
/** Whether a part is an ordinal translated ({@link sameOrdinal}), whose words are not a name written apart. */
export function isTranslatedOrdinal(part: { readonly alignment: SpellingAlignment }): boolean {
  const [step] = part.alignment.steps;
  return part.alignment.steps.length === 1 && step?.sound?.startsWith('the ordinal ') === true;
}
/**
 * A compound name in -الدين against the same written as said, its article unwritten (گلب‌الدین / گلبدین, Gulbuddin,
 * as Dari often writes it): one name, at a small cost. `a` and `b` are the words joined.
 */
export function sameDinCompound(aWords: readonly string[], bWords: readonly string[]): PartResult | undefined {
  const [a, b] = [aWords.join(''), bWords.join('')];
  const [full, said, fullFirst] = a.endsWith(DIN_ARTICLE) ? [a, b, true] : b.endsWith(DIN_ARTICLE) ? [b, a, false] : [];
  if (!full || said === undefined) return undefined;
  const stem = full.slice(0, -DIN_ARTICLE.length);
  if (stem.length < 2 || said !== stem + DIN_SAID) return undefined;
  const sound = 'ud-din, its article unwritten as it is said';
  const step: AlignedLetters = fullFirst
    ? { a: DIN_ARTICLE, b: DIN_SAID, kind: 'variant', sound, cost: 0.1 }
    : { a: DIN_SAID, b: DIN_ARTICLE, kind: 'variant', sound, cost: 0.1 };
  return { cost: 0.1, score: 0.95, alignment: { cost: 0.1, steps: [step] }, a: aWords.join(' '), b: bWords.join(' ') };
}
const DIN_ARTICLE = 'الدين';
const DIN_SAID = 'دين';
/**
 * A short form of a given name against the full name (جو / جوزيف, Joe for Joseph), or its form in another language
 * against the usual one (شارل / تشارلز, يتسحاق / إسحاق): one name, at a small cost. With `cognates`, also two forms of
 * one name in two languages (ماتئو / متیو), which are asked for only when the letters have not read the two as one.
 */
export function sameGivenName(a: string, b: string, cognates = false): PartResult | undefined {
  const sound = shortFormOf(a, b) ? SHORT_FORM : otherFormOf(a, b, cognates) ? OTHER_FORM : undefined;
  if (!sound) return undefined;
  const step: AlignedLetters = { a, b, kind: 'variant', sound, cost: 0.1 };
  return { cost: 0.1, score: 0.95, alignment: { cost: 0.1, steps: [step] }, a, b };
}
/** Words written as one: a word-final ه before another word is the vowel e (كه تشيانغ / کچیانگ), read as ة. */
export function joinWords(words: readonly string[]): string {
  return words.map((w, k) => (k < words.length - 1 && w.length > 1 && w.endsWith('ه') ? w.slice(0, -1) + 'ة' : w)).join('');
}
/**
 * Whether one side's ال is a foreign name's own first sound and not the article: the other writes it with a vowel
 * letter between (اولمبيك / المپیک, Olympique, where Persian drops the و before the cluster lm).
 */
function vowelBeforeL(a: string, b: string): boolean {
  const [withAl, other] = a.startsWith('ال') ? [a, b] : [b, a];
  return /^اول/u.test(other) && withAl.length >= 4 && !'اويى'.includes(withAl[2] ?? 'ا');
}
export function comparePartArticle(
  aWords: readonly string[],
  bWords: readonly string[],
  threshold: number,
  bothArticles: boolean,
): PartOutcome {
  let a = joinWords(aWords);
  let b = joinWords(bWords);
  let extra = (aWords.length + bWords.length - 2) * JOIN_COST;
  // The Arabic article on one side only: الخوارزمي / خوارزمی.
  let article: AlignedLetters | undefined;
  if (bothArticles) {
    const [longer, isA] = a.length >= b.length ? [a, true] : [b, false];
    if (longer.length >= 5) {
      if (isA) a = a.slice(2);
      else b = b.slice(2);
      article = isA
        ? { a: 'ال', b: '', kind: 'extra', cost: VOWEL_COSTS.article }
        : { a: '', b: 'ال', kind: 'extra', cost: VOWEL_COSTS.article };
      extra += VOWEL_COSTS.article;
    }
  } else if (a.startsWith('ال') !== b.startsWith('ال') && !vowelBeforeL(a, b)) {
    if (a.startsWith('ال') && a.length >= 5) {
      a = a.slice(2);
      article = { a: 'ال', b: '', kind: 'extra', cost: VOWEL_COSTS.article };
    } else if (b.startsWith('ال') && b.length >= 5) {
      b = b.slice(2);
      article = { a: '', b: 'ال', kind: 'extra', cost: VOWEL_COSTS.article };
    }
    if (article) extra += VOWEL_COSTS.article;
  }
  const reformed = reformedMaksura(a, b);
  const aligned = reformed ? reformStep(alignSpellings(a, b)) : alignSpellings(a, b);
  // Across the two languages, a foreign name's vowel may stand on either side of its consonant (بيغن / بگین).
  const letters = callContext.oneLanguage || !callContext.foreign ? aligned : withShiftedVowels(aligned).alignment;
  const alignment: SpellingAlignment = article ? { cost: letters.cost + article.cost, steps: [article, ...letters.steps] } : letters;
  let cost = letters.cost + extra;
  if (!reformed && (nisbaMismatch(a, b) || maksuraAgainstNisba(letters))) cost += NISBA_PENALTY;
  const vowelsOnlyInA = letters.steps.filter((s) => s.kind === 'extra' && VOWEL_ONLY.has(s.a)).length;
  const vowelsOnlyInB = letters.steps.filter((s) => s.kind === 'extra' && VOWEL_ONLY.has(s.b)).length;
  cost += CROSSED_VOWEL_PENALTY * Math.min(vowelsOnlyInA, vowelsOnlyInB);
  const score = Math.max(0, 1 - cost / Math.max(spellingWeight(a), spellingWeight(b), 1));
  const context: PartContext = { foreign: callContext.foreign, oneLanguage: callContext.oneLanguage, sameScript: callContext.sameScript };
  // Most parts compared fail whatever the checks say (a consonant no convention writes for the other, or letters
  // too far apart): their reason is written only if someone reads it, in the context of this comparison.
  if (score < threshold || letters.steps.some((st) => st.kind === 'different')) {
    return new DeferredFailure(() => partFailure(aWords, bWords, a, b, letters, score, threshold, context) as string, score);
  }
  const failure = partFailure(aWords, bWords, a, b, letters, score, threshold, context);
  if (failure !== undefined) return { failure, score };
  return { cost, score, alignment, a: aWords.join(' '), b: bWords.join(' ') };
}
export function comparePartUncached(aWords: readonly string[], bWords: readonly string[], threshold: number): PartOutcome {
  const ordinal = sameOrdinal(aWords, bWords);
  if (ordinal) return ordinal;
  if (aWords.length === 1 && bWords.length === 1) {
    const same = sameGivenName(elementAt(aWords, 0), elementAt(bWords, 0));
    if (same) return same;
  }
  const din = sameDinCompound(aWords, bWords);
  if (din) return din;
  // Words read as one word of the other name do not meet on one letter the other writes once (ووک کاراجیچ is not
  // کاراجیچ: the ک of ووک would be read with the next word's).
  const doubled = joinedOnOneLetter(aWords, bWords) ?? joinedOnOneLetter(bWords, aWords);
  if (doubled)
    return { failure: `${doubled} ends with the letter the next word opens with: a name of its own, not part of one word.`, score: 0 };
  // A word of vowel letters alone among words read as one is a name of its own (اوو مورالس, Evo Morales), which
  // the letters of the others would swallow as vowels written or not.
  // Three letters at least, ا و ي alone: shorter ones are letters' names and particles (اي, يو), and ه ends a word.
  const vowelWord = [...(aWords.length > 1 ? aWords : []), ...(bWords.length > 1 ? bWords : [])].find((w) => /^[اوي]{3,}$/u.test(w));
  if (vowelWord)
    return { failure: `${vowelWord}, written with vowel letters alone, is a name of its own, not part of one word.`, score: 0 };
  const plain = comparePartArticle(aWords, bWords, threshold, false);
  // Both begin with ال, but on one side it is the article and on the other the name's own al (الألب / آلپ).
  const a = aWords.join('');
  const b = bWords.join('');
  if (!('alignment' in plain) && a.startsWith('ال') && b.startsWith('ال')) {
    const stripped = comparePartArticle(aWords, bWords, threshold, true);
    if ('alignment' in stripped) return stripped;
  }
  // A given name in the forms of two languages (ماتئو / متیو), where the letters have not read the two as one.
  if (!('alignment' in plain) && aWords.length === 1 && bWords.length === 1) return sameGivenName(a, b, true) ?? plain;
  return plain;
}
/** The word of a group that ends with the letter its next word opens with, when the one word it is read as writes that letter once. */
function joinedOnOneLetter(group: readonly string[], other: readonly string[]): string | undefined {
  if (group.length < 2 || other.length !== 1) return undefined;
  for (let k = 0; k + 1 < group.length; k++) {
    const last = group[k]?.slice(-1) ?? '';
    if (last && last === group[k + 1]?.[0] && !other[0]?.includes(last + last)) return group[k];
  }
  return undefined;
}
// The cost of reading two words as one.
export const JOIN_COST = 0.05;
