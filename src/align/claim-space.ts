import { findNames } from '../extract/names.js';
import { extractNumbers } from '../extract/numbers.js';
import { vocabulary } from '../names/vocabulary.js';
import type { Language } from '../text/language.js';
import { KeyTable, sentenceEvidence, type Analysed, type ConceptLookup } from './features.js';
import { nearPlace } from './near-place.js';
import type { Anchor } from './types.js';
import { vocabularyFor } from './vocabulary.js';
import { lowerBound } from '../text/lower-bound.js';

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

/** A word of a sentence, reduced to its interned evidence keys. */
export interface TokenKeys {
  readonly keys: readonly number[];
  readonly surface: string;
  /** Its span in the sentence. */
  readonly start: number;
  readonly end: number;
  /** How many concepts of the lexicon the word may express: a word of many senses is weaker evidence for each. */
  readonly senses: number;
  /** Whether it is a name (a person, place or organisation), rather than a word that says what happened. */
  readonly name: boolean;
}

/** The sentences of both sides as bags of tokens, with the weight of every key. */
export interface ClaimSpace {
  readonly source: readonly (readonly TokenKeys[] | undefined)[];
  readonly target: readonly (readonly TokenKeys[] | undefined)[];
  /** Weight of each key: its rarity among the sentences of each side (see `rarity`), times its kind's weight. */
  readonly weights: Float64Array;
  /** What each key is (a skeleton counts as a word within one language). */
  readonly kinds: readonly Anchor['kind'][];
  /** Whether a key occurs on both sides at all (a key that does not can never be shared). */
  readonly shareable: Uint8Array;
  /** Whether the sides are in different languages: a word both write alike is then a loanword. */
  readonly crossLanguage: boolean;
  /** The weight of a word that one sentence of each side has: evidence shared by chance spreads less than this only when it is not trusted. */
  readonly rare: number;
}

/** What the caller has read of one side's sentences already (by sentence index), for the claim space to take. */
export interface SideReading {
  /** The names and numbers of a sentence. */
  readonly facts?: (sentence: number) => SentenceFacts;
  /** The sentence as the aligner analysed it (folded, cut, looked up with the same lookup), if it still has it. */
  readonly analysed?: (sentence: number) => Analysed | undefined;
}

/** Options of {@link claimSpace}. */
export interface ClaimSpaceOptions {
  readonly lookup?: ConceptLookup;
  readonly source?: SideReading;
  readonly target?: SideReading;
}

/** What two sentence groups share. */
export interface SharedContent {
  readonly evidence: number;
  readonly overlap: number;
  readonly anchors: readonly Anchor[];
}

/**
 * A name in a sentence: its span in the sentence and, for a known place or organisation, its entity id
 * (so that كازاخستان and قزاقستان are one key).
 */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly id?: string;
}

/** A number written in words in a sentence: its span in the sentence and its value. */
export interface NumberSpan {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/**
 * The names and numbers of a sentence, with spans in the sentence: when the caller has read them in the whole
 * document already (compare), the claim space takes them rather than reading each sentence again.
 */
export interface SentenceFacts {
  /** Names, adjectives of places included, in order. */
  readonly names: readonly NameSpan[];
  /** Numbers written in words (not digits: those are tokens already), in order. */
  readonly numbers: readonly NumberSpan[];
}

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

interface DraftToken {
  keys: number[];
  surface: string;
  start: number;
  end: number;
  senses: number;
  name: boolean;
}

function tokensOf(
  text: string,
  language: Language | 'unknown',
  lookup: ConceptLookup,
  table: KeyTable,
  { names, numbers }: SentenceFacts,
  functionWord: (folded: string) => boolean,
  analysed: Analysed | undefined,
): TokenKeys[] {
  // A name is one piece of evidence, however many words it has (إمام علي رحمون is one person, منظمة معاهدة
  // الأمن الجماعي one organisation), and a known one is the same key in both languages. Other words are
  // one token each; names get negative slots so that the two never collide.
  const byToken = new Map<number | string, DraftToken>();
  const add = (t: DraftToken, key: string, kind: Anchor['kind']): void => {
    const id = table.intern(key, kind);
    if (t.keys.includes(id)) return;
    t.keys.push(id);
    if (kind === 'lexicon') t.senses++;
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
      const name = names[n] as NameSpan;
      let t = byToken.get(-1 - n);
      if (!t) byToken.set(-1 - n, (t = { keys: [], surface: text.slice(name.start, name.end), start: name.start, end: name.end, senses: 0, name: true }));
      // A person's name is its spelling (stems and skeletons), not what its words mean (رحمان, merciful).
      if (name.id) add(t, 'e' + name.id, 'cognate');
      else if (e.kind === 'word' || e.kind === 'cognate') add(t, e.key, e.kind);
      continue;
    }
    // A word that lost its spaces (خريطةللحرمالجامعي) is as many words as its pieces: one token per concept,
    // or it would pair with one word of the other side and a translation would look unrelated.
    const slot = e.kind === 'lexicon' && language !== 'unknown' && lookup.glued(e.folded, language) ? `${e.token} ${e.key}` : e.token;
    let t = byToken.get(slot);
    if (!t) byToken.set(slot, (t = { keys: [], surface: e.surface, start: e.start, end: e.end, senses: 0, name: false }));
    add(t, e.key, e.kind);
    // A number written in words (خمس, پنج) is the number: it meets the same number in digits.
    const number = numbers[numberAt(e.start, e.end)];
    if (number) add(t, 'n' + number.value, 'number');
  }
  return [...byToken.values()].filter((t) => t.keys.length > 0);
}

/**
 * Finds the span of a list (in order, disjoint) that overlaps `[start, end)`, for queries whose starts never
 * decrease: a cursor walks the list once, so a sentence of a million words costs no more per word.
 */
function spanCursor(spans: readonly { start: number; end: number }[]): (start: number, end: number) => number {
  let k = 0;
  return (start, end) => {
    while (k < spans.length && (spans[k] as { end: number }).end <= start) k++;
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
      const facts = read.facts?.(i) ?? { names: sentenceNames(t, language), numbers: sentenceNumbers(t, language) };
      return tokensOf(t, language, lookup, table, facts, functionWord, read.analysed?.(i));
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
      for (const k of seen) into[k] = (into[k] as number) + 1;
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
  for (const [key, k] of table.ids) kinds[k] = !crossLanguage && key.startsWith('k') ? 'word' : (table.kinds[k] as Anchor['kind']);
  for (let k = 0; k < table.size; k++) {
    const a = df[0][k] as number;
    const b = df[1][k] as number;
    weights[k] = (rarity(nA, a) + rarity(nB, b)) / 2 * KIND_WEIGHT[kinds[k] as Anchor['kind']];
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
  if (indices.length === 1) return units[indices[0] as number] ?? NO_TOKENS;
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
  const lo = lowerBound(0, tokens.length, (k) => (tokens[k] as TokenKeys).start < end);
  const wanted = (t: TokenKeys): boolean => names || !t.name;
  const after: TokenKeys[] = [];
  for (let k = lo; k < tokens.length && after.length < window; k++) if (wanted(tokens[k] as TokenKeys)) after.push(tokens[k] as TokenKeys);
  const before: TokenKeys[] = [];
  for (let k = lo - 1; k >= 0 && before.length < window; k--) {
    const t = tokens[k] as TokenKeys;
    if (t.end <= start && wanted(t)) before.push(t);
  }
  return [...before.reverse(), ...after];
}

/** The distinct keys of some tokens that the other side has too and that weigh at least `share` of a rare word. */
export function rareKeys(space: ClaimSpace, tokens: readonly TokenKeys[], share: number): Set<number> {
  const out = new Set<number>();
  for (const t of tokens) for (const k of t.keys) if (space.shareable[k] && (space.weights[k] as number) >= space.rare * share) out.add(k);
  return out;
}

/** Up to this many pairs of holders of one key, every holder on the left is weighed against every one on the right. */
const ALL_HOLDERS = 32 * 32;
const HOLDER_WINDOW = 16;

/** How much two groups share: the weighed evidence, and the share of what they could share (see {@link SharedContent}). */
export interface SharedAmount {
  readonly evidence: number;
  readonly overlap: number;
}

/**
 * What two bags of words share, word by word: each word of one side pairs with at most one word of the
 * other, by its strongest shared key (a word and its translation share a concept, a name and its
 * transliteration a skeleton), so that a word with several keys does not count several times.
 */
export function sharedTokens(space: ClaimSpace, left: readonly TokenKeys[], right: readonly TokenKeys[]): SharedContent {
  const anchors: Anchor[] = [];
  const { evidence, overlap } = shareOf(space, left, right, anchors);
  return { evidence, overlap, anchors };
}

/** A bag's keys indexed: the words holding each key (in order), how many hold it, and the bag's potential. */
interface BagIndex {
  readonly holders: Map<number, number[]>;
  /** A word's potential summed: its strongest key that the other side has at all (see {@link shareOf}). */
  readonly potential: number;
}

/** Bags indexed, per space: the claim matcher weighs each sentence against many others. */
const bagIndices = new WeakMap<ClaimSpace, WeakMap<readonly TokenKeys[], BagIndex>>();

function bagIndex(space: ClaimSpace, tokens: readonly TokenKeys[]): BagIndex {
  let known = bagIndices.get(space);
  if (!known) bagIndices.set(space, (known = new WeakMap()));
  let index = known.get(tokens);
  if (!index) {
    const holders = new Map<number, number[]>();
    let potential = 0;
    tokens.forEach((t, y) => {
      let strongest = 0;
      for (const k of t.keys) {
        const list = holders.get(k);
        if (list) list.push(y);
        else holders.set(k, [y]);
        if (space.shareable[k]) strongest = Math.max(strongest, space.weights[k] as number);
      }
      potential += strongest;
    });
    known.set(tokens, (index = { holders, potential }));
  }
  return index;
}

/** Scratch space of {@link shareOf}, grown as needed and reused: measuring a pair allocates nothing in the common case. */
let candidateX = new Int32Array(64);
let candidateY = new Int32Array(64);
let candidateW = new Float64Array(64);
let candidateK = new Int32Array(64);
/** For each word of the right bag, its candidate with the word of the left bag being read (or -1). */
let bestAt = new Int32Array(64).fill(-1);
let usedX = new Uint8Array(64);
let usedY = new Uint8Array(64);

function growCandidates(size: number): void {
  const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const b = make(Math.max(size, a.length * 2));
    b.set(a);
    return b;
  };
  candidateX = grow(candidateX, (n) => new Int32Array(n));
  candidateY = grow(candidateY, (n) => new Int32Array(n));
  candidateW = grow(candidateW, (n) => new Float64Array(n));
  candidateK = grow(candidateK, (n) => new Int32Array(n));
}

/**
 * The work of {@link sharedTokens}: candidate pairs of words, strongest first, each word used once. With
 * `anchors`, the pairs taken are written into it.
 */
function shareOf(space: ClaimSpace, left: readonly TokenKeys[], right: readonly TokenKeys[], anchors: Anchor[] | undefined): SharedAmount {
  const { weights } = space;
  const rightIndex = bagIndex(space, right);
  const index = rightIndex.holders;
  const leftIndex = bagIndex(space, left);
  // How many words of the left side hold each key, and how many were seen so far: a word held many times on
  // both sides (a long text that repeats itself) is weighed only against the holders at about its place.
  const holders = leftIndex.holders;
  let seen: Map<number, number> | undefined;
  if (bestAt.length < right.length) bestAt = new Int32Array(Math.max(right.length, bestAt.length * 2)).fill(-1);
  let n = 0;
  for (let x = 0; x < left.length; x++) {
    const t = left[x] as TokenKeys;
    const first = n;
    for (const k of t.keys) {
      const list = index.get(k);
      if (!list) continue;
      const count = (holders.get(k) as number[]).length;
      let from = 0;
      let to = list.length;
      if (count * list.length > ALL_HOLDERS) {
        // Only the keys held too often to weigh every pair need the rank of this holder among the left's.
        seen ??= new Map();
        const rank = seen.get(k) ?? 0;
        seen.set(k, rank + 1);
        [from, to] = nearPlace(rank, count, list.length, ALL_HOLDERS, HOLDER_WINDOW);
      }
      const lexicon = space.kinds[k] === 'lexicon';
      for (let i = from; i < to; i++) {
        const y = list[i] as number;
        const senses = lexicon ? Math.sqrt(Math.max(1, t.senses) * Math.max(1, (right[y] as TokenKeys).senses)) : 1;
        const w = (weights[k] as number) / senses;
        const at = bestAt[y] as number;
        if (at < 0) {
          if (n === candidateX.length) growCandidates(n + 1);
          bestAt[y] = n;
          candidateX[n] = x;
          candidateY[n] = y;
          candidateW[n] = w;
          candidateK[n] = k;
          n++;
        } else if (w > (candidateW[at] as number)) {
          candidateW[at] = w;
          candidateK[at] = k;
        }
      }
    }
    for (let c = first; c < n; c++) bestAt[candidateY[c] as number] = -1;
  }
  const mass = leftIndex.potential + rightIndex.potential;
  if (n === 0) return NOTHING_SHARED;
  // Strongest first; equal weights keep the order they were found in.
  const order = new Array<number>(n);
  for (let c = 0; c < n; c++) order[c] = c;
  const cw = candidateW;
  order.sort((p, q) => (cw[q] as number) - (cw[p] as number) || p - q);
  if (usedX.length < left.length) usedX = new Uint8Array(Math.max(left.length, usedX.length * 2));
  if (usedY.length < right.length) usedY = new Uint8Array(Math.max(right.length, usedY.length * 2));
  let evidence = 0;
  for (const c of order) {
    const x = candidateX[c] as number;
    const y = candidateY[c] as number;
    if (usedX[x] || usedY[y]) continue;
    usedX[x] = 1;
    usedY[y] = 1;
    evidence += cw[c] as number;
    if (anchors) {
      const k = space.kinds[candidateK[c] as number] as Anchor['kind'];
      const kind = k === 'word' && space.crossLanguage ? 'cognate' : k;
      anchors.push({ kind, source: (left[x] as TokenKeys).surface, target: (right[y] as TokenKeys).surface });
    }
  }
  for (let c = 0; c < n; c++) {
    usedX[candidateX[c] as number] = 0;
    usedY[candidateY[c] as number] = 0;
  }
  return { evidence, overlap: mass > 0 ? (2 * evidence) / mass : 0 };
}

const NOTHING_SHARED: SharedAmount = Object.freeze({ evidence: 0, overlap: 0 });
