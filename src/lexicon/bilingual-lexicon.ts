import type { Language } from '../text/language.js';
import {
  compileDomain,
  emptySide,
  extraEntry,
  readEntry,
  writtenEntries,
  type CompiledDomain,
  type CompiledSide,
} from './bilingual-compile.js';
import { COMPILED_DOMAINS } from './bilingual/compiled.js';
import { BUILTIN_DOMAINS, type LexiconDomain } from './bilingual/index.js';
import type { ParsedEntry } from './bilingual/entry.js';
import type { StemCandidate } from './stem-candidate.js';
import { arabicStemCandidates } from './stem-ar.js';
import { persianStemCandidates } from './stem-fa.js';
import { elementAt } from '../contract/element-at.js';

/**
 * An Arabic↔Persian dictionary entry given by a caller: the Arabic form(s) and the Persian form(s) of one
 * meaning, written normally (they are folded when loaded). A form may be several words (مجلس الأمن,
 * شورای امنیت); a Persian verb may be written as its infinitive with its present stem in parentheses
 * (گفتن (گو)), and a compound verb by its non-verbal part or whole (اعلام کرد).
 */
export type BilingualEntry = readonly [arabic: string | readonly string[], persian: string | readonly string[]];

/** Options of {@link bilingualLexicon}. */
export interface BilingualLexiconOptions {
  /** More entries, each a new meaning, on top of the built-in ones. */
  readonly extra?: readonly BilingualEntry[];
}

/** The forms of one meaning, as written in the dictionary. */
export interface Concept {
  readonly arabic: readonly string[];
  readonly persian: readonly string[];
}

/**
 * An Arabic↔Persian lexicon of meanings ("concepts", numbered from 0). An Arabic word and a Persian word
 * translate each other when their concept ids intersect.
 *
 * Words are given folded (the text of `normalize` with default options), one token each; affixes are
 * peeled by the light stemmers, guided by the dictionary: the first reading it knows wins.
 */
export interface BilingualLexicon {
  /** How many concepts there are; ids run from 0 to `conceptCount - 1`. */
  readonly conceptCount: number;
  /** The concepts a folded Arabic word may express (empty when unknown). Do not mutate the result. */
  arabicKeys(word: string): readonly number[];
  /** The concepts a folded Persian word may express (empty when unknown). Do not mutate the result. */
  persianKeys(word: string): readonly number[];
  /**
   * The concepts of each token of a folded Arabic sentence: its own, plus those of any multi-word entry
   * (الأمم المتحدة) that covers it.
   */
  arabicSentence(words: readonly string[]): (readonly number[])[];
  /** The same for a folded Persian sentence (سازمان ملل, مورد حمله قرار گرفت). */
  persianSentence(words: readonly string[]): (readonly number[])[];
  /** The forms of a concept as written in the dictionary, to explain a match. */
  concept(id: number): Concept | undefined;
  /**
   * The domain file a concept comes from (`'function-words'`, `'politics'` …), or `'caller'` for an
   * `extra` entry. Function words (في/در, من/از) match nearly every sentence: a caller that weighs
   * evidence may leave them out.
   */
  domain(id: number): string | undefined;
  /**
   * {@link arabicKeys} or {@link persianKeys} by language: with {@link stem}, this is the aligner's
   * `ConceptLookup`.
   */
  concepts(word: string, language: Language): readonly number[];
  /**
   * A folded word without its affixes, for matching words of one language (or loanwords shared by both):
   * the first reading of the stemmer that the dictionary knows, else the word without the Arabic article
   * and proclitics before it (والحكومات → حكومات) or without the Persian plural ها (بحران‌ها → بحران).
   */
  stem(word: string, language: Language): string;
}

const NONE: readonly number[] = Object.freeze([]);

/** How many distinct words each side remembers before it starts its memo afresh. */
const MEMO_LIMIT = 200_000;

/**
 * Longer tokens are no dictionary word (the longest, glued Persian compounds, have about 20 letters):
 * they are neither stemmed nor remembered, so that a pathological token costs nothing.
 */
const MAX_WORD_LENGTH = 48;

interface Phrase {
  /** Ids of the phrase's words (see {@link Side.phraseWordIds}), in order. */
  readonly words: readonly number[];
  readonly concept: number;
}

interface WordInfo {
  readonly concepts: readonly number[];
  /** Ids of phrase words this token can stand for. */
  readonly phraseWords: readonly number[];
  /** The phrases whose first word this token can be (worked out once per word: most start none). */
  readonly starts: readonly Phrase[];
  readonly stem: string;
}

/** The index of one language: words by kind, phrases, and a memo of analysed tokens. */
class Side {
  readonly words = new Map<string, number[]>();
  readonly past = new Map<string, number[]>();
  readonly present = new Map<string, number[]>();
  /** Dictionary words written with the article (not أل, not الآن), which also take their bare form's concepts. */
  readonly withArticle = new Set<string>();
  private readonly phraseWordIds = new Map<string, number>();
  /** A folded string a token (or one of its stems) may be → the phrase words it then stands for. */
  private readonly phraseKeys = new Map<string, number[]>();
  private readonly phrasesByFirstWord = new Map<number, Phrase[]>();
  private readonly memo = new Map<string, WordInfo>();

  constructor(
    private readonly candidates: (word: string) => StemCandidate[],
    private readonly fallbackStem: (word: string) => string,
  ) {}

  /** Loads what the entries of one domain were read into (see {@link CompiledSide}), its concepts counted from `offset`. */
  load(side: CompiledSide, offset: number): void {
    const words = (into: Map<string, number[]>, list: readonly (string | number)[]): void => {
      for (let k = 0; k < list.length; k += 2) this.addWord(into, String(list[k]), Number(list[k + 1]) + offset);
    };
    words(this.words, side.words);
    words(this.past, side.past);
    words(this.present, side.present);
    for (const key of side.withArticle) this.withArticle.add(key);
    for (const [keys, concept] of side.phrases) this.addPhrase(keys, concept + offset);
  }

  addWord(map: Map<string, number[]>, key: string, concept: number): void {
    if (key.length === 0) return;
    const list = map.get(key);
    if (!list) map.set(key, [concept]);
    else if (!list.includes(concept)) list.push(concept);
  }

  /** A multi-word entry; each word is given with the folded strings a token may reduce to to match it. */
  addPhrase(words: readonly (readonly string[])[], concept: number): void {
    const ids = words.map((keys) => {
      const name = keys.join('|');
      let id = this.phraseWordIds.get(name);
      if (id === undefined) {
        id = this.phraseWordIds.size;
        this.phraseWordIds.set(name, id);
        for (const key of keys) this.addWord(this.phraseKeys, key, id);
      }
      return id;
    });
    const first = ids[0];
    if (first === undefined) return;
    const list = this.phrasesByFirstWord.get(first) ?? [];
    if (!list.some((p) => p.concept === concept && sameIds(p.words, ids))) list.push({ words: ids, concept });
    this.phrasesByFirstWord.set(first, list);
  }

  info(word: string): WordInfo {
    if (word.length > MAX_WORD_LENGTH) return { concepts: NONE, phraseWords: NONE, starts: [], stem: word };
    const known = this.memo.get(word);
    if (known) return known;
    const info = this.analyse(word);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, info);
    return info;
  }

  private analyse(word: string): WordInfo {
    const candidates = this.candidates(word);
    let concepts: readonly number[] = NONE;
    let stem: string | undefined;
    for (const c of candidates) {
      const found = this.lookup(c);
      if (!found) continue;
      if (stem === undefined) {
        concepts = found;
        stem = c.key;
      } else if (c.key.length < stem.length && sameSet(found, concepts)) {
        // A shorter reading with the same meaning is the better stem: بحران‌های is listed, بحران too.
        stem = c.key;
      }
    }
    let phraseWords: number[] | undefined;
    if (this.phraseKeys.size > 0) {
      for (const c of candidates) {
        const ids = this.phraseKeys.get(c.key);
        if (!ids) continue;
        phraseWords ??= [];
        for (const id of ids) if (!phraseWords.includes(id)) phraseWords.push(id);
      }
    }
    const starts = (phraseWords ?? NONE).flatMap((id) => this.phrasesByFirstWord.get(id) ?? []);
    return { concepts, phraseWords: phraseWords ?? NONE, starts, stem: stem ?? this.fallbackStem(word) };
  }

  private lookup(c: StemCandidate): number[] | undefined {
    switch (c.kind) {
      case 'word':
        return this.words.get(c.key);
      case 'past':
        return this.past.get(c.key);
      case 'present':
        return this.present.get(c.key);
      case 'verb':
        return this.past.get(c.key) ?? this.present.get(c.key);
    }
  }

  sentence(words: readonly string[]): (readonly number[])[] {
    return this.sentenceOf(words.map((w) => this.info(w)));
  }

  /**
   * For each phrase found in tokens already looked up, `visit(token, concept)` at each token it covers, in the
   * order {@link Side.sentence} adds the phrases' concepts.
   */
  eachPhrase(infos: readonly WordInfo[], visit: (token: number, concept: number) => void): void {
    if (this.phrasesByFirstWord.size === 0) return;
    for (let i = 0; i < infos.length; i++) {
      const starts = elementAt(infos, i).starts;
      for (let s = 0; s < starts.length; s++) {
        const phrase = elementAt(starts, s);
        if (!phraseAt(infos, i, phrase)) continue;
        for (let k = 0; k < phrase.words.length; k++) visit(i + k, phrase.concept);
      }
    }
  }

  /** {@link Side.sentence} of tokens already looked up. */
  sentenceOf(infos: readonly WordInfo[]): (readonly number[])[] {
    const out = infos.map((i) => i.concepts);
    if (this.phrasesByFirstWord.size === 0) return out;
    for (let i = 0; i < infos.length; i++) {
      for (const phrase of elementAt(infos, i).starts) {
        if (!phraseAt(infos, i, phrase)) continue;
        for (let k = 0; k < phrase.words.length; k++) {
          const own = elementAt(out, i + k);
          if (!own.includes(phrase.concept)) out[i + k] = [...own, phrase.concept];
        }
      }
    }
    return out;
  }
}

function phraseAt(infos: readonly WordInfo[], at: number, phrase: Phrase): boolean {
  if (at + phrase.words.length > infos.length) return false;
  for (let k = 1; k < phrase.words.length; k++) {
    const info = infos[at + k];
    const word = phrase.words[k];
    if (!info || word === undefined || !info.phraseWords.includes(word)) return false;
  }
  return true;
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const ARTICLE_CHAINS = ['وبال', 'فبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];

/** An Arabic word the dictionary does not know, without its article and the clitics before it. */
function bareArabicStem(word: string): string {
  for (const chain of ARTICLE_CHAINS) if (word.startsWith(chain) && word.length - chain.length >= 3) return word.slice(chain.length);
  return word;
}

/** A Persian word the dictionary does not know, without the plural ها (and an ezafe after it). */
function barePersianStem(word: string): string {
  for (const plural of ['هايي', 'هاي', 'ها'])
    if (word.endsWith(plural) && word.length - plural.length >= 3) return word.slice(0, -plural.length);
  return word;
}

/**
 * Gives a word with the article the concepts of the word without it (الحكومة on one line must not hide
 * حكومة on another: the stemmer stops at the first form the dictionary knows).
 */
function joinArticleForms(side: Side): void {
  for (const key of side.withArticle) {
    const concepts = side.words.get(key) as number[];
    for (const c of side.words.get(key.slice(2)) ?? []) if (!concepts.includes(c)) concepts.push(c);
  }
}

class Lexicon implements BilingualLexicon {
  readonly arabic = new Side(arabicStemCandidates, bareArabicStem);
  readonly persian = new Side(persianStemCandidates, barePersianStem);
  /** How many concepts there are. */
  private count = 0;
  /** Each domain's text (or its entries, for a caller's), and the first concept it gives: the entries as written are read when first asked for. */
  private readonly sources: { readonly first: number; readonly text?: string; entries?: readonly ParsedEntry[] }[] = [];
  /** Each concept's domain, as an index into `domainNames`. */
  private readonly domains: number[] = [];
  private readonly domainNames: string[] = [];

  constructor(domains: readonly LexiconDomain[], extra: readonly BilingualEntry[], precompiled = COMPILED_DOMAINS) {
    for (const domain of domains) {
      const text = domain.entries();
      const compiled = precompiled?.[domain.name];
      this.addDomain(domain.name, compiled && compiled.length === text.length ? compiled : compileDomain(text), { text });
    }
    const arabic = emptySide();
    const persian = emptySide();
    const entries = extra.map(extraEntry);
    entries.forEach((entry, concept) => {
      readEntry(arabic, persian, entry, concept);
    });
    this.addDomain('caller', { entries: entries.length, length: 0, arabic, persian }, { entries: entries.map((e) => e.written) });
    joinArticleForms(this.arabic);
  }

  private addDomain(name: string, compiled: CompiledDomain, source: { text?: string; entries?: readonly ParsedEntry[] }): void {
    const index = this.domainNames.push(name) - 1;
    const first = this.count;
    this.arabic.load(compiled.arabic, first);
    this.persian.load(compiled.persian, first);
    for (let k = 0; k < compiled.entries; k++) this.domains.push(index);
    this.count += compiled.entries;
    this.sources.push({ first, ...source });
  }

  get conceptCount(): number {
    return this.count;
  }

  arabicKeys(word: string): readonly number[] {
    return this.arabic.info(word).concepts;
  }

  persianKeys(word: string): readonly number[] {
    return this.persian.info(word).concepts;
  }

  arabicSentence(words: readonly string[]): (readonly number[])[] {
    return this.arabic.sentence(words);
  }

  persianSentence(words: readonly string[]): (readonly number[])[] {
    return this.persian.sentence(words);
  }

  concept(id: number): Concept | undefined {
    if (!Number.isInteger(id) || id < 0 || id >= this.count) return undefined;
    let k = this.sources.length - 1;
    while (k > 0 && elementAt(this.sources, k).first > id) k--;
    const source = elementAt(this.sources, k);
    source.entries ??= writtenEntries(source.text ?? '');
    return source.entries[id - source.first];
  }

  domain(id: number): string | undefined {
    const index = this.domains[id];
    return index === undefined ? undefined : this.domainNames[index];
  }

  concepts(word: string, language: Language): readonly number[] {
    return (language === 'ar' ? this.arabic : this.persian).info(word).concepts;
  }

  stem(word: string, language: Language): string {
    return (language === 'ar' ? this.arabic : this.persian).info(word).stem;
  }
}

/** What the lexicon knows of one folded word (opaque outside this file). */
export type LexiconWordInfo = WordInfo;

/** One language of the built-in lexicon, word by word: see {@link lexiconSide}. */
export interface LexiconSide {
  /** The analysis of one folded word. */
  info(word: string): LexiconWordInfo;
  /**
   * For each phrase the tokens whose analyses {@link LexiconSide.info} gave hold, `visit(token, concept)` at
   * each token it covers: what `arabicSentence`/`persianSentence` add to the tokens' own concepts, in order.
   */
  eachPhrase(infos: readonly LexiconWordInfo[], visit: (token: number, concept: number) => void): void;
}

/**
 * One language of the built-in lexicon, for a caller that numbers the distinct words of a long text and looks
 * each up once (the lexicon's memo costs a hash lookup per token); undefined for another implementation.
 */
export function lexiconSide(lexicon: BilingualLexicon, language: Language): LexiconSide | undefined {
  if (!(lexicon instanceof Lexicon)) return undefined;
  return language === 'ar' ? lexicon.arabic : lexicon.persian;
}

/** `concepts` of the word whose analysis {@link LexiconSide.info} gave. */
export function conceptsOfInfo(info: LexiconWordInfo): readonly number[] {
  return info.concepts;
}

/**
 * A lexicon of the built-in domains, loaded from `compiled` where it holds a domain (as the build provides them)
 * and read from the domain files otherwise: for tests that the two give one lexicon.
 */
export function lexiconFrom(compiled: Readonly<Record<string, CompiledDomain>> | undefined): BilingualLexicon {
  return new Lexicon(BUILTIN_DOMAINS, [], compiled);
}

let builtin: BilingualLexicon | undefined;

/**
 * The Arabic↔Persian lexicon of frequent news words and function words, built once and cached; with
 * `extra` entries, a new lexicon with those added.
 */
export function bilingualLexicon(options?: BilingualLexiconOptions): BilingualLexicon {
  const extra = options?.extra ?? [];
  if (extra.length > 0) return new Lexicon(BUILTIN_DOMAINS, extra);
  builtin ??= new Lexicon(BUILTIN_DOMAINS, []);
  return builtin;
}
