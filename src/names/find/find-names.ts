import { isArabicLetter, isLineBreak } from '../../text/chars.js';
import { argument, options as checkOptions, string } from '../../contract/validate.js';
import { detectLanguage } from '../../text/language.js';
import { type NormalizedText } from '../../text/normalize.js';
import { sourceEndOf, sourceSpanOf } from '../../text/source-span.js';
import { LINE_BREAK_KIND, prepareText, TOKEN_KINDS, type PreparedText } from '../../extract/document.js';
import { type NameLanguage } from '../gazetteer.js';
import { vocabulary } from '../vocabulary.js';
import {
  Finder,
  WordTypes,
  type Word,
  type Found,
  type NameMention,
  type FindNamesOptions,
  QUOTES,
  LATIN_ACRONYM,
  LATIN_NAME,
  AFFIXED,
  FIND_NAMES_OPTIONS,
} from './finder.js';
import { findPlaces } from './places.js';
import { findAcronyms, findLatinNames } from './acronyms.js';
import { findQuotedOrganizations } from './organizations.js';
import { findPersons } from './persons.js';
import { findRepeats } from './repeats.js';
import { elementAt } from '../../contract/element-at.js';

/**
 * Finds the names in an Arabic or Persian text: people, places and organisations, each with its span in
 * the caller's string, its type, the cue that made it a name and, for known places and organisations, the
 * entity (the ISO region code from `Intl` for countries, so that الصين and چین share `CN`).
 *
 * Places and organisations come from the gazetteer (with the Arabic clitics و ب ل ف ك and the article
 * taken off: وروسيا, لطاجيكستان, للمنظمة); Latin acronyms next to an expansion are attached to it. People
 * are found by their context — a title or role before the name (الرئيس, وزير الدفاع الروسي، دبیرکل,
 * آقای), a verb of saying (وقال X, X گفت), a known given name, a surname's form (‑وف, ‑سكي) — and then
 * wherever the same name or surname appears again in the text. A name of several words is one mention
 * (إمام علي رحمن). Ordinary words are told from names with the stopwords of each language (stopwords-iso)
 * and a list of frequent news words; adjectives of places (الروسية, تاجیکی) are not names and are returned
 * only with `adjectives: true`.
 *
 * @example
 * ```ts
 * import { findNames } from 'muqabala';
 *
 * const text = 'التقى الرئيس إمام علي رحمن في دوشنبه وزير الدفاع الروسي أندريه بيلوسوف.';
 * findNames(text).map((m) => `${m.type}:${m.text}`);
 * // => ['person:إمام علي رحمن', 'place:دوشنبه', 'person:أندريه بيلوسوف']
 * findNames('وقال لافروف إن روسيا والصين تعارضان ذلك.').map((m) => m.entity?.id ?? m.text);
 * // => ['لافروف', 'RU', 'CN']
 * findNames('ولادیمیر پوتین در مسکو با رئیس‌جمهور چین دیدار کرد.').map((m) => m.text);
 * // => ['ولادیمیر پوتین', 'مسکو', 'چین']
 * ```
 */
export function findNames(text: string, options?: FindNamesOptions): NameMention[] {
  argument('findNames', 'text', text, string);
  const checked = checkOptions('findNames', options, FIND_NAMES_OPTIONS);
  const guessed = checked.language ?? detectLanguage(text).language;
  const language = guessed === 'fa' ? 'fa' : 'ar';
  return namesIn(prepareText(text, language), language, checked.adjectives ?? false);
}

/**
 * A text longer than this (in characters) is read in parts cut at line breaks, each with its own finder: the
 * finder keeps several values per word, and a whole book's worth at once was a third of the peak memory of
 * compare() on two 10 MB reports. A surname found in one part is known again in the parts after it.
 */
const PART_CHARS = 200_000;

/**
 * {@link findNames} over a text already folded and cut into tokens (`prepareText(text)`, which the number and
 * date readers read too), for the library's own callers that have it.
 */
export function namesIn(prepared: PreparedText, language: NameLanguage, adjectives: boolean): NameMention[] {
  const n = prepared.normalized;
  const mentions: NameMention[] = [];
  const surnames = new Map<string, number>();
  const types = new WordTypes();
  const spellings: (Spelling | undefined)[] = [];
  // The words of one part are alive while its finder works, long enough for the collector to move them to its
  // old space, where a part's new ones were most of the garbage of reading a long text's facts: the objects of
  // one part are filled again for the next (no word outlives its part: mentions copy what they take).
  const pool: MutableWord[] = [];
  let token = 0;
  for (let from = 0; from < n.text.length;) {
    const to = partEnd(n.text, from);
    const words: Word[] = [];
    token = readWords(prepared, token, from, to, words, types, spellings, pool);
    const finder = new Finder(words, language, vocabulary(language), types);
    // Surer evidence first: a word taken by a pass is not offered to the next.
    findPlaces(finder);
    findAcronyms(finder);
    findLatinNames(finder);
    findQuotedOrganizations(finder);
    findPersons(finder);
    findRepeats(finder, surnames);
    const found = adjectives ? finder.found : finder.found.filter((f) => f.form !== 'adjective');
    for (const f of found.sort((a, b) => a.first - b.first)) mentions.push(toMention(f, words, n));
    from = to;
  }
  return mentions;
}

/** Where the part of a text that begins at `from` ends: at the first line break {@link PART_CHARS} on, or the end. */
function partEnd(text: string, from: number): number {
  if (text.length - from <= PART_CHARS) return text.length;
  for (let i = from + PART_CHARS; i < text.length; i++) if (isLineBreak(text.charCodeAt(i))) return i;
  return text.length;
}

/**
 * What a token's text gives, worked out once per distinct text of the document: the same words recur, and each
 * occurrence then shares one string and one key.
 */
interface Spelling {
  /** The token's text, one string for all its occurrences. */
  readonly text: string;
  /** Its Arabic-script letters. */
  readonly key: string;
  /** The type of `key`, and of `text` when it is a Latin name (-1 when it is not). */
  readonly keyId: number;
  readonly latinId: number;
  /** Whether the key has a letter that an alef with a hamza folds to, without which {@link hamzaAlefsOf} is 0. */
  readonly alef: boolean;
}

function spellingOf(text: string, types: WordTypes): Spelling {
  const key = arabicLettersOf(text);
  const latin = key.length === 0 && (LATIN_ACRONYM.test(text) || LATIN_NAME.test(text));
  return {
    text,
    key,
    keyId: types.id(key),
    latinId: latin ? types.id(text) : -1,
    alef: key.includes('ا') || key.includes('أ') || key.includes('إ'),
  };
}

/**
 * The words of the part of a prepared text from `from` to `to` (offsets in the folded text), read from its tokens
 * from `token` on, into `words`; returns the first token after the part.
 */
function readWords(
  prepared: PreparedText,
  token: number,
  from: number,
  to: number,
  words: Word[],
  types: WordTypes,
  spellings: (Spelling | undefined)[],
  pool: MutableWord[],
): number {
  const n = prepared.normalized;
  const { starts, ends, kinds, distinct } = prepared;
  const count = kinds.length;
  let previousEnd = from;
  let t = token;
  for (; t < count && (starts[t] ?? to) < to; t++) {
    const code = kinds[t] ?? LINE_BREAK_KIND;
    // The line breaks the prepared text keeps as tokens are read from the text between the words, as before.
    if (code === LINE_BREAK_KIND) continue;
    const start = starts[t] ?? 0;
    const end = ends[t] ?? 0;
    let newLine = false;
    for (let i = previousEnd; i < start; i++) if (isLineBreak(n.text.charCodeAt(i))) newLine = true;
    previousEnd = end;
    const type = prepared.types[t] ?? 0;
    const spelling = (spellings[type] ??= spellingOf(elementAt(distinct, type), types));
    const { text, key } = spelling;
    const tokenKind = TOKEN_KINDS[code];
    const kind: Word['kind'] =
      tokenKind === 'punctuation'
        ? 'punctuation'
        : key.length > 0
          ? 'word'
          : tokenKind === 'word' && spelling.latinId >= 0
            ? 'latin'
            : 'other';
    const sourceStart = n.offsets[start] ?? 0;
    const sourceEnd = sourceEndOf(n, start, end);
    const maksura = n.source.charCodeAt(sourceEnd - 1) === 0x0649;
    const affixed =
      kind === 'word' && mayBeAffixed(n.source, sourceStart, sourceEnd) && AFFIXED.test(n.source.slice(sourceStart, sourceEnd));
    const hamzaAlefs = kind === 'word' && key === text && spelling.alef ? hamzaAlefsOf(n, start, end) : 0;
    const latin = kind === 'latin';
    const word = pool[words.length];
    if (word) {
      word.key = latin ? text : key;
      word.start = start;
      word.end = end;
      word.kind = kind;
      word.char = text;
      word.newLine = newLine;
      word.maksura = maksura;
      word.affixed = affixed;
      word.hamzaAlefs = hamzaAlefs;
      word.id = latin ? spelling.latinId : spelling.keyId;
      words.push(word);
    } else {
      const fresh: MutableWord = {
        key: latin ? text : key,
        start,
        end,
        kind,
        char: text,
        newLine,
        maksura,
        affixed,
        hamzaAlefs,
        id: latin ? spelling.latinId : spelling.keyId,
      };
      pool.push(fresh);
      words.push(fresh);
    }
  }
  return t;
}

/** A {@link Word} as {@link readWords} fills it. */
type MutableWord = { -readonly [K in keyof Word]: Word[K] };

/** The Arabic-script letters of a token: the token itself when it has nothing else (most words). */
/** The bits of {@link Word.hamzaAlefs} for the token at [start, end) of the normalised text. */
function hamzaAlefsOf(n: NormalizedText, start: number, end: number): number {
  let bits = 0;
  for (let k = 0; k < end - start && k < 31; k++) {
    const c = n.source.charCodeAt(elementAt(n.offsets, start + k));
    if (c === 0x0623 || c === 0x0625) bits |= 1 << k;
  }
  return bits;
}

function arabicLettersOf(token: string): string {
  let i = 0;
  while (i < token.length && isArabicLetter(token.charCodeAt(i))) i++;
  if (i === token.length) return token;
  let key = token.slice(0, i);
  for (; i < token.length; i++) if (isArabicLetter(token.charCodeAt(i))) key += token.charAt(i);
  return key;
}

/** Whether a word as written has a tanween or a zero-width non-joiner, without which {@link AFFIXED} cannot match. */
function mayBeAffixed(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x064d) || c === 0x200c) return true;
  }
  return false;
}

function toMention(f: Found, words: readonly Word[], n: NormalizedText): NameMention {
  const first = elementAt(words, f.first);
  let last = elementAt(words, f.last);
  // A quotation mark opened inside the name (منظمة "معاهدة الأمن الجماعي") is closed with it.
  let opened = false;
  for (let i = f.first; i <= f.last; i++) if (words[i]?.kind === 'punctuation' && QUOTES.has(elementAt(words, i).char)) opened = !opened;
  const after = words[f.last + 1];
  if (opened && after?.kind === 'punctuation' && QUOTES.has(after.char)) last = after;
  const span = sourceSpanOf(n, first.start + f.prefix, last.end);
  const mention: { -readonly [K in keyof NameMention]: NameMention[K] } = {
    text: n.source.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    type: f.type,
    cue: f.cue,
  };
  if (f.entity) mention.entity = { ...f.entity }; // a copy: the gazetteer's entities are shared
  if (f.acronym) mention.acronym = f.acronym;
  if (f.form) mention.form = f.form;
  return mention;
}

export type { FindNamesOptions, NameCue, NameMention, NameType } from './finder.js';
