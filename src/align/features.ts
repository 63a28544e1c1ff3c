import type { Language } from '../text/language.js';
import { foldText, normalize, normalizeReusing, type NormalizedText } from '../text/normalize.js';
import { sourceSpanOf } from '../text/source-span.js';
import { cutTokens, eachTokenSpan, type Token } from '../text/tokens.js';
import { skeleton } from './skeleton.js';
import { Slab } from './slab.js';
import type { Anchor } from './types.js';
import { elementAt } from '../contract/element-at.js';

/**
 * What the aligner needs from a vocabulary: the concepts the words of a folded sentence may express
 * (multi-word entries included), and stems. An Arabic word and a Persian word translate each other when
 * they share a concept. Concept ids are small non-negative integers.
 */
export interface ConceptLookup {
  /** For each word, in order, the concepts it may express. */
  sentence(words: readonly string[], language: Language): readonly (readonly number[])[];
  /** The word's stem for same-language matching (e.g. without clitics), or the word itself. */
  stem(folded: string, language: Language): string;
  /** Concepts too common to be evidence (function words match nearly every sentence). */
  ignored(concept: number): boolean;
  /** Concepts from the caller's dictionary rather than the built-in lexicon. */
  fromCaller(concept: number): boolean;
  /** Whether the word is several words that lost their spaces, its concepts those of its pieces. */
  glued(folded: string, language: Language): boolean;
}

/** One piece of evidence a sentence offers, as an interned key and what it is. */
export interface Evidence {
  readonly key: string;
  readonly kind: Anchor['kind'];
  readonly surface: string;
  /** Index of the token it comes from, among the tokens of the folded sentence: one word may give several keys. */
  readonly token: number;
  /** That token, folded. */
  readonly folded: string;
  /** The token's span in the sentence as given. */
  readonly start: number;
  readonly end: number;
}

/** Sentences reduced to what the aligner compares: a length and a bag of interned evidence keys. */
export interface SentenceKeys {
  /** Characters, not counting spaces. */
  readonly length: number;
  /** Interned evidence keys, with repetitions, in the order the sentence offers them. */
  readonly keys: Int32Array;
  /**
   * When asked for: the index of the token each key comes from (among the tokens of the folded sentence), so
   * that the evidence two sentences share is found without looking their words up in the lexicon again.
   */
  readonly tokens?: Uint16Array | Int32Array;
}

/**
 * An evidence key as a sentence's kept reading holds it (see {@link Analysed}), with the number the last table that
 * numbered it gave it: a sentence read again is numbered without looking its keys up by their strings.
 */
export interface KeptKey {
  readonly key: string;
  readonly kind: Anchor['kind'];
  /** The {@link KeyTable.stamp} of the table that numbered it last (0: none), and the number. */
  stamp: number;
  id: number;
}

/** A key not yet numbered by any table. */
export const keptKey = (key: string, kind: Anchor['kind']): KeptKey => ({ key, kind, stamp: 0, id: 0 });

let tables = 0;

/** Interns evidence keys per alignment, so that bags compare as integer arrays. */
export class KeyTable {
  readonly ids = new Map<string, number>();
  readonly kinds: Anchor['kind'][] = [];
  /** Tells this table from every other one made since the library was loaded. */
  readonly stamp = ++tables;

  /**
   * {@link intern} of a kept key, which remembers its number here. Two kept objects of one key string (a memo
   * dropped one) are one key: a key new to the object is looked up by its string.
   */
  internKept(k: KeptKey): number {
    if (k.stamp === this.stamp) return k.id;
    const id = this.intern(k.key, k.kind);
    k.stamp = this.stamp;
    k.id = id;
    return id;
  }

  intern(key: string, kind: Anchor['kind']): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.kinds.length;
      this.ids.set(key, id);
      this.kinds.push(kind);
    }
    return id;
  }

  get size(): number {
    return this.kinds.length;
  }
}

const PUNCTUATION_KEYS: Record<string, string> = {
  '«': 'quote',
  '»': 'quote',
  '“': 'quote',
  '”': 'quote',
  '"': 'quote',
  '(': 'paren',
  ')': 'paren',
  '?': 'question',
  '؟': 'question',
};

function numberKey(digits: string): string {
  // Folded digits are ASCII. Thousands separators go; a decimal point stays.
  const plain = /^\d{1,3}(,\d{3})+$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(/,/g, '.');
  return plain.replace(/^0+(?=\d)/, '');
}

/** The evidence a word offers by itself, whatever its sentence: a Latin word, its stem, its skeleton. */
function wordEvidence(word: string, language: Language | 'unknown', lookup: ConceptLookup): { key: string; kind: Anchor['kind'] }[] {
  if (word.charCodeAt(0) < 0x0600) return word.length >= 2 && /[a-z]/i.test(word) ? [{ key: 'l' + word.toLowerCase(), kind: 'latin' }] : [];
  const out: { key: string; kind: Anchor['kind'] }[] = [];
  if (language !== 'unknown') {
    const stem = lookup.stem(word, language);
    if (stem.length >= 3) out.push({ key: 's' + stem, kind: 'word' });
  }
  const sk = skeleton(word);
  if (sk !== undefined) out.push({ key: 'k' + sk, kind: 'cognate' });
  return out;
}

/** What words offer by themselves, per lookup and language (see {@link wordEvidence}): news text repeats its words. */
const wordEvidenceMemo = new WeakMap<ConceptLookup, Map<string, readonly KeptKey[]>>();
const WORD_EVIDENCE_KEPT = 1 << 16;

function rememberedWordEvidence(word: string, language: Language | 'unknown', lookup: ConceptLookup): readonly KeptKey[] {
  let memo = wordEvidenceMemo.get(lookup);
  if (!memo) wordEvidenceMemo.set(lookup, (memo = new Map<string, readonly KeptKey[]>()));
  const key = language + word;
  let found = memo.get(key);
  if (!found) {
    if (memo.size >= WORD_EVIDENCE_KEPT) memo.clear();
    memo.set(key, (found = wordEvidence(word, language, lookup).map((e) => keptKey(e.key, e.kind))));
  }
  return found;
}

/** The key of each concept, per lookup (the kind depends on whether the caller's dictionary gave the concept). */
const conceptKeys = new WeakMap<ConceptLookup, KeptKey[]>();

function conceptKey(concept: number, lookup: ConceptLookup): KeptKey {
  let keys = conceptKeys.get(lookup);
  if (!keys) conceptKeys.set(lookup, (keys = []));
  return (keys[concept] ??= keptKey(`c${concept}`, conceptKind(concept, lookup)));
}

/**
 * A sentence's tokens (of its folded text), with the concepts the lexicon gives each word (in the context of its
 * sentence). The map back to the sentence as written is made when first asked for: only the words a bead shares
 * are ever shown.
 */
export class Analysed {
  private mapped: NormalizedText | undefined;
  private placed: readonly number[] | undefined;
  /** Its evidence keys in the order {@link walkEvidence} gives them, and the token of each, once walked. */
  walked: { readonly keys: readonly KeptKey[]; readonly tokens: Uint16Array | Int32Array } | undefined;

  constructor(
    private readonly text: string,
    readonly tokens: readonly Token[],
    readonly concepts: readonly (readonly number[] | undefined)[],
  ) {}

  /** `normalize(text)`: the folded text and its offsets in the sentence as written. */
  get normalized(): NormalizedText {
    return (this.mapped ??= normalize(this.text));
  }

  /**
   * Where each token stands in the sentence as written (see {@link tokenSpans}), kept once asked: the anchors of a
   * remembered document's beads read them at every comparison.
   */
  get spans(): readonly number[] {
    return (this.placed ??= tokenSpans(this.text));
  }
}

function analyse(text: string, language: Language | 'unknown', lookup: ConceptLookup): Analysed {
  // foldText folds as normalize does (the offsets aside).
  const tokens = cutTokens(foldText(text));
  return new Analysed(text, tokens, conceptsOf(tokens, language, lookup));
}

/**
 * Walks the evidence of one analysed sentence: numbers, Latin words, the concepts of its words in the
 * lexicon, its word stems (for texts in one language and shared loanwords), the skeletons of long words
 * (names, transliterations) and some punctuation (each kind once). `concept`, `word` and `other` receive the
 * pieces with the index of the token they come from.
 */
function walkEvidence(
  { tokens, concepts }: Analysed,
  language: Language | 'unknown',
  lookup: ConceptLookup,
  visit: {
    concept(concept: number, token: number): void;
    word(word: string, token: number): void;
    other(key: string, kind: Anchor['kind'], token: number): void;
  },
): void {
  let punctuation = '';
  for (let index = 0; index < tokens.length; index++) {
    const token = elementAt(tokens, index);
    const t = token.text;
    if (token.kind === 'number') {
      visit.other('n' + numberKey(t), 'number', index);
    } else if (token.kind === 'word') {
      if (language !== 'unknown' && t.charCodeAt(0) >= 0x0600) {
        for (const concept of concepts[index] ?? []) if (!lookup.ignored(concept)) visit.concept(concept, index);
      }
      visit.word(t, index);
    } else {
      const p = PUNCTUATION_KEYS[t];
      if (p !== undefined && !punctuation.includes(p)) {
        punctuation += p + ' ';
        visit.other('p' + p, 'punctuation', index);
      }
    }
  }
}

/** The evidence of one sentence, each piece with the word it comes from in the original text. */
export function sentenceEvidence(text: string, language: Language | 'unknown', lookup: ConceptLookup, given?: Analysed): Evidence[] {
  const analysed = given ?? analyse(text, language, lookup);
  const { normalized, tokens } = analysed;
  // Each token's place in the sentence as given, worked out once however many pieces of evidence it offers.
  let placed = -1;
  let surface = '';
  let start = 0;
  let end = 0;
  const evidence = (key: string, kind: Anchor['kind'], index: number): Evidence => {
    const token = elementAt(tokens, index);
    if (index !== placed) {
      const span = sourceSpanOf(normalized, token.start, token.end);
      placed = index;
      start = span.start;
      end = span.end;
      surface = text.slice(start, end);
    }
    return { key, kind, surface, token: index, folded: token.text, start, end };
  };
  const out: Evidence[] = [];
  walkEvidence(analysed, language, lookup, {
    concept: (concept, index) => out.push(evidence(`c${concept}`, conceptKind(concept, lookup), index)),
    word: (word, index) => {
      for (const e of rememberedWordEvidence(word, language, lookup)) out.push(evidence(e.key, e.kind, index));
    },
    other: (key, kind, index) => out.push(evidence(key, kind, index)),
  });
  return out;
}

const conceptKind = (concept: number, lookup: ConceptLookup): Anchor['kind'] => (lookup.fromCaller(concept) ? 'dictionary' : 'lexicon');

/** The concepts of each token: words of the sentence go to the lexicon together, so that phrases match. */
function conceptsOf(tokens: readonly Token[], language: Language | 'unknown', lookup: ConceptLookup): (readonly number[] | undefined)[] {
  if (language === 'unknown') return [];
  const words: string[] = [];
  const at: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && t.text.charCodeAt(0) >= 0x0600) {
      words.push(t.text);
      at.push(i);
    }
  });
  const found = lookup.sentence(words, language);
  const out: (readonly number[] | undefined)[] = [];
  at.forEach((i, k) => (out[i] = found[k]));
  return out;
}

/** Counts characters other than white space. */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xa0 && c !== 0x200c) n++;
  }
  return n;
}

/** Sentences keyed between two yields of {@link keyingSentences}. */
const SENTENCES_PER_STEP = 256;

/**
 * Where the aligner files its reading of each sentence (by index) and finds one filed before: for a caller that
 * reads the same sentences again (compare's claim space, and the next comparison of a remembered document).
 * The store's owner keeps one per text, language and lexicon.
 */
export interface AnalysisStore {
  get(sentence: number): Analysed | undefined;
  set(sentence: number, analysed: Analysed): void;
}

/**
 * Reduces sentences to lengths and interned key bags (with the token each key comes from when `spans` is set).
 * What a word offers by itself is worked out once per distinct word and concept, since news text repeats its
 * words. Yields the share of the sentences done every few thousand sentences.
 */
export function* keyingSentences(
  sentences: readonly string[],
  language: Language | 'unknown',
  lookup: ConceptLookup,
  table: KeyTable,
  spans = false,
  kept?: AnalysisStore,
): Generator<number, SentenceKeys[], void> {
  const byWord = new Map<string, readonly number[]>();
  // Key ids by concept id (small integers), -1 until first seen.
  let byConcept = new Int32Array(0);
  let keys: number[] = [];
  let at: number[] = [];
  const place = (token: number): void => {
    if (spans) at.push(token);
  };
  const visit = {
    concept: (concept: number, token: number): void => {
      if (concept >= byConcept.length) {
        const grown = new Int32Array(Math.max(concept + 1, byConcept.length * 2)).fill(-1);
        grown.set(byConcept);
        byConcept = grown;
      }
      let id = elementAt(byConcept, concept);
      if (id < 0) byConcept[concept] = id = table.intern(`c${concept}`, conceptKind(concept, lookup));
      keys.push(id);
      place(token);
    },
    word: (word: string, token: number): void => {
      let ids = byWord.get(word);
      if (ids === undefined)
        byWord.set(word, (ids = rememberedWordEvidence(word, language, lookup).map((e) => table.intern(e.key, e.kind))));
      for (let k = 0; k < ids.length; k++) {
        keys.push(elementAt(ids, k));
        place(token);
      }
    },
    other: (key: string, kind: Anchor['kind'], token: number): void => {
      keys.push(table.intern(key, kind));
      place(token);
    },
  };
  const out: SentenceKeys[] = [];
  const keySlab = new Slab((n) => new Int32Array(n));
  const tokenSlab = new Slab((n) => new Uint16Array(n));
  const wideTokenSlab = new Slab((n) => new Int32Array(n));
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0 && i % SENTENCES_PER_STEP === 0) yield i / sentences.length;
    const text = elementAt(sentences, i);
    keys = [];
    at = [];
    // A sentence read before (a remembered document compared again) is not read again: its reading depends on
    // its text, its language and the lexicon alone, which the store's owner keeps one per store.
    let analysed = kept?.get(i);
    if (!analysed) {
      analysed = analyse(text, language, lookup);
      kept?.set(i, analysed);
    }
    let tokens: Uint16Array | Int32Array | undefined;
    if (kept) {
      // A kept sentence's keys are kept with it, in the order the walk gives them: numbered in that order, they
      // get the numbers the walk would give them. Their tokens are the same at every reading, and nobody changes them.
      const walked = (analysed.walked ??= walk(analysed, language, lookup));
      for (let k = 0; k < walked.keys.length; k++) keys.push(table.internKept(elementAt(walked.keys, k)));
      if (spans) tokens = walked.tokens;
    } else {
      walkEvidence(analysed, language, lookup, visit);
      if (spans) tokens = analysed.tokens.length <= 0xffff ? tokenSlab.copy(at) : wideTokenSlab.copy(at);
    }
    out.push({ length: visibleLength(text), keys: keySlab.copy(keys), ...(tokens ? { tokens } : {}) });
  }
  return out;
}

/** A sentence's evidence keys in the order {@link walkEvidence} gives them, and the token each comes from. */
function walk(analysed: Analysed, language: Language | 'unknown', lookup: ConceptLookup): NonNullable<Analysed['walked']> {
  const keys: KeptKey[] = [];
  const tokens: number[] = [];
  walkEvidence(analysed, language, lookup, {
    concept: (concept, token) => {
      keys.push(conceptKey(concept, lookup));
      tokens.push(token);
    },
    word: (word, token) => {
      for (const k of rememberedWordEvidence(word, language, lookup)) {
        keys.push(k);
        tokens.push(token);
      }
    },
    other: (key, kind, token) => {
      keys.push(keptKey(key, kind));
      tokens.push(token);
    },
  });
  return { keys, tokens: analysed.tokens.length <= 0xffff ? Uint16Array.from(tokens) : Int32Array.from(tokens) };
}

/** {@link keyingSentences} at once. */
export function keySentences(
  sentences: readonly string[],
  language: Language | 'unknown',
  lookup: ConceptLookup,
  table: KeyTable,
  spans = false,
): SentenceKeys[] {
  const work = keyingSentences(sentences, language, lookup, table, spans);
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
  }
}

/**
 * The words of a sentence as written, by token index: the sentence is folded and cut once, when first asked, and
 * only where each token stands in it is kept (not the folded text, its offset map or the tokens' strings).
 */
function surfaces(text: string, analysed: Analysed | undefined): (token: number) => string {
  let spans: readonly number[] | undefined;
  return (index) => {
    spans ??= analysed ? analysed.spans : tokenSpans(text);
    return text.slice(elementAt(spans, 2 * index), elementAt(spans, 2 * index + 1));
  };
}

/** Where each token of `cutTokens(foldText(text))` stands in `text` (as sourceSpanOf maps it): starts and ends, in turn. */
function tokenSpans(text: string): number[] {
  const normalized = normalizeReusing(text);
  const spans: number[] = [];
  eachTokenSpan(normalized.text, (start, end) => {
    const span = sourceSpanOf(normalized, start, end);
    spans.push(span.start, span.end);
  });
  return spans;
}

/**
 * What the anchors of one alignment have shown so far, for the next bead to reuse: a word shown in many anchors
 * is one string, and an anchor met in many beads (a name, a number, a common word and its translation) one
 * frozen object: a long report's anchors were a good part of its memory, an object and strings per bead.
 */
export interface ShownEvidence {
  readonly words: Map<string, string>;
  readonly anchors: Map<string, Anchor>;
}

export const shownEvidence = (): ShownEvidence => ({ words: new Map(), anchors: new Map() });

/** Some sentences of one side as {@link sharedKeyedEvidence} reads them. */
export interface KeyedSentences {
  readonly texts: readonly string[];
  readonly keyed: readonly SentenceKeys[];
  readonly indices: readonly number[];
  /** The reading of a sentence kept for its document, if any (see {@link AnalysisStore}). */
  readonly kept?: AnalysisStore | undefined;
}

/**
 * The evidence a bead's sentences share, strongest kinds first, each piece once: worked out from the sentences'
 * keys and the tokens they come from, without looking the words up in the lexicon again.
 */
export function sharedKeyedEvidence(
  source: KeyedSentences,
  target: KeyedSentences,
  crossLanguage: boolean,
  table: KeyTable,
  weights: ArrayLike<number>,
  shown: ShownEvidence = shownEvidence(),
): Anchor[] {
  // Where each key of the source side is first found (its sentence's place among the indices, and its token):
  // its words as written are read only for the keys the target shares.
  const left = new Map<number, number>();
  const sourceWords = source.indices.map((i) => surfaces(elementAt(source.texts, i), source.kept?.get(i)));
  source.indices.forEach((i, x) => {
    const { keys, tokens } = elementAt(source.keyed, i);
    for (let k = 0; k < keys.length; k++) {
      const id = elementAt(keys, k);
      if (!left.has(id)) left.set(id, tokens ? x * 0x10000000 + elementAt(tokens, k) : -1);
    }
  });
  const shared = (word: string): string => {
    let known = shown.words.get(word);
    if (known === undefined) shown.words.set(word, (known = word));
    return known;
  };
  const anchors: { anchor: Anchor; weight: number }[] = [];
  const seenKeys = new Set<number>();
  const seenPairs = new Set<string>();
  for (const j of target.indices) {
    const { keys, tokens } = elementAt(target.keyed, j);
    const targetWord = surfaces(elementAt(target.texts, j), target.kept?.get(j));
    for (let k = 0; k < keys.length; k++) {
      const id = elementAt(keys, k);
      const place = left.get(id);
      if (place === undefined || seenKeys.has(id)) continue;
      seenKeys.add(id);
      const surface = place < 0 ? '' : shared(elementAt(sourceWords, Math.floor(place / 0x10000000))(place % 0x10000000));
      const targetSurface = tokens ? shared(targetWord(elementAt(tokens, k))) : '';
      // Concepts and stems of one word pair often both match; keep the pair once.
      const pair = `${surface}\u0000${targetSurface}`;
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const tableKind = elementAt(table.kinds, id);
      // Across languages a shared word is a shared loanword: a cognate.
      const kind = tableKind === 'word' && crossLanguage ? 'cognate' : tableKind;
      const known = `${kind}\u0000${pair}`;
      let anchor = shown.anchors.get(known);
      if (!anchor) shown.anchors.set(known, (anchor = Object.freeze({ kind, source: surface, target: targetSurface })));
      anchors.push({ anchor, weight: weights[id] ?? 0 });
    }
  }
  anchors.sort((a, b) => b.weight - a.weight);
  return anchors.map((a) => a.anchor);
}
