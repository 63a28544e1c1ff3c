import { findNames } from '../names/find/find-names.js';
import { extractNumbers } from '../extract/numbers.js';
import { vocabulary } from '../names/vocabulary.js';
import type { Language } from '../text/language.js';
import { KeyTable, keptKey, sentenceEvidence, type Analysed, type ConceptLookup, type KeptKey } from './features.js';
import type { Anchor } from './types.js';
import { vocabularyFor } from './vocabulary.js';
import { lowerBound } from '../text/lower-bound.js';
import { elementAt } from '../contract/element-at.js';
import { type SharedAmount, sharedTokens, shareOf } from './shared-tokens.js';
import type {
  ClaimDraft,
  ClaimSpace,
  ClaimSpaceOptions,
  NameSpan,
  NumberSpan,
  SentenceFacts,
  SharedContent,
  SideReading,
  TokenKeys,
} from './claim-types.js';

// What claim matching compares: each sentence as a bag of tokens (words, names, numbers) with weighted
// evidence keys, and what two bags share.

/** The weight of each kind of evidence: a shared number or name says more than a shared common word. */
const KIND_WEIGHT: Record<Anchor['kind'], number> = {
  number: 2,
  latin: 2,
  cognate: 1.5,
  dictionary: 1.5,
  lexicon: 1,
  word: 1,
  punctuation: 0,
};

/** The names of a sentence (adjectives of places included: الطاجيكية names Tajikistan). */
function sentenceNames(text: string, language: Language | 'unknown'): NameSpan[] {
  return findNames(text, { ...(language !== 'unknown' ? { language } : {}), adjectives: true }).map((m) => ({
    start: m.start,
    end: m.end,
    ...(m.entity ? { id: m.entity.id } : {}),
  }));
}

/** The numbers a sentence writes in words. */
function sentenceNumbers(text: string, language: Language | 'unknown'): NumberSpan[] {
  return extractNumbers(text, language === 'unknown' ? {} : { language }).filter((m) => m.form !== 'digits');
}

/** A token of a sentence before its keys are numbered in a claim space. */
interface DraftToken {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly name: boolean;
  senses: number;
  /** Its keys so far, to give each once. */
  readonly keys: Set<string>;
}

function draftTokens(
  text: string,
  language: Language | 'unknown',
  lookup: ConceptLookup,
  { names, numbers }: SentenceFacts,
  functionWord: (folded: string) => boolean,
  analysed: Analysed | undefined,
): ClaimDraft {
  // A name is one piece of evidence, however many words it has (إمام علي رحمون is one person, منظمة معاهدة
  // الأمن الجماعي one organisation), and a known one is the same key in both languages. Other words are
  // one token each; names get negative slots so that the two never collide.
  const byToken = new Map<number | string, number>();
  const tokens: DraftToken[] = [];
  const keys: KeptKey[] = [];
  const keyed: number[] = [];
  const add = (token: number, key: string, kind: Anchor['kind']): void => {
    const t = tokens[token] as DraftToken;
    if (t.keys.has(key)) return;
    t.keys.add(key);
    keys.push(keptKey(key, kind));
    keyed.push(token);
    if (kind === 'lexicon') t.senses++;
  };
  // Every token a literal of one shape (a spread then more properties would give each its own hidden class).
  const slotOf = (slot: number | string, surface: () => string, start: number, end: number, name: boolean): number => {
    let token = byToken.get(slot);
    if (token === undefined) {
      token = tokens.length;
      byToken.set(slot, token);
      tokens.push({ surface: surface(), start, end, name, senses: 0, keys: new Set() });
    }
    return token;
  };
  const nameAt = spanCursor(names);
  const numberAt = spanCursor(numbers);
  for (const e of sentenceEvidence(text, language, lookup, analysed)) {
    if (e.kind === 'punctuation') continue;
    // Function words are in every sentence: they say nothing about which claim a sentence makes.
    if (e.kind !== 'number' && e.kind !== 'latin' && functionWord(e.folded)) continue;
    // A word overlapping a name belongs to it, clitics and all (وبيلاروس holds بيلاروس).
    const n = nameAt(e.start, e.end);
    if (n >= 0) {
      const name = elementAt(names, n);
      const token = slotOf(-1 - n, () => text.slice(name.start, name.end), name.start, name.end, true);
      // A person's name is its spelling (stems and skeletons), not what its words mean (رحمان, merciful).
      if (name.id) add(token, 'e' + name.id, 'cognate');
      else if (e.kind === 'word' || e.kind === 'cognate') add(token, e.key, e.kind);
      continue;
    }
    // A word that lost its spaces (خريطةللحرمالجامعي) is as many words as its pieces: one token per concept,
    // or it would pair with one word of the other side and a translation would look unrelated.
    const slot = e.kind === 'lexicon' && language !== 'unknown' && lookup.glued(e.folded, language) ? `${e.token} ${e.key}` : e.token;
    const token = slotOf(slot, () => e.surface, e.start, e.end, false);
    add(token, e.key, e.kind);
    // A number written in words (خمس, پنج) is the number: it meets the same number in digits.
    const number = numbers[numberAt(e.start, e.end)];
    if (number) add(token, 'n' + number.value, 'number');
  }
  return { tokens: tokens.map((t) => ({ surface: t.surface, start: t.start, end: t.end, name: t.name, senses: t.senses })), keys, keyed };
}

/** A draft's tokens with their keys numbered in a space's table, in the order reading the sentence there would number them. */
function internDraft(draft: ClaimDraft, table: KeyTable): TokenKeys[] {
  const keys = draft.tokens.map((): number[] => []);
  for (let k = 0; k < draft.keys.length; k++) elementAt(keys, elementAt(draft.keyed, k)).push(table.internKept(elementAt(draft.keys, k)));
  const out: TokenKeys[] = [];
  draft.tokens.forEach((t, k) => {
    const ids = elementAt(keys, k);
    if (ids.length > 0) out.push({ keys: ids, surface: t.surface, start: t.start, end: t.end, senses: t.senses, name: t.name });
  });
  return out;
}

/**
 * Finds the span of a list (in order, disjoint) that overlaps `[start, end)`, for queries whose starts never
 * decrease: a cursor walks the list once, so a sentence of a million words costs no more per word.
 */
function spanCursor(spans: readonly { start: number; end: number }[]): (start: number, end: number) => number {
  let k = 0;
  return (start, end) => {
    while (k < spans.length && elementAt(spans, k).end <= start) k++;
    const span = spans[k];
    return span && span.start < end && span.end > start ? k : -1;
  };
}

/** Whether a folded word is a function word: a stopword of its language, or a function word of the lexicon. */
function functionWords(language: Language | 'unknown', lookup: ConceptLookup): (folded: string) => boolean {
  if (language === 'unknown') return () => false;
  const stopwords = vocabulary(language).stopwords;
  const known = new Map<string, boolean>();
  return (folded) => {
    let is = known.get(folded);
    if (is === undefined) {
      const concepts = lookup.sentence([folded], language)[0] ?? [];
      is = stopwords.has(folded) || (concepts.length > 0 && concepts.every((c) => lookup.ignored(c)));
      known.set(folded, is);
    }
    return is;
  };
}

/**
 * How much it tells that a sentence of a side holds a key that `count` of its `sentences` hold: the
 * information of the event, -log of its (smoothed) probability. A key in every sentence tells nothing.
 */
function rarity(sentences: number, count: number): number {
  return Math.log((sentences + 1) / (Math.max(1, count) + 0.5));
}

/**
 * Reduces the sentences of both sides to tokens with weighted evidence keys. A key weighs its rarity on
 * each side (the mean of the two), so what every sentence mentions (the topic: the country, the
 * organisation the whole report is about) weighs little and what two sentences alone share weighs much;
 * measured on each side apart, a word frequent in one report and rare in the other is weighed fairly.
 */
export function claimSpace(
  source: readonly string[],
  target: readonly string[],
  languages: { source: Language | 'unknown'; target: Language | 'unknown' },
  skip: { source: ReadonlySet<number>; target: ReadonlySet<number> },
  options: ClaimSpaceOptions = {},
): ClaimSpace {
  const table = new KeyTable();
  const lookup = options.lookup ?? vocabularyFor(undefined, languages);
  const side = (texts: readonly string[], language: Language | 'unknown', skipped: ReadonlySet<number>, read: SideReading = {}) => {
    const functionWord = functionWords(language, lookup);
    return texts.map((t, i) => {
      if (skipped.has(i)) return undefined;
      const draft = (): ClaimDraft => {
        const facts = read.facts?.(i) ?? { names: sentenceNames(t, language), numbers: sentenceNumbers(t, language) };
        return draftTokens(t, language, lookup, facts, functionWord, read.analysed?.(i));
      };
      return internDraft(read.draft ? read.draft(i, draft) : draft(), table);
    });
  };
  const src = side(source, languages.source, skip.source, options.source);
  const tgt = side(target, languages.target, skip.target, options.target);
  const df = [new Int32Array(table.size), new Int32Array(table.size)] as const;
  const count = (sentences: readonly (readonly TokenKeys[] | undefined)[], into: Int32Array): number => {
    let n = 0;
    for (const tokens of sentences) {
      if (!tokens) continue;
      n++;
      const seen = new Set<number>();
      for (const t of tokens) for (const k of t.keys) seen.add(k);
      for (const k of seen) into[k] = elementAt(into, k) + 1;
    }
    return n;
  };
  const nA = count(src, df[0]);
  const nB = count(tgt, df[1]);
  const weights = new Float64Array(table.size);
  const shareable = new Uint8Array(table.size);
  // Within one language a skeleton is only another spelling of the word: it counts as a word, not a loanword.
  const crossLanguage = languages.source !== languages.target;
  const kinds = new Array<Anchor['kind']>(table.size);
  for (const [key, k] of table.ids) kinds[k] = !crossLanguage && key.startsWith('k') ? 'word' : elementAt(table.kinds, k);
  for (let k = 0; k < table.size; k++) {
    const a = elementAt(df[0], k);
    const b = elementAt(df[1], k);
    weights[k] = ((rarity(nA, a) + rarity(nB, b)) / 2) * KIND_WEIGHT[elementAt(kinds, k)];
    shareable[k] = a > 0 && b > 0 ? 1 : 0;
  }
  return { source: src, target: tgt, weights, kinds, shareable, crossLanguage, rare: (rarity(nA, 1) + rarity(nB, 1)) / 2 };
}

/** What two groups of sentences share (see {@link sharedTokens}). */
export function sharedContent(space: ClaimSpace, source: readonly number[], target: readonly number[]): SharedContent {
  return sharedTokens(space, tokensIn(space.source, source), tokensIn(space.target, target));
}

/** {@link sharedContent} without the anchors: how much two groups of sentences share, for measuring and ranking. */
export function sharedAmount(space: ClaimSpace, source: readonly number[], target: readonly number[]): SharedAmount {
  return shareOf(space, tokensIn(space.source, source), tokensIn(space.target, target), undefined);
}

/** The tokens of some sentences: a sentence's own list when it is one (so that what is worked out from it is kept). */
function tokensIn(units: ClaimSpace['source'], indices: readonly number[]): readonly TokenKeys[] {
  if (indices.length === 1) return units[elementAt(indices, 0)] ?? NO_TOKENS;
  return indices.flatMap((i) => units[i] ?? []);
}

const NO_TOKENS: readonly TokenKeys[] = [];

/**
 * The words of a sentence around a mention (a number, a date): up to `window` words on each side, the
 * mention's own words left out, and names too when `names` is false. Two mentions whose surroundings share
 * rare words speak of the same thing.
 */
export function mentionContext(tokens: readonly TokenKeys[], start: number, end: number, window: number, names = true): TokenKeys[] {
  // Tokens come in reading order: find the first one at or after the mention, then walk out on each side.
  const lo = lowerBound(0, tokens.length, (k) => elementAt(tokens, k).start < end);
  const wanted = (t: TokenKeys): boolean => names || !t.name;
  const after: TokenKeys[] = [];
  for (let k = lo; k < tokens.length && after.length < window; k++) if (wanted(elementAt(tokens, k))) after.push(elementAt(tokens, k));
  const before: TokenKeys[] = [];
  for (let k = lo - 1; k >= 0 && before.length < window; k--) {
    const t = elementAt(tokens, k);
    if (t.end <= start && wanted(t)) before.push(t);
  }
  return [...before.reverse(), ...after];
}

/** The distinct keys of some tokens that the other side has too and that weigh at least `share` of a rare word. */
export function rareKeys(space: ClaimSpace, tokens: readonly TokenKeys[], share: number): Set<number> {
  const out = new Set<number>();
  for (const t of tokens) for (const k of t.keys) if (space.shareable[k] && elementAt(space.weights, k) >= space.rare * share) out.add(k);
  return out;
}
