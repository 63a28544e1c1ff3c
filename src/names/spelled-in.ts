import { cutTokens } from '../text/tokens.js';
import { isArabicLetter, westernDigits } from '../text/chars.js';
import { matchNames } from './compare.js';
import { type NameMatch } from './name-match.js';
import { entityKey, lookupEntries } from './gazetteer.js';
import { arabicStems, vocabulary } from './vocabulary.js';
import { readableLetters, readableOnsets } from './latin.js';
import { splitEnglishHead } from './latin-headed.js';
import { romanValue } from './latin-regnal.js';
import { nameTitles } from '../lexicon/name-titles.js';
import { englishKey, englishWords } from '../lexicon/english-words.js';
import { foldName, lettersOf } from './phonetic.js';
import type { Language } from '../text/language.js';
import { memoize, memoize2 } from '../text/memo.js';
import { compareTechnicalAcronyms, isTechnicalAcronym, longestTechnicalTerm } from './technical-acronyms.js';

/** Where a text spells a name: the span of the words and how they match. */
export interface SpelledName {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly match: NameMatch;
}

const MAX_WINDOW = 3;
/** The longest acronym read letter by letter, one word a letter (see `windowFor`). */
const MAX_ACRONYM_WINDOW = 6;

function isFunctionWord(word: string): boolean {
  const key = entityKey(word);
  return vocabulary('ar').stopwords.has(key) || vocabulary('fa').stopwords.has(key);
}

function hasArabicLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isArabicLetter(s.charCodeAt(i))) return true;
  return false;
}

let latinTitles: ReadonlySet<string> | undefined;
let translatedWords: ReadonlySet<string> | undefined;

/**
 * Whether an Arabic-script spelling of a Latin name can only be a reading of its letters: no known entity, and
 * no part that is translated or read otherwise (an English head, a title, an English word the name lists
 * translate, such as Persian / فارسی or Blue, a regnal number, a digit, '&').
 */
export function readBySoundsOnly(name: string): boolean {
  if (name.includes('&') || /[0-9]/u.test(name) || lookupEntries(name).length > 0 || splitEnglishHead(name)) return false;
  latinTitles ??= new Set(nameTitles().flatMap((t) => t.words.map((w) => w.toLowerCase())));
  translatedWords ??= new Set(englishWords().flatMap((w) => w.words.split(' ')));
  const [titles, translated] = [latinTitles, translatedWords];
  return !name.split(/[\s\-–—]+/u).some((w) => {
    const lower = w.toLowerCase().replace(/[.]/gu, '');
    return romanValue(w) !== undefined || titles.has(lower) || translated.has(englishKey(w));
  });
}

/**
 * Where a window of words may begin in a word: at its start and, in Arabic, after each proclitic it may carry
 * (بسارس, لفايزر; وبيرت is و before بيرت or وب before يرت, so each reading is tried), as {@link arabicStems} reads
 * them; Persian writes its prepositions apart. The article a ل may hide (للمنظمة) is no part of a Latin name.
 */
function startsIn(word: { text: string; start: number }, arabic: boolean, technical = false): number[] {
  if (!arabic) return [word.start];
  const starts = arabicStems(word.text)
    .filter((s) => s.prefix === 0 || !s.stem.startsWith('ال') || word.text.startsWith('ال', s.prefix))
    .map((s) => word.start + s.prefix);
  // The words a technical acronym abbreviates are compared without their article, so one that ل hides (للحمض النووي,
  // for the nucleic acid) is read from after it.
  return technical && word.text.startsWith('لل') && word.text.length > 4 ? [...starts, word.start + 2] : starts;
}

/**
 * How many words a window compared by compareNames may hold: three, or as many as an acronym has letters, since
 * Arabic may write each letter by its name as a word (MSNBC, إم إس إن بي سي).
 */
function windowFor(name: string): number {
  const capitals = /^[A-Z0-9&-]+$/u.test(name) ? name.replace(/[^A-Z]/gu, '').length : 0;
  return Math.max(MAX_WINDOW, Math.min(capitals, MAX_ACRONYM_WINDOW));
}

/** What a Latin name's letters allow of a window that spells it (see {@link mayRead}), worked out once per name. */
interface Readable {
  /** The letters some reading of the name writes, and those it may begin with, for a name read only by its sounds. */
  readonly letters?: ReadonlySet<string>;
  readonly onsets?: ReadonlySet<string>;
  /** The numbers of a name that names nothing known, which its spelling must write as figures. */
  readonly figures: readonly string[];
}

const readableOf = /* @__PURE__ */ memoize((name: string): Readable => {
  // A Latin name read only letter group by letter group cannot be spelled by a window that begins with a
  // letter no reading of it begins with, or holds a letter no reading of it writes; a known window is matched
  // through the gazetteer instead.
  const bySounds = readBySoundsOnly(name);
  // The numbers of a Latin name that names nothing known must stand in its spelling as figures (SARS-CoV-2,
  // سارس-كوف-2): only a known name may write them as words (G20, مجموعة العشرين), and a known window is let through.
  const figures = /[0-9]/u.test(name) && lookupEntries(name).length === 0 ? (name.match(/[0-9]+/gu) ?? []) : [];
  return bySounds ? { letters: readableLetters(name), onsets: readableOnsets(name), figures } : { figures };
});

/** Whether a window (`span`) may spell the name at all, before compareNames is asked. */
function mayRead(readable: Readable, span: string): boolean {
  const { letters: readableSet, onsets, figures } = readable;
  if (figures.length > 0) {
    const written = westernDigits(span);
    if (!figures.every((f) => written.includes(f)) && lookupEntries(span).length === 0) return false;
  }
  if (!readableSet || !onsets) return true;
  const letters = lettersOf(foldName(span));
  return (onsets.has(letters.charAt(0)) && [...letters].every((c) => readableSet.has(c))) || lookupEntries(span).length > 0;
}

/**
 * How a window spells a Latin name when it spells the whole of it (compareNames' same, not partial), else
 * undefined: remembered, since a report's Latin names are looked for again and again among the same words.
 */
const spelledBy = /* @__PURE__ */ memoize2((name: string, span: string): NameMatch | undefined => {
  if (!mayRead(readableOf(name), span)) return undefined;
  const match = matchNames(name, span);
  return match.same && match.reason.kind !== 'partial' ? match : undefined;
});

/**
 * Finds the words of a stretch of text that spell a given name in the other script: the Arabic-script
 * spelling of a Latin name (Pfizer → فايزر, COVID-19 → كوفيد-19, SARS-CoV-2 → سارس-كوف-2) where the text gives
 * no other cue that the words are a name. Windows of one to three Arabic-script words (as many as an
 * acronym's letters, each written as a word: إم إس إن بي سي), joined by hyphens or with a number joined by one,
 * are compared with {@link compareNames}; the best full match wins. In an Arabic text (`language` 'ar'), a
 * window may also begin after a proclitic glued to its first word (بسارس, "with SARS": the name is سارس). A
 * technical acronym is also looked for by the words it abbreviates, as long as they are (ICU → وحدة العناية المركزة).
 */
export function findSpelledName(
  name: string,
  text: string,
  from = 0,
  to = text.length,
  language?: Language | 'unknown',
): SpelledName | undefined {
  const tokens = cutTokens(text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
  const glued = (j: number): boolean => tokens[j - 1]?.end === tokens[j]?.start && tokens[j]?.end === tokens[j + 1]?.start;
  const own = windowFor(name);
  const technical = isTechnicalAcronym(name);
  // A technical acronym's windows reach further, to the longest form of the list, which only the list is asked about
  // past the words compareNames compares: a window that spells it (الحمض النووي, DNA; كوف, CoV) inside a longer term
  // the list keeps apart from it (الحمض النووي الريبي, RNA; سارس كوف, SARS-CoV) does not.
  const maxWords = technical ? Math.max(own, longestTechnicalTerm()) : own;
  const found: SpelledName[] = [];
  const apart: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || first.kind !== 'word' || !hasArabicLetter(first.text)) continue;
    for (const start of startsIn(first, language === 'ar', technical)) {
      let words = 0;
      let here: SpelledName | undefined;
      for (let j = i; j < tokens.length && words < maxWords; j++) {
        const t = tokens[j];
        if (!t) break;
        if (t.kind === 'word' && hasArabicLetter(t.text)) words++;
        else if (!(t.kind === 'number' || t.text === '-')) break;
        // A hyphen continues a window only inside one compound, glued on both sides to a number (كوفيد-19) or
        // to a word (سارس-كوف).
        if (t.text === '-') {
          const next = tokens[j + 1];
          if (!glued(j) || !next || !(next.kind === 'number' || (next.kind === 'word' && hasArabicLetter(next.text)))) break;
          continue;
        }
        const span = text.slice(start, t.end);
        // A function word alone (من, در) is no spelling of a name.
        if (j === i && isFunctionWord(span)) continue;
        const listed = technical ? compareTechnicalAcronyms(name, span) : undefined;
        if (listed && !listed.same) apart.push({ start, end: t.end });
        // The list answers for the words a technical acronym abbreviates, which its letters do not write, and which
        // leave out its number when they name its kind (SARS-CoV-2, فيروس كورونا).
        const match = (words <= own ? spelledBy(name, span) : undefined) ?? (listed?.same ? listed : undefined);
        // A longer window of the list's words is the term whole (متلازمة الضائقة التنفسية الحادة, not its first three).
        const better = match && (!here || match.score > here.match.score || (match === listed && match.score === here.match.score));
        if (match && better) here = { start, end: t.end, text: span, match };
      }
      if (here) found.push(here);
    }
  }
  let best: SpelledName | undefined;
  for (const f of found) {
    if (apart.some((x) => x.start <= f.start && f.end <= x.end && x.end - x.start > f.end - f.start)) continue;
    if (!best || f.match.score > best.match.score) best = f;
  }
  return best;
}
