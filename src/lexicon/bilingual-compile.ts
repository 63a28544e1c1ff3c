import { normalize, type NormalizeOptions } from '../text/normalize.js';
import { parseLine, type ParsedEntry } from './bilingual/entry.js';
import { GENERIC_NONVERBAL, LIGHT_VERB_STEMS } from './persian-light-verbs.js';
import { persianStemCandidates } from './stem-fa.js';
import { elementAt } from '../contract/element-at.js';

// Reading the lexicon's entries into what its index is made of: for each side, the words and the concept each
// stands for, the phrases, the words written with the article. This is most of the work of building the lexicon
// (folding every form, stemming the light verbs), and it depends on nothing but the entries: the build compiles
// the built-in domain files once (tsup.config.ts), and the lexicon only loads what was compiled (see
// bilingual/compiled.ts). From source, and for a caller's entries, it runs when the lexicon is built.

/**
 * What one side of the lexicon's index is made of, in the order it was read: loading it in that order gives
 * the index the entries would give.
 */
export interface CompiledSide {
  /** Dictionary words and their concepts, flat: key, concept, key, concept … */
  readonly words: (string | number)[];
  /** Persian past stems, the same way. */
  readonly past: (string | number)[];
  /** Persian present stems, the same way. */
  readonly present: (string | number)[];
  /** Dictionary words written with the article (not أل, not الآن), which also take their bare form's concepts. */
  readonly withArticle: string[];
  /** Multi-word entries: each word's keys (the folded strings a token may reduce to to match it), and the concept. */
  readonly phrases: [words: string[][], concept: number][];
}

/** A domain file read into both sides' index, with concepts counted from 0 within it. */
export interface CompiledDomain {
  /** How many entries (concepts) the domain has. */
  readonly entries: number;
  /** The length of the domain's text: the loader checks that the compiled form is of the text it has. */
  readonly length: number;
  readonly arabic: CompiledSide;
  readonly persian: CompiledSide;
}

/** An entry as written, and its forms folded two ways: zero-width non-joiners removed, and made spaces. */
export interface IndexedEntry {
  readonly written: ParsedEntry;
  readonly folded: ParsedEntry;
  readonly spaced: ParsedEntry;
}

const SPACED: NormalizeOptions = { zeroWidth: 'space' };

/** An empty side to read entries into. */
export function emptySide(): CompiledSide {
  return { words: [], past: [], present: [], withArticle: [], phrases: [] };
}

/** The entries of a domain file. Its text is folded in one pass; folding keeps line breaks, `|` and `/`. */
export function domainEntries(text: string): IndexedEntry[] {
  const written = text.split('\n');
  const folded = normalize(text).text.split('\n');
  const spaced = normalize(text, SPACED).text.split('\n');
  if (folded.length !== written.length || spaced.length !== written.length)
    throw new Error('Lexicon data has line separators that fold into line breaks');
  const out: IndexedEntry[] = [];
  written.forEach((line, i) => {
    const entry = parseLine(line);
    const f = parseLine(elementAt(folded, i));
    const s = parseLine(elementAt(spaced, i));
    // Concepts are counted by the lines that are entries as written (see writtenEntries): folding must keep them so.
    if (!entry !== !f || !entry !== !s) throw new Error(`Lexicon line is an entry only once folded, or only as written: ${line}`);
    if (entry && f && s) out.push({ written: entry, folded: f, spaced: s });
  });
  return out;
}

/** The entries of a domain file as written, one per concept: what {@link domainEntries} gives, without the folding. */
export function writtenEntries(text: string): ParsedEntry[] {
  const out: ParsedEntry[] = [];
  for (const line of text.split('\n')) {
    const entry = parseLine(line);
    if (entry) out.push(entry);
  }
  return out;
}

/** A caller's entry: `[Arabic form(s), Persian form(s)]`. */
export function extraEntry([arabic, persian]: readonly [
  arabic: string | readonly string[],
  persian: string | readonly string[],
]): IndexedEntry {
  const written = { arabic: typeof arabic === 'string' ? [arabic] : arabic, persian: typeof persian === 'string' ? [persian] : persian };
  const fold = (forms: readonly string[], options?: NormalizeOptions): string[] => forms.map((f) => normalize(f.trim(), options).text);
  return {
    written,
    folded: { arabic: fold(written.arabic), persian: fold(written.persian) },
    spaced: { arabic: fold(written.arabic, SPACED), persian: fold(written.persian, SPACED) },
  };
}

/** Reads a domain file into both sides' index (see {@link CompiledDomain}). */
export function compileDomain(text: string): CompiledDomain {
  const arabic = emptySide();
  const persian = emptySide();
  const entries = domainEntries(text);
  entries.forEach((entry, concept) => {
    readEntry(arabic, persian, entry, concept);
  });
  return { entries: entries.length, length: text.length, arabic, persian };
}

/** Reads one entry, of concept `concept`, into both sides. */
export function readEntry(arabic: CompiledSide, persian: CompiledSide, { written, folded, spaced }: IndexedEntry, concept: number): void {
  folded.arabic.forEach((form, i) => {
    indexArabic(arabic, written.arabic[i] ?? '', form, concept);
  });
  folded.persian.forEach((form, i) => {
    indexPersian(persian, form, spaced.persian[i] ?? form, concept);
  });
}

function addWord(list: (string | number)[], key: string, concept: number): void {
  if (key.length > 0) list.push(key, concept);
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

function indexArabic(side: CompiledSide, written: string, form: string, concept: number): void {
  const words = wordsOf(form);
  const writtenWords = wordsOf(written.trim());
  const bareOf = (i: number): string | undefined => withoutArticle(writtenWords[i] ?? '', elementAt(words, i));
  if (words.length === 1) {
    // A form with the article is indexed with it and without it (see joinArticleForms).
    addWord(side.words, elementAt(words, 0), concept);
    const bare = bareOf(0);
    if (bare) {
      addWord(side.words, bare, concept);
      side.withArticle.push(elementAt(words, 0));
    }
  } else if (words.length > 1) {
    side.phrases.push([
      words.map((w, i) => {
        const bare = bareOf(i);
        return bare ? [w, bare] : [w];
      }),
      concept,
    ]);
  }
}

/**
 * Indexes a Persian form, given folded (zero-width non-joiners removed) and spaced (each one a space, the
 * way it is often typed instead).
 */
function indexPersian(side: CompiledSide, form: string, spaced: string, concept: number): void {
  // Neither part may hold a parenthesis: with \S+ the two groups could share one, and the pattern backtracked
  // quadratically on a caller's entry full of '()'.
  const verb = /^([^\s()]+) ?\(([^\s()]+)\)$/u.exec(form);
  if (verb) {
    const infinitive = elementAt(verb, 1);
    const past = infinitive.endsWith('ن') ? infinitive.slice(0, -1) : infinitive;
    addWord(side.words, infinitive, concept);
    addWord(side.words, past, concept);
    addWord(side.past, past, concept);
    addWord(side.present, elementAt(verb, 2), concept);
    return;
  }
  const words = wordsOf(form);
  if (words.length === 0) return;
  if (words.length === 1) {
    addWord(side.words, elementAt(words, 0), concept);
    // Written with a zero-width non-joiner (رئیس‌جمهور), it is often typed with a space instead.
    const parts = wordsOf(spaced);
    if (parts.length > 1) side.phrases.push([parts.map(persianPhraseKeys), concept]);
    return;
  }
  const last = elementAt(words, words.length - 1);
  const lightVerb = lightVerbStems(last);
  if (lightVerb) {
    const nonVerbal = words.slice(0, -1);
    // A compound verb stands for its non-verbal part (اعلام کرد → اعلام), which also names the action
    // (the announcement) and survives any conjugation, negation or passive of the light verb.
    if (nonVerbal.length === 1 && !GENERIC_NONVERBAL.has(elementAt(nonVerbal, 0))) {
      addWord(side.words, elementAt(nonVerbal, 0), concept);
      return;
    }
    side.phrases.push([[...nonVerbal.map(persianPhraseKeys), [...lightVerb]], concept]);
    return;
  }
  side.phrases.push([words.map(persianPhraseKeys), concept]);
  // Multi-word names are also written as one word with a zero-width non-joiner, which folding removes.
  addWord(side.words, words.join(''), concept);
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
