// Titles before a person's name on one side or both (آیت‌الله خامنه‌ای / سید علی خامنه‌ای, امام خمینی /
// روح‌الله خمینی, Pope Leo / البابا ليو): no part of the name, so the names are compared without them. Tried
// only when the names with their titles are not one: a title is also a given name often enough (امام علی,
// أمير), and then it is the name's own.

import { nameTitles, type NameTitle } from '../lexicon/name-titles.js';
import { foldName, lettersOf } from './phonetic.js';
import { FATHER_PARTICLES, lowerFirst } from './name-words.js';
import { titleForGivenName } from './title-family.js';
import { ordinalAtEnd } from './regnal.js';
import { languageOfSpelling } from './gazetteer.js';
import type { NameMatch } from './name-match.js';
import { memoize } from '../text/memo.js';

type MatchNames = (a: string, b: string, threshold: number) => NameMatch;

/** A name cut into the titles before it and the rest. */
interface Titled {
  readonly titles: readonly string[];
  readonly monarch: boolean;
  /** Whether a title taken off is also a given name (سردار). */
  readonly givenToo: boolean;
  readonly rest: string;
}

/**
 * A word folded for comparing with a title (case, hamza, ZWNJ and the article's alef seats alike). An Arabic
 * abbreviation keeps its point: د. is the doctor's title, د alone the Pashto "of" (د افغانستان بانک). Remembered: the
 * comparisons of names read every word of both names against the titles.
 */
const key: (word: string) => string = /* @__PURE__ */ memoize((word: string): string =>
  /[A-Za-z]/u.test(word) ? word.toLowerCase().replace(/\.$/u, '') : lettersOf(foldName(word)) + (word.endsWith('.') ? '.' : ''),
);

let index: readonly (NameTitle & { readonly keys: readonly string[] })[] | undefined;

/** Whether a word is a title of one word (امام, جنرال, ملا), as the list writes it. */
export function isTitleWord(word: string): boolean {
  index ??= nameTitles().map((t) => ({ ...t, keys: t.words.map(key) }));
  const k = key(word);
  return index.some((t) => t.keys.length === 1 && t.keys[0] === k);
}

/**
 * Takes the titles off the front of a name (آیت‌الله, آية الله العظمى, الشيخ, Pope), as many as there are.
 * Remembered: a name is cut each time it is compared, against each of the many names around it, and the
 * list of titles is read through for each of its words.
 */
export const splitTitles: (name: string) => Titled = /* @__PURE__ */ memoize(splitTitlesOnce);

function splitTitlesOnce(name: string): Titled {
  index ??= nameTitles().map((t) => ({ ...t, keys: t.words.map(key) }));
  const words = name.trim().split(/\s+/u);
  const titles: string[] = [];
  let monarch = false;
  let givenToo = false;
  let at = 0;
  for (;;) {
    const k = words.slice(at).map(key);
    const found = index.find((t) => t.keys.length + (t.alsoGiven ? 1 : 0) < k.length && t.keys.every((w, i) => w === k[i]));
    // A word before بن is a given name, not a title (سلطان بن زايد).
    if (!found || FATHER_PARTICLES.has(k[found.keys.length] ?? '')) break;
    titles.push(words.slice(at, at + found.keys.length).join(' '));
    monarch ||= found.monarch;
    givenToo ||= found.alsoGiven;
    at += found.keys.length;
  }
  return { titles, monarch, givenToo, rest: words.slice(at).join(' ') };
}

/**
 * A title and the family name against the given name and the family name (سردار نقدی / محمدرضا نقدی): the
 * partial match that says so, or undefined. Not a monarch's title, said with the given name, nor one that is a
 * given name too (سردار).
 */
export function titleStandsForGiven(a: string, b: string, threshold: number, matchNames: MatchNames): NameMatch | undefined {
  return titleForGiven(splitTitles(a), splitTitles(b), threshold, matchNames);
}

function titleForGiven(ta: Titled, tb: Titled, threshold: number, matchNames: MatchNames): NameMatch | undefined {
  const [withTitle, plain] =
    ta.titles.length > 0 && tb.titles.length === 0 ? [ta, tb] : tb.titles.length > 0 && ta.titles.length === 0 ? [tb, ta] : [];
  return withTitle && plain && !withTitle.monarch && !withTitle.givenToo
    ? titleForGivenName(withTitle.titles, withTitle.rest, plain.rest, threshold, matchNames)
    : undefined;
}

/**
 * Compares two names without the titles before them, when either has one: the same person named with and
 * without a title, or with two titles (آیت‌الله / سید). A monarch's title with a given name alone names the
 * king whose full name opens with it (الملك سلمان / سلمان بن عبد العزيز). Undefined when no title is taken
 * off or the names are still not one.
 */
export function compareWithoutTitles(a: string, b: string, threshold: number, matchNames: MatchNames): NameMatch | undefined {
  const ta = splitTitles(a);
  const tb = splitTitles(b);
  if (ta.titles.length === 0 && tb.titles.length === 0)
    return rankForGiven(a, b, threshold, matchNames) ?? rankForGiven(b, a, threshold, matchNames);
  const titles = [...ta.titles, ...tb.titles].join(', ');
  const phrase = `${titles} ${ta.titles.length + tb.titles.length > 1 ? 'are titles' : 'is a title'}, no part of the name`;
  const m = matchNames(ta.rest, tb.rest, threshold);
  if (m.same) return { ...m, reason: { ...m.reason, kind: 'partial', detail: `${phrase}; ${lowerFirst(m.reason.detail)}` } };
  const byTitle = titleForGiven(ta, tb, threshold, matchNames);
  if (byTitle) return byTitle;
  // A monarch named by the title and the given name, or the name he reigns under (عبد الله الثاني): it opens the other's
  // full name. A Gulf ruler or prince is named so with الشيخ (الشيخ زايد), the other being his chain with his house (آل).
  const [titled, full] = ruledBy(ta, tb) ? [ta, tb] : ruledBy(tb, ta) ? [tb, ta] : [];
  // A Latin word with the Arabic article is a family name, no given name (Sultan al-Jaber: Sultan is his given name).
  if (!titled || !full || /^(?:al|el)[-\u2010]/iu.test(titled.rest)) return undefined;
  const own = titled.rest.split(/\s+/u);
  const first = full.rest.split(/\s+/u);
  if (first.length <= own.length) return undefined;
  const given = matchNames(titled.rest, first.slice(0, own.length).join(' '), threshold);
  if (!given.same || given.reason.kind === 'partial') return undefined;
  const title = titled.titles.join(' ');
  const how = titled.monarch ? `${title} is a monarch's title` : `${title} is the title of a Gulf ruler or prince`;
  return {
    ...given,
    reason: {
      ...given.reason,
      kind: 'partial',
      detail: `${how}, by which he is named with ${own.length > 1 ? 'the name he reigns under' : 'his given name'} ${titled.rest}, which opens ${full.rest}.`,
    },
  };
}

const SHEIKH: ReadonlySet<string> = new Set(['الشيخ', 'شيخ', 'شیخ'].map(key));
const PATRONYMIC_WORDS: ReadonlySet<string> = new Set(['بن', 'ابن'].map(key));
const HOUSE = key('آل');

/**
 * Whether a titled name names a ruler by the title and his given name, against the other's full name: a monarch's
 * title before a given name, or one with its ordinal (الملك سلمان, الملك عبد الله الثاني), or الشيخ before a given name
 * against a chain of fathers and a ruling house (زايد بن سلطان آل نهيان), as the Gulf names its rulers and princes.
 */
function ruledBy(titled: Titled, other: Titled): boolean {
  const words = titled.rest.split(/\s+/u);
  if (titled.monarch) return words.length === 1 || (words.length <= 3 && ordinalAtEnd(words)?.from === words.length - 1);
  if (words.length !== 1 || titled.titles.length !== 1 || !SHEIKH.has(key(titled.titles[0] ?? ''))) return false;
  const chain = other.rest.split(/\s+/u).map(key);
  const son = chain.findIndex((w) => PATRONYMIC_WORDS.has(w));
  return son === 1 && chain.indexOf(HOUSE, son) > son + 1;
}

// Ranks that are also given names, taken for a title before one word only when it is a Persian family name (no letter
// says Arabic): سردار
// نقدی is the Guards general, سردار بردی‌محمداف the Turkmen president named Serdar (the son of قربانقلی
// بردی‌محمداف), whose family name has the Russian ending -ov (اف, وف, یف).
const RANKS_ALSO_GIVEN: ReadonlySet<string> = new Set(['سردار', 'پاسدار'].map(key));
const RUSSIAN_ENDING = /(?:اف|وف|يف|یف)$/u;

/**
 * A rank that is also a given name with a Persian family name alone (سردار نقدی), against the given name and the
 * family name (محمدرضا نقدی): the partial match that says the rank stands for the given name, or undefined.
 */
function rankForGiven(titled: string, other: string, threshold: number, matchNames: MatchNames): NameMatch | undefined {
  const [rank = '', family = '', ...more] = titled.trim().split(/\s+/u);
  if (more.length > 0 || !family || !RANKS_ALSO_GIVEN.has(key(rank))) return undefined;
  // Persian letters, or none that say Arabic (رادان), on both sides.
  if (languageOfSpelling(titled) === 'ar' || languageOfSpelling(other) === 'ar' || RUSSIAN_ENDING.test(family)) return undefined;
  return titleForGivenName([rank], family, other, threshold, matchNames);
}
