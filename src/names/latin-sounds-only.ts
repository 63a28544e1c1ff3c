// Whether a Latin name could be an Arabic-script name at all, told cheaply: a necessary condition of matchNames'
// same, so that a caller that weighs one Latin name against hundreds (the names around a leftover, see
// name-explanation.ts; the names of a bead, see names.ts) asks compareNames only about those it may be.

import { isLatinName, lookupEntries } from './gazetteer.js';
import { foldName, lettersOf } from './phonetic.js';
import { readableLetters, readableOnsets } from './latin.js';
import { readBySoundsOnly } from './spelled-in.js';
import { demonymCountry } from './latin-demonym.js';
import { isListedDisease } from './disease-names.js';
import { hasListedForms } from './person-alias.js';
import { isTechnicalAcronym } from './technical-acronyms.js';
import { withoutAffix } from './club-affix.js';
import { isFatherParticle } from './latin-patronymic.js';
import { isFrenchPlaceAdjective } from './latin-french-adjective.js';
import { ENGLISH_ADJECTIVES } from '../lexicon/english-words.js';
import { memoize } from '../text/memo.js';

/** A capitalised word of plain Latin letters, three or more: no acronym, initial, hyphen, apostrophe, digit or sign. */
const PLAIN_WORD = /^[A-Z][a-z]{2,}$/u;

/** The Arabic article romanised as a word of its own, said as the sun letter it comes before (Ash Shuhada, Ath Thawra). */
const ARTICLE_WORD = /^[AaEe](?:sh|th|dh)$/u;

/** The most words a Latin name may have to be read by this test; a longer one is always compared. */
const MAX_WORDS = 8;

/** Whether some run of words (`words`, joined by a space) is a name the gazetteer knows. */
function runKnown(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j <= words.length; j++) if (lookupEntries(words.slice(i, j).join(' ')).length > 0) return true;
  return false;
}

/**
 * Whether a Latin name is made of plain words that matchNames can match only by reading their letters, in order: no
 * list knows it or a word of it (the gazetteer, English words and heads, titles, diseases, technical acronyms,
 * people's other names, club and company affixes, "son of", demonyms and French adjectives of places, an English
 * adjective that moves after the name, the article as a word), so that every route by which it could be an
 * Arabic-script name reads its letters, which {@link readableLetters} and {@link readableOnsets} bound.
 */
const soundsOnlyName = /* @__PURE__ */ memoize((latin: string): boolean => {
  const words = latin.split(' ');
  if (words.length > MAX_WORDS || !words.every((w) => PLAIN_WORD.test(w) && !ARTICLE_WORD.test(w))) return false;
  if (!readBySoundsOnly(latin) || runKnown(words) || ENGLISH_ADJECTIVES.has(words[0]?.toLowerCase() ?? '')) return false;
  if (isListedDisease(latin) || hasListedForms(latin) || isTechnicalAcronym(latin) || withoutAffix(latin) !== undefined) return false;
  return !words.some((w) => demonymCountry(w) !== undefined || isFatherParticle(w) || isFrenchPlaceAdjective(w));
});

/** An Arabic-script name's words and their parts joined by a ZWNJ, folded to their letters, each once per name. */
const wordsOf = /* @__PURE__ */ memoize((name: string): readonly string[] =>
  name
    .split(/[\s\-–—/\u200c]+/u)
    .map((w) => lettersOf(foldName(w)))
    .filter((w) => w.length > 0),
);

/**
 * The words of the former names of the places an Arabic-script name is (Shahsavar's شهسوار for تنکابن), which a Latin
 * name is read against too (latin-former.ts).
 */
const formerWordsOf = /* @__PURE__ */ memoize((name: string): readonly string[] =>
  lookupEntries(name).flatMap((e) =>
    e.entity.type === 'place' ? e.names.filter((n) => n.form === 'historical').flatMap((n) => wordsOf(n.text)) : [],
  ),
);

/**
 * Whether matchNames may find a Latin name and an Arabic-script one the same (in either order): false only for plain
 * Latin words no list knows (see {@link soundsOnlyName}) against a name none of whose words (or of their parts joined
 * by a ZWNJ) begins with a letter a reading of the Latin name may begin with and writes only letters a reading of it
 * may write. For such a Latin name every same is made by reading its words, a run at a time, against whole words of
 * the other name, one or several (the alignment of compare-latin.ts, which asks {@link readableLetters} first), or
 * against what is left of it once a head, a title or a suffix is cut off, which are words of the name too; a name the
 * gazetteer knows on the Arabic-script side adds its Latin initials (matchThroughLatin), which a plain word is not, and
 * its former names, read as the other name's words are.
 */
export function mayReadAs(latin: string, arabicScript: string): boolean {
  if (!soundsOnlyName(latin) || isLatinName(arabicScript) || /[A-Za-z]/u.test(arabicScript)) return true;
  const own = wordsOf(arabicScript);
  if (own.length === 0) return true;
  const former = formerWordsOf(arabicScript);
  const words = former.length > 0 ? [...own, ...former] : own;
  const [onsets, letters] = [readableOnsets(latin), readableLetters(latin)];
  return words.some((w) => {
    if (!onsets.has(w.charAt(0))) return false;
    for (let c = 0; c < w.length; c++) if (!letters.has(w.charAt(c))) return false;
    return true;
  });
}

/**
 * Whether matchNames may call two names the same, in either order: {@link mayReadAs} with the Latin one first.
 */
export function mayBeSame(a: string, b: string): boolean {
  return mayReadAs(a, b) && mayReadAs(b, a);
}
