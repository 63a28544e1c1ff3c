import type { NameMention } from '../extract/names.js';
import { lookupAdjective, lookupEntries, entityKey, type NameLanguage } from '../names/gazetteer.js';
import type { NameMatch } from '../names/compare.js';
import { isCommonWord, vocabulary } from '../names/vocabulary.js';
import { tokenize, type Token } from '../text/tokens.js';

/** A stretch of the other text that answers a name the finder did not find there. */
export interface Counterpart {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** How the name compares with it. */
  readonly match: NameMatch;
}

/** What the other side's words say about a name left without a found counterpart. */
export interface CounterpartSearch {
  /** Words that name the same entity (a spelling the finder did not take for a name, an adjective of the place). */
  readonly same?: Counterpart;
  /**
   * A word spelled almost as a word of the name but with a letter no convention writes for the same sound
   * (بيلوسوف / بيلوكوف): another name in the name's place.
   */
  readonly near?: Counterpart;
}

/** Longest stretch of words tried against a name (a name of three words, and a word it may have gained). */
const MAX_WORDS = 4;
/**
 * How close the letters of a near spelling must be (compareNames' score of the two words, which a different
 * consonant in a long word leaves above 0.75, and which unrelated words of the same length do not reach).
 */
export const NEAR_SCORE = 0.72;
/** Words shorter than this are too short to call one a respelling of the other. */
const NEAR_MIN_LETTERS = 5;
/**
 * How many words of the other side are read for one name, at most: a bead of ordinary size is read whole,
 * a giant one only around the name's place.
 */
const MAX_CANDIDATE_WORDS = 400;

const ARABIC_CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** The readings of a written Arabic word without its proclitics (وبروسيا, لروسيا, للمنظمة), as source text. */
function withoutClitics(word: string, language: NameLanguage): string[] {
  const out = [word];
  if (language !== 'ar') return out;
  let rest = word;
  for (let k = 0; k < 2 && rest.length > 3 && ARABIC_CLITICS.has(rest[0] as string); k++) {
    if (rest.startsWith('لل') && rest.length > 4) {
      out.push('ال' + rest.slice(2));
      break;
    }
    rest = rest.slice(1);
    out.push(rest);
  }
  return out;
}

/**
 * Looks through the other side's words (`text` between `from` and `to`) for what answers `mention`: the same
 * entity under a spelling the finder did not take for a name, or a near spelling of another name. `compare`
 * is compareNames, cached by the caller.
 */
export function searchCounterpart(
  mention: NameMention,
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
  language: NameLanguage,
  compare: (a: string, b: string) => NameMatch,
): CounterpartSearch {
  const v = vocabulary(language);
  const words: Token[] = [];
  for (const span of spans) {
    for (const t of tokenize(text.slice(span.start, span.end))) words.push({ ...t, start: t.start + span.start, end: t.end + span.start });
  }
  const mentionWords = mention.text.split(/\s+/u).filter((w) => w.length > 0);
  const maxWords = Math.min(MAX_WORDS, mentionWords.length + 1);
  const [from, to] = window(words.length);
  const stop = (t: Token | undefined): boolean => !t || t.kind !== 'word' || v.stopwords.has(entityKey(t.text));
  let near: Counterpart | undefined;
  for (let i = from; i < to; i++) {
    if (stop(words[i])) continue;
    for (let n = 1; n <= maxWords && i + n <= to; n++) {
      const last = words[i + n - 1] as Token;
      if (last.kind !== 'word') break;
      if (stop(last)) continue;
      const written = text.slice((words[i] as Token).start, last.end);
      for (const reading of withoutClitics(written, language)) {
        const start = last.end - reading.length;
        const found = answers(mention, reading, language, compare);
        if (found) return { same: { start, end: last.end, text: reading, match: found } };
      }
    }
    if (mention.type === 'person') near = nearer(near, nearSpelling(mentionWords, words[i] as Token, text, language, compare));
  }
  return near ? { near } : {};
}

/** The range of word indices read: all of them, or a window around the middle when there are too many. */
function window(n: number): [number, number] {
  if (n <= MAX_CANDIDATE_WORDS) return [0, n];
  const from = Math.floor((n - MAX_CANDIDATE_WORDS) / 2);
  return [from, from + MAX_CANDIDATE_WORDS];
}

/** Whether `candidate` names what `mention` names: the same known entity, its adjective, or compareNames' same. */
function answers(mention: NameMention, candidate: string, language: NameLanguage, compare: (a: string, b: string) => NameMatch): NameMatch | undefined {
  if (mention.entity) {
    const id = mention.entity.id;
    if (lookupEntries(candidate, language).some((e) => e.entity.id === id) || lookupAdjective(entityKey(candidate), language)?.entity.id === id) {
      return compare(mention.text, candidate);
    }
  }
  const m = compare(mention.text, candidate);
  return m.same ? m : undefined;
}

function nearer(x: Counterpart | undefined, y: Counterpart | undefined): Counterpart | undefined {
  if (!y) return x;
  return !x || y.match.score > x.match.score ? y : x;
}

/** A word of the other side spelled almost like a word of the name, but as another name (one consonant of another sound). */
function nearSpelling(
  mentionWords: readonly string[],
  token: Token,
  text: string,
  language: NameLanguage,
  compare: (a: string, b: string) => NameMatch,
): Counterpart | undefined {
  if (token.kind !== 'word') return undefined;
  let best: Counterpart | undefined;
  for (const reading of withoutClitics(token.text, language)) {
    const key = entityKey(reading);
    if (key.length < NEAR_MIN_LETTERS || isCommonWord(key, language)) continue;
    for (const word of mentionWords) {
      if (entityKey(word).length < NEAR_MIN_LETTERS) continue;
      const m = compare(word, reading);
      if (!m.same && m.score >= NEAR_SCORE) {
        const start = token.end - reading.length;
        best = nearer(best, { start, end: token.end, text: text.slice(start, token.end), match: m });
      }
    }
  }
  return best;
}
