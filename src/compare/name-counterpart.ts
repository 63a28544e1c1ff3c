import type { NameMention } from '../names/find/find-names.js';
import { MIN_GLUED_NAME, RUN_TOGETHER_LETTERS } from '../text/glued.js';
import { isOrdinaryWord, placeOfWord } from '../names/find/ordinary-words.js';
import { maySoundAlike } from '../names/sound-classes.js';
import { letterSimilarity, sameOnset, sameSkeleton, wordChange } from './name-sounds.js';
import { lookupEntity, lookupEntries, entityKey, type NameLanguage } from '../names/gazetteer.js';
import type { NameMatch } from '../names/name-match.js';
import { vocabulary } from '../names/vocabulary.js';
import { cutTokens, type Token } from '../text/tokens.js';
import { elementAt } from '../contract/element-at.js';
import { matchThroughLatin } from '../names/latin-spelled.js';
import { memoize, memoize2 } from '../text/memo.js';

/** A stretch of the other text that answers a name the finder did not find there. */
export interface Counterpart {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** How the name compares with it (for a near spelling, the closest word of the name with it). */
  readonly match: NameMatch;
  /** For a near spelling: how alike the letters are, 0–1 (see `letterSimilarity`). */
  readonly similarity?: number;
}

/** What the other side's words say about a name left without a found counterpart. */
export interface CounterpartSearch {
  /** Words that name the same entity (a spelling the finder did not take for a name, an adjective of the place). */
  readonly same?: Counterpart;
  /**
   * A word spelled almost as a word of the name, which compareNames does not call the same: a name spelled
   * badly (سبيث / اسپیته), or respelled into another (بيلوسوف / بيلوكوف).
   */
  readonly near?: Counterpart;
}

/** Longest stretch of words tried against a name (a name of three words, and a word it may have gained). */
const MAX_WORDS = 4;
/**
 * How alike the letters of a near spelling must be (see `letterSimilarity`): one consonant changed in a word of
 * four letters or more leaves it above this, and so do most spellings by ear; unrelated words that pass it are
 * told apart by how their consonants differ (see `spellingChange`).
 */
export const NEAR_SIMILARITY = 0.55;
/** Words shorter than this are too short to call one a respelling of the other. */
const NEAR_MIN_LETTERS = 4;
/**
 * How many words of the other side are read for one name, at most: a bead of ordinary size is read whole,
 * a giant one only around the name's place.
 */
const MAX_CANDIDATE_WORDS = 400;

const ARABIC_CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** An Arabic word with the article, after a proclitic or not (الرياضي, للعديد): a noun or an adjective. */
const DEFINITE = /^(?:[وفبلك]?ال|لل)../u;
/** The language of a mention compared with the other side's words, written in `language`. */
const mentionLanguage = (language: NameLanguage): NameLanguage => (language === 'ar' ? 'fa' : 'ar');

/** The readings of a written Arabic word without its proclitics (وبروسيا, لروسيا, للمنظمة), as source text. */
export function withoutClitics(word: string, language: NameLanguage): string[] {
  const out = [word];
  if (language !== 'ar') return out;
  let rest = word;
  for (let k = 0; k < 2 && rest.length > 3 && ARABIC_CLITICS.has(elementAt(rest, 0)); k++) {
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
 * is compareNames at its default threshold (matchNames), cached by the caller: what it answers is remembered
 * across reports. With `nearOnly`, only near spellings are looked for (for a name
 * repeated beside its paired mention, whose counterpart is known to be there).
 */
export function searchCounterpart(
  mention: NameMention,
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
  language: NameLanguage,
  compare: (a: string, b: string) => NameMatch,
  nearOnly = false,
): CounterpartSearch {
  const v = vocabulary(language);
  const asked: Asked = { mention, language, compare };
  const key = `${language}\u0000${mention.type}\u0000${mention.entity ? `=${mention.entity.id}` : ''}\u0000${mention.text}`;
  const words: Token[] = [];
  for (const span of spans) {
    for (const t of cutTokens(text.slice(span.start, span.end))) words.push({ ...t, start: t.start + span.start, end: t.end + span.start });
  }
  const mentionWords = mention.text.split(/\s+/u).filter((w) => w.length > 0);
  const maxWords = Math.min(MAX_WORDS, mentionWords.length + 1);
  const [from, to] = window(words.length);
  const stop = (t: Token | undefined): boolean => !t || t.kind !== 'word' || v.stopwords.has(entityKey(t.text));
  const glued = nearOnly ? undefined : gluedCounterpart(mention, words, from, to, text, language, compare);
  if (glued) return { same: glued };
  let near: Counterpart | undefined;
  for (let i = from; i < to; i++) {
    if (stop(words[i])) continue;
    if (nearOnly) {
      near = nearer(near, nearSpelling(mention, mentionWords, words[i] as Token, text, language, compare));
      continue;
    }
    // Words of a name may be joined by a hyphen (پاپوا-گینه نو): it is read through, not counted.
    for (let n = 1, j = i; n <= maxWords && j < to; j++) {
      const last = elementAt(words, j);
      if (last.kind === 'punctuation' && HYPHENS.has(last.text) && j > i) continue;
      if (last.kind !== 'word') break;
      n++;
      if (stop(last)) continue;
      const written = text.slice(elementAt(words, i).start, last.end);
      for (const reading of withoutClitics(written, language)) {
        const start = last.end - reading.length;
        const found = answer(key, reading, asked);
        if (found) return { same: { start, end: last.end, text: reading, match: found } };
      }
    }
    if (mention.type === 'person' || mention.type === 'place')
      near = nearer(near, nearSpelling(mention, mentionWords, elementAt(words, i), text, language, compare));
  }
  return near ? { near } : {};
}

/** The range of word indices read: all of them, or a window around the middle when there are too many. */
function window(n: number): [number, number] {
  if (n <= MAX_CANDIDATE_WORDS) return [0, n];
  const from = Math.floor((n - MAX_CANDIDATE_WORDS) / 2);
  return [from, from + MAX_CANDIDATE_WORDS];
}

const HYPHENS = new Set(['-', '‐', '‑', '–', 'ـ']);

/**
 * A name written inside a word that lost its spaces (مناقشة الصينوروسيابشأن): any spelling of a known entity,
 * or every long word of a person's name, found in the letters of one long glued word.
 */
function gluedCounterpart(
  mention: NameMention,
  words: readonly Token[],
  from: number,
  to: number,
  text: string,
  language: NameLanguage,
  compare: (a: string, b: string) => NameMatch,
): Counterpart | undefined {
  let spellings: string[] | undefined;
  for (let i = from; i < to; i++) {
    const t = elementAt(words, i);
    if (t.kind !== 'word') continue;
    const key = entityKey(t.text);
    if (key.length < RUN_TOGETHER_LETTERS) continue;
    spellings ??= gluedSpellings(mention, language);
    for (const s of spellings) {
      if (key.includes(s))
        return { start: t.start, end: t.end, text: text.slice(t.start, t.end), match: compare(mention.text, mention.text) };
    }
  }
  return undefined;
}

/** The names of a mention's known entity in a language, as written. */
function entitySpellings(mention: NameMention, language: NameLanguage): readonly string[] {
  return lookupEntries(mention.text)
    .filter((e) => e.entity.id === mention.entity?.id)
    .flatMap((e) => (language === 'ar' ? e.ar : e.fa));
}

/** The folded spellings of a mention to look for inside glued words, in the other language. */
function gluedSpellings(mention: NameMention, language: NameLanguage): string[] {
  if (mention.entity) {
    const forms = entitySpellings(mention, language).map((f) => entityKey(f));
    return forms
      .flatMap((f) => (language === 'ar' && f.startsWith('ال') ? [f, f.slice(2)] : [f]))
      .filter((f) => f.length >= MIN_GLUED_NAME);
  }
  // A person's name in the other script cannot be searched letter for letter; only the same letters can.
  const parts = mention.text
    .split(/\s+/u)
    .map((w) => entityKey(w))
    .filter((w) => w.length >= MIN_GLUED_NAME);
  return parts.length > 0 && parts.length === mention.text.split(/\s+/u).length ? [parts.join('')] : [];
}

/** What {@link answers} reads besides the candidate, and the key it is remembered under. */
interface Asked {
  readonly mention: NameMention;
  readonly language: NameLanguage;
  readonly compare: (a: string, b: string) => NameMatch;
}

/**
 * {@link answers}, remembered: a name left over is tried against every run of words around it, a report names its
 * people and places again and again among the same words, and the next report (or the same one compared again
 * after an edit) names them among many of the same words. What `answers` reads of the mention (its type, entity
 * and text, and the language) is the key; `compare` is compareNames at its default threshold (see
 * {@link searchCounterpart}), a pure function of the two names, so an answer holds for every report. Bounded as
 * every memo of the library (two generations of its limit); nobody changes an answer (findings copy what they
 * show, as they do from compareNames' own memo).
 */
const answer = memoize2((_key: string, candidate: string, asked: Asked) =>
  answers(asked.mention, candidate, asked.language, asked.compare),
);

/** Whether `candidate` names what `mention` names: the same known entity, its adjective, or compareNames' same. */
function answers(
  mention: NameMention,
  candidate: string,
  language: NameLanguage,
  compare: (a: string, b: string) => NameMatch,
): NameMatch | undefined {
  const m = answersAs(mention, candidate, language, compare);
  if (m) return m;
  // A known place written after its Latin name (دمسکس for Damascus), or by its initials (PNG): not an ordinary word.
  const entry = mention.entity ? lookupEntity(mention.text, mention.entity.id) : undefined;
  const unknown = entry && !isOrdinaryWord(entityKey(candidate), language) && lookupEntries(candidate, language).length === 0;
  return unknown ? matchThroughLatin(candidate, entry) : undefined;
}

/** {@link answers} by the entity's listed names and the name's letters. */
function answersAs(
  mention: NameMention,
  candidate: string,
  language: NameLanguage,
  compare: (a: string, b: string) => NameMatch,
): NameMatch | undefined {
  const known = lookupEntries(candidate, language);
  if (mention.entity) {
    const id = mention.entity.id;
    if (known.some((e) => e.entity.id === id) || (!candidate.includes(' ') && placeOfWord(candidate, language) === id)) {
      return compare(mention.text, candidate);
    }
  }
  // Another known place or organisation is not this name.
  if (known.length > 0) return undefined;
  // A place named after a saint is often written with the saint's title abbreviated or left out (سانت مارتن
  // against اس تی. مارتین or کلیسای مارتین): the name without its title answers it, never the title alone.
  const saintly = mention.type === 'place' ? withoutSaint(mention.text) : undefined;
  if (saintly && !SAINTS.has(entityKey(candidate))) {
    const m = compare(saintly, candidate);
    if (m.same) return m;
  }
  // A known entity is compared only with words whose letters are close to one of its names in the other
  // language (a spelling the gazetteer lacks: بیجینگ).
  if (mention.entity) {
    if (!entitySpellings(mention, language).some((n) => maySoundAlike(n, candidate) && letterSimilarity(n, candidate) >= NEAR_SIMILARITY))
      return undefined;
  } else if (!maySoundAlike(mention.text, candidate)) return undefined;
  const m = compare(mention.text, candidate);
  if (m.same) return m;
  // Two words or more of the name in the candidate, and the name's other words ordinary ones: the finder ran
  // on past the name's end (سيرغي بيلوف الرياضي, "the athlete"); a name's own word left out is no such thing.
  const { parts, unmatched } = m.reason;
  const ranOn = unmatched.a.every((w) => isOrdinaryWord(w, mentionLanguage(language)) || DEFINITE.test(w));
  if (parts.length >= 2 && unmatched.b.length === 0 && ranOn) return { ...m, same: true };
  // A person's name of one short word whose consonants the other side writes alike, only its vowels otherwise
  // (روس / راس): the letter model is too strict for a word of three letters.
  const short = mention.type === 'person' && !mention.text.includes(' ') && !candidate.includes(' ') && entityKey(candidate).length >= 3;
  return short && sameOnset(mention.text, candidate) && sameSkeleton(mention.text, candidate) ? { ...m, same: true } : undefined;
}

/** The title of a saint that opens a place's name, in Arabic and Persian spellings (San, Saint, Santa, Santo). */
const SAINTS: ReadonlySet<string> = new Set(['سان', 'سانت', 'سانتا', 'سانتو', 'سنت', 'سینت', 'سن'].map((w) => entityKey(w)));

/** A place's name without the saint's title it opens with (سانت مارتن → مارتن), when it has one and more. */
function withoutSaint(name: string): string | undefined {
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  return words.length >= 2 && SAINTS.has(entityKey(elementAt(words, 0))) ? words.slice(1).join(' ') : undefined;
}

function nearer(x: Counterpart | undefined, y: Counterpart | undefined): Counterpart | undefined {
  if (!y) return x;
  return !x || (y.similarity ?? 0) > (x.similarity ?? 0) ? y : x;
}

/** A reading of a word that may be a near spelling of a name, and the ids of the entities the gazetteer knows by it. */
interface NearReading {
  readonly reading: string;
  readonly known: readonly string[];
}

/**
 * The readings of a written word (see {@link withoutClitics}) that may be a near spelling of a name: long enough
 * and no ordinary word; none when the lexicon knows the word as written, whatever its letters after a clitic
 * (وزراء, not و زراء).
 */
function nearReadings(word: string, language: NameLanguage): readonly NearReading[] {
  if (isOrdinaryWord(entityKey(word), language)) return [];
  return withoutClitics(word, language).flatMap((reading) => {
    const key = entityKey(reading);
    if (key.length < NEAR_MIN_LETTERS || isOrdinaryWord(key, language)) return [];
    return [{ reading, known: lookupEntries(reading, language).map((e) => e.entity.id) }];
  });
}

/**
 * {@link nearReadings} per language, remembered per word (bounded, as every memo of the library): every word
 * around a leftover name is read, for each name, and news text repeats its words. Nobody changes a reading.
 */
const NEAR_READINGS: Record<NameLanguage, (word: string) => readonly NearReading[]> = {
  ar: /* @__PURE__ */ memoize((word) => nearReadings(word, 'ar')),
  fa: /* @__PURE__ */ memoize((word) => nearReadings(word, 'fa')),
};

/** A word of the other side spelled almost like a word of the name, but as another name (one consonant of another sound). */
function nearSpelling(
  mention: NameMention,
  mentionWords: readonly string[],
  token: Token,
  text: string,
  language: NameLanguage,
  compare: (a: string, b: string) => NameMatch,
): Counterpart | undefined {
  if (token.kind !== 'word') return undefined;
  let best: Counterpart | undefined;
  for (const { reading, known } of NEAR_READINGS[language](token.text)) {
    // Another place or organisation the gazetteer knows is no spelling of this one.
    if (known.some((id) => id !== mention.entity?.id)) continue;
    for (const word of mentionWords) {
      if (entityKey(word).length < NEAR_MIN_LETTERS || !sameOnset(word, reading) || !maySoundAlike(word, reading, true)) continue;
      const similarity = letterSimilarity(word, reading);
      if (similarity < NEAR_SIMILARITY || (best && similarity <= (best.similarity ?? 0))) continue;
      const m = compare(word, reading);
      if (!m.same && wordChange(word, reading, similarity) !== 'unrelated') {
        const start = token.end - reading.length;
        best = nearer(best, { start, end: token.end, text: text.slice(start, token.end), match: m, similarity });
      }
    }
  }
  return best;
}
