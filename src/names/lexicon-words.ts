import { BUILTIN_DOMAINS } from '../lexicon/bilingual/index.js';
import { englishWords } from '../lexicon/english-words.js';
import { entityKey, withoutArticle, type NameLanguage } from './gazetteer.js';
import { COMPILED_LEXICON_WORDS, type LexiconWords } from './lexicon-words-compiled.js';

// The words of the bilingual lexicon and of the English word list as the name comparison asks for them, folded.
// Folding the lexicon's 16,000 forms cost a fresh process a good part of its first comparison: the build compiles
// the folded sets (lexicon-words-compiled.ts) and the library makes its sets of them; from source they are read.

/** The Arabic article taken off a folded word, when there is one to take. */
export function bare(key: string): string {
  return withoutArticle(key) ?? (key.startsWith('ال') && key.length === 4 ? key.slice(2) : key);
}

let headwords: Record<NameLanguage, string[]> | undefined;

/**
 * The single-word forms of the bilingual lexicon as written there, per language: its headwords, not the
 * stemmer's readings, since a name often ends like an inflection (پزشکیان is no plural).
 */
export function lexiconHeadwords(language: NameLanguage): readonly string[] {
  headwords ??= readHeadwords().headwords;
  return headwords[language];
}

function readHeadwords(): { headwords: Record<NameLanguage, string[]>; phraseWords: Record<NameLanguage, Set<string>> } {
  const out: Record<NameLanguage, string[]> = { ar: [], fa: [] };
  const inPhrases: Record<NameLanguage, Set<string>> = { ar: new Set(), fa: new Set() };
  for (const domain of BUILTIN_DOMAINS) {
    for (const line of domain.entries().split('\n')) {
      const bar = line.indexOf('|');
      if (bar < 0 || line.trimStart().startsWith('#')) continue;
      const sides: [NameLanguage, string][] = [
        ['ar', line.slice(0, bar)],
        ['fa', line.slice(bar + 1)],
      ];
      for (const [l, side] of sides) {
        for (const form of side.split('/')) {
          // A Persian verb's present stem in parentheses (گفتن (گو)) is no headword.
          const paren = form.indexOf('(');
          const words = (paren >= 0 ? form.slice(0, paren) : form).trim().split(/\s+/u);
          if (words.length === 1 && words[0]) out[l].push(words[0]);
          else for (const w of words) if (entityKey(w).length > 2) inPhrases[l].add(l === 'ar' ? bare(entityKey(w)) : entityKey(w));
        }
      }
    }
  }
  return { headwords: out, phraseWords: inPhrases };
}

/** The folded word sets, read from the lexicon and the English word list: what the build compiles (scripts/compile-tables.ts). */
export function compileLexiconWords(): LexiconWords {
  const { headwords: written, phraseWords } = readHeadwords();
  const dictionary: Record<NameLanguage, Set<string>> = { ar: new Set(), fa: new Set() };
  for (const language of ['ar', 'fa'] as const) {
    for (const word of written[language]) {
      const key = entityKey(word);
      if (key.length > 1) dictionary[language].add(language === 'ar' ? bare(key) : key);
    }
  }
  const glosses = new Map<string, string[]>();
  for (const w of englishWords())
    for (const form of w.forms) {
      if (/\s/u.test(form.trim())) continue;
      const k = entityKey(form);
      for (const f of new Set([k, bare(k)])) glosses.set(f, [...(glosses.get(f) ?? []), w.words]);
    }
  const list = (sets: Record<NameLanguage, Set<string>>): Record<NameLanguage, string[]> => ({ ar: [...sets.ar], fa: [...sets.fa] });
  return { phraseWords: list(phraseWords), dictionary: list(dictionary), glosses: [...glosses] };
}

interface WordSets {
  readonly phraseWords: Record<NameLanguage, Set<string>>;
  readonly dictionary: Record<NameLanguage, Set<string>>;
  readonly glosses: Map<string, string[]>;
}

let sets: WordSets | undefined;

function wordSets(): WordSets {
  if (sets) return sets;
  const words = COMPILED_LEXICON_WORDS ?? compileLexiconWords();
  const setsOf = (lists: Record<NameLanguage, string[]>): Record<NameLanguage, Set<string>> => ({
    ar: new Set(lists.ar),
    fa: new Set(lists.fa),
  });
  sets = { phraseWords: setsOf(words.phraseWords), dictionary: setsOf(words.dictionary), glosses: new Map(words.glosses) };
  return sets;
}

/** Whether a folded word is in one of a language's sets (either language when not given), Arabic without its article. */
function inSets(sets: Record<NameLanguage, Set<string>>, key: string, language: NameLanguage | undefined): boolean {
  return (language ? [language] : (['ar', 'fa'] as const)).some((l) => sets[l].has(l === 'ar' ? bare(key) : key));
}

/**
 * Whether a folded word is a word of a phrase of the bilingual lexicon (داخله of وزارت امور داخله, Dari for the
 * interior ministry), though no headword alone: a name translated word by word may hold it.
 */
export function isLexiconPhraseWord(key: string, language: NameLanguage | undefined): boolean {
  return inSets(wordSets().phraseWords, key, language);
}

/**
 * Whether a folded word is an ordinary word of a language (either when not given) by the headwords of the
 * bilingual lexicon: قطار (train), جاده (road), مدرن (modern).
 */
export function isDictionaryWord(key: string, language: NameLanguage | undefined): boolean {
  return inSets(wordSets().dictionary, key, language);
}

/** The English words the English word list translates a folded word by (المپیک → olympic), or none. */
export function englishGlosses(key: string): readonly string[] {
  const glosses = wordSets().glosses;
  return glosses.get(key) ?? glosses.get(bare(key)) ?? [];
}
