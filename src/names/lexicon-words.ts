import { BUILTIN_DOMAINS } from '../lexicon/bilingual/index.js';
import { englishWords } from '../lexicon/english-words.js';
import { entityKey, withoutArticle, type NameLanguage } from './gazetteer.js';
import { COMPILED_DICTIONARY } from './lexicon-words-compiled.js';

// The words of the bilingual lexicon and of the English word list as the name comparison asks for them, folded.
// Folding the lexicon's 10,000 headwords cost a fresh process a good part of its first comparison: the build
// compiles the folded headwords (lexicon-words-compiled.ts). The phrase words and the English glosses, asked for
// less often and cheaper, are read from the lists at first use; compiled, they would grow the browser module more
// than they save.

/** The Arabic article taken off a folded word, when there is one to take. */
export function bare(key: string): string {
  return withoutArticle(key) ?? (key.startsWith('ال') && key.length === 4 ? key.slice(2) : key);
}

interface LexiconForms {
  readonly headwords: Record<NameLanguage, string[]>;
  readonly phraseWords: Record<NameLanguage, Set<string>>;
}

let forms: LexiconForms | undefined;

function lexiconForms(): LexiconForms {
  if (forms) return forms;
  const headwords: Record<NameLanguage, string[]> = { ar: [], fa: [] };
  const phraseWords: Record<NameLanguage, Set<string>> = { ar: new Set(), fa: new Set() };
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
          if (words.length === 1 && words[0]) headwords[l].push(words[0]);
          else for (const w of words) if (entityKey(w).length > 2) phraseWords[l].add(l === 'ar' ? bare(entityKey(w)) : entityKey(w));
        }
      }
    }
  }
  forms = { headwords, phraseWords };
  return forms;
}

/**
 * The single-word forms of the bilingual lexicon as written there, per language: its headwords, not the
 * stemmer's readings, since a name often ends like an inflection (پزشکیان is no plural).
 */
export function lexiconHeadwords(language: NameLanguage): readonly string[] {
  return lexiconForms().headwords[language];
}

/** The lexicon's headwords folded (the Arabic article taken off), read from the lists. */
export function foldedHeadwords(): Record<NameLanguage, Set<string>> {
  const out: Record<NameLanguage, Set<string>> = { ar: new Set(), fa: new Set() };
  for (const language of ['ar', 'fa'] as const) {
    for (const word of lexiconHeadwords(language)) {
      const key = entityKey(word);
      if (key.length > 1) out[language].add(language === 'ar' ? bare(key) : key);
    }
  }
  return out;
}

/**
 * Words as one string, sorted, each written as how many letters it shares with the word before (a digit, 9 at
 * most) and the letters after those, separated by spaces: `packWords(['كتاب', 'كتب'])` is `'0كتاب 2ب'`.
 */
export function packWords(words: Iterable<string>): string {
  let previous = '';
  const out: string[] = [];
  for (const word of [...words].sort()) {
    if (/\s/u.test(word)) throw new Error(`a packed word has no space: ${JSON.stringify(word)}`);
    let shared = 0;
    while (shared < 9 && shared < word.length && word[shared] === previous[shared]) shared++;
    out.push(`${shared}${word.slice(shared)}`);
    previous = word;
  }
  return out.join(' ');
}

/** The words of `packWords`, in its order. */
export function unpackWords(packed: string): string[] {
  let previous = '';
  const out: string[] = [];
  if (packed === '') return out;
  for (const item of packed.split(' ')) {
    previous = previous.slice(0, Number(item[0])) + item.slice(1);
    out.push(previous);
  }
  return out;
}

/** The folded headwords as the build compiles them (scripts/compile-tables.ts). */
export function compileDictionary(): Record<NameLanguage, string> {
  const words = foldedHeadwords();
  return { ar: packWords(words.ar), fa: packWords(words.fa) };
}

let dictionary: Record<NameLanguage, Set<string>> | undefined;

function dictionaryWords(): Record<NameLanguage, Set<string>> {
  dictionary ??= COMPILED_DICTIONARY
    ? { ar: new Set(unpackWords(COMPILED_DICTIONARY.ar)), fa: new Set(unpackWords(COMPILED_DICTIONARY.fa)) }
    : foldedHeadwords();
  return dictionary;
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
  return inSets(lexiconForms().phraseWords, key, language);
}

/**
 * Whether a folded word is an ordinary word of a language (either when not given) by the headwords of the
 * bilingual lexicon: قطار (train), جاده (road), مدرن (modern).
 */
export function isDictionaryWord(key: string, language: NameLanguage | undefined): boolean {
  return inSets(dictionaryWords(), key, language);
}

let glossIndex: Map<string, string[]> | undefined;

/** The English words the English word list translates a folded word by (المپیک → olympic), or none. */
export function englishGlosses(key: string): readonly string[] {
  if (!glossIndex) {
    glossIndex = new Map();
    for (const w of englishWords())
      for (const form of w.forms) {
        if (/\s/u.test(form.trim())) continue;
        const k = entityKey(form);
        for (const f of new Set([k, bare(k)])) glossIndex.set(f, [...(glossIndex.get(f) ?? []), w.words]);
      }
  }
  return glossIndex.get(key) ?? glossIndex.get(bare(key)) ?? [];
}
