import type { Language } from '../text/language.js';
import { normalize, type NormalizeOptions } from '../text/normalize.js';
import { BUILTIN_DOMAINS, type LexiconDomain } from './bilingual/index.js';
import { parseLine, type ParsedEntry } from './bilingual/entry.js';
import { GENERIC_NONVERBAL, LIGHT_VERB_STEMS } from './persian-light-verbs.js';
import type { StemCandidate } from './stem-candidate.js';
import { arabicStemCandidates } from './stem-ar.js';
import { persianStemCandidates } from './stem-fa.js';

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
    const infos = words.map((w) => this.info(w));
    const out = infos.map((i) => i.concepts);
    if (this.phrasesByFirstWord.size === 0) return out;
    for (let i = 0; i < infos.length; i++) {
      for (const phrase of (infos[i] as WordInfo).starts) {
        if (!phraseAt(infos, i, phrase)) continue;
        for (let k = 0; k < phrase.words.length; k++) {
          const own = out[i + k] as readonly number[];
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
    if (!(infos[at + k] as WordInfo).phraseWords.includes(phrase.words[k] as number)) return false;
  }
  return true;
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The words of a folded form. */
const wordsOf = (form: string): string[] => form.split(' ').filter((w) => w.length > 0);

/**
 * A dictionary word without its article, when it has one as written (ال, not the أل of ألفان) and a real
 * stem (3+ letters) is left: الأمن → امن, but not الآن → ان.
 */
function withoutArticle(written: string, folded: string): string | undefined {
  return written.startsWith('ال') && folded.startsWith('ال') && folded.length >= 5 ? folded.slice(2) : undefined;
}

function indexArabic(side: Side, written: string, form: string, concept: number): void {
  const words = wordsOf(form);
  const writtenWords = wordsOf(written.trim());
  const bareOf = (i: number): string | undefined => withoutArticle(writtenWords[i] ?? '', words[i] as string);
  if (words.length === 1) {
    // A form with the article is indexed with it and without it (see joinArticleForms).
    side.addWord(side.words, words[0] as string, concept);
    const bare = bareOf(0);
    if (bare) {
      side.addWord(side.words, bare, concept);
      side.withArticle.add(words[0] as string);
    }
  } else if (words.length > 1) {
    side.addPhrase(
      words.map((w, i) => {
        const bare = bareOf(i);
        return bare ? [w, bare] : [w];
      }),
      concept,
    );
  }
}

/**
 * Indexes a Persian form, given folded (zero-width non-joiners removed) and spaced (each one a space, the
 * way it is often typed instead).
 */
function indexPersian(side: Side, form: string, spaced: string, concept: number): void {
  // Neither part may hold a parenthesis: with \S+ the two groups could share one, and the pattern backtracked
  // quadratically on a caller's entry full of '()'.
  const verb = /^([^\s()]+) ?\(([^\s()]+)\)$/u.exec(form);
  if (verb) {
    const infinitive = verb[1] as string;
    const past = infinitive.endsWith('ن') ? infinitive.slice(0, -1) : infinitive;
    side.addWord(side.words, infinitive, concept);
    side.addWord(side.words, past, concept);
    side.addWord(side.past, past, concept);
    side.addWord(side.present, verb[2] as string, concept);
    return;
  }
  const words = wordsOf(form);
  if (words.length === 0) return;
  if (words.length === 1) {
    side.addWord(side.words, words[0] as string, concept);
    // Written with a zero-width non-joiner (رئیس‌جمهور), it is often typed with a space instead.
    const parts = wordsOf(spaced);
    if (parts.length > 1) side.addPhrase(parts.map(persianPhraseKeys), concept);
    return;
  }
  const last = words[words.length - 1] as string;
  const lightVerb = lightVerbStems(last);
  if (lightVerb) {
    const nonVerbal = words.slice(0, -1);
    // A compound verb stands for its non-verbal part (اعلام کرد → اعلام), which also names the action
    // (the announcement) and survives any conjugation, negation or passive of the light verb.
    if (nonVerbal.length === 1 && !GENERIC_NONVERBAL.has(nonVerbal[0] as string)) {
      side.addWord(side.words, nonVerbal[0] as string, concept);
      return;
    }
    side.addPhrase([...nonVerbal.map(persianPhraseKeys), lightVerb], concept);
    return;
  }
  side.addPhrase(words.map(persianPhraseKeys), concept);
  // Multi-word names are also written as one word with a zero-width non-joiner, which folding removes.
  side.addWord(side.words, words.join(''), concept);
}

/** A phrase word and its form without the ezafe glide (شورای → شورا). */
function persianPhraseKeys(word: string): string[] {
  return word.length >= 4 && (word.endsWith('اي') || word.endsWith('وي')) ? [word, word.slice(0, -1)] : [word];
}

/** Both stems of the light verb a folded word is a form of (کرد, کردند, می‌کند, کرده …), if it is one. */
function lightVerbStems(word: string): readonly string[] | undefined {
  const direct = LIGHT_VERB_STEMS.get(word);
  if (direct) return direct;
  for (const c of persianStemCandidates(word)) {
    if (c.kind === 'word' && c.cost > 0) continue;
    const stems = LIGHT_VERB_STEMS.get(c.key);
    if (stems) return stems;
  }
  return undefined;
}

/** An entry as written, and its forms folded two ways: zero-width non-joiners removed, and made spaces. */
interface IndexedEntry {
  readonly written: ParsedEntry;
  readonly folded: ParsedEntry;
  readonly spaced: ParsedEntry;
}

const SPACED: NormalizeOptions = { zeroWidth: 'space' };

/** The entries of a domain file. Its text is folded in one pass; folding keeps line breaks, `|` and `/`. */
function domainEntries(text: string): IndexedEntry[] {
  const written = text.split('\n');
  const folded = normalize(text).text.split('\n');
  const spaced = normalize(text, SPACED).text.split('\n');
  if (folded.length !== written.length || spaced.length !== written.length) throw new Error('Lexicon data has line separators that fold into line breaks');
  const out: IndexedEntry[] = [];
  written.forEach((line, i) => {
    const entry = parseLine(line);
    const f = parseLine(folded[i] as string);
    const s = parseLine(spaced[i] as string);
    if (entry && f && s) out.push({ written: entry, folded: f, spaced: s });
  });
  return out;
}

function extraEntry([arabic, persian]: BilingualEntry): IndexedEntry {
  const written = { arabic: typeof arabic === 'string' ? [arabic] : arabic, persian: typeof persian === 'string' ? [persian] : persian };
  const fold = (forms: readonly string[], options?: NormalizeOptions): string[] => forms.map((f) => normalize(f.trim(), options).text);
  return {
    written,
    folded: { arabic: fold(written.arabic), persian: fold(written.persian) },
    spaced: { arabic: fold(written.arabic, SPACED), persian: fold(written.persian, SPACED) },
  };
}

const ARTICLE_CHAINS = ['وبال', 'فبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];

/** An Arabic word the dictionary does not know, without its article and the clitics before it. */
function bareArabicStem(word: string): string {
  for (const chain of ARTICLE_CHAINS) if (word.startsWith(chain) && word.length - chain.length >= 3) return word.slice(chain.length);
  return word;
}

/** A Persian word the dictionary does not know, without the plural ها (and an ezafe after it). */
function barePersianStem(word: string): string {
  for (const plural of ['هايي', 'هاي', 'ها']) if (word.endsWith(plural) && word.length - plural.length >= 3) return word.slice(0, -plural.length);
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
  private readonly arabic = new Side(arabicStemCandidates, bareArabicStem);
  private readonly persian = new Side(persianStemCandidates, barePersianStem);
  private readonly entries: ParsedEntry[] = [];
  /** Each concept's domain, as an index into `domainNames`. */
  private readonly domains: number[] = [];
  private readonly domainNames: string[] = [];

  constructor(domains: readonly LexiconDomain[], extra: readonly BilingualEntry[]) {
    for (const domain of domains) this.addAll(domain.name, domainEntries(domain.entries()));
    this.addAll('caller', extra.map(extraEntry));
    joinArticleForms(this.arabic);
  }

  private addAll(domain: string, entries: readonly IndexedEntry[]): void {
    const index = this.domainNames.push(domain) - 1;
    for (const entry of entries) {
      this.domains.push(index);
      this.add(entry);
    }
  }

  private add({ written, folded, spaced }: IndexedEntry): void {
    const concept = this.entries.length;
    this.entries.push(written);
    folded.arabic.forEach((form, i) => indexArabic(this.arabic, written.arabic[i] ?? '', form, concept));
    folded.persian.forEach((form, i) => indexPersian(this.persian, form, spaced.persian[i] ?? form, concept));
  }

  get conceptCount(): number {
    return this.entries.length;
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
    return this.entries[id];
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
