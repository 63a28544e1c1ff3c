import { bilingualLexicon, type BilingualEntry, type BilingualLexicon } from '../lexicon/bilingual-lexicon.js';
import type { Language } from '../text/language.js';
import type { ConceptLookup } from './features.js';
import { elementAt } from '../contract/element-at.js';

/** Words longer than this that the lexicon does not know may be several words that lost their spaces. */
const GLUED = 9;
/**
 * Whether a word the lexicon does not know may be several words that lost their spaces: a long word with the
 * article ال inside it (الصحيةالوطنية). Long names and loanwords without it are not searched for pieces: they
 * seldom have any, and the search over their letters is the costly part of a first alignment.
 */
function mayBeGlued(word: string): boolean {
  return word.length > GLUED && word.indexOf('ال', 2) > 0;
}

/** How many glued words each language remembers before it starts afresh. */
const GLUED_MEMO_LIMIT = 50_000;
/** The longest piece tried when breaking a glued word. */
const MAX_PIECE = 14;

/**
 * Breaks a word that lost its spaces (خريطةللحرمالجامعي) into pieces the lexicon knows, covering as many
 * letters as possible with as few pieces as possible. Returns the concepts of all pieces.
 */
function glued(word: string, keys: (w: string) => readonly number[]): readonly number[] {
  const n = word.length;
  // best[i]: [letters covered, -pieces] for the prefix of length i; from[i]: where its last piece starts.
  const covered = new Int32Array(n + 1);
  const pieces = new Int32Array(n + 1);
  const from = new Int32Array(n + 1).fill(-1);
  for (let i = 1; i <= n; i++) {
    covered[i] = elementAt(covered, i - 1); // letter i-1 left uncovered
    pieces[i] = elementAt(pieces, i - 1);
    from[i] = -1;
    for (let s = Math.max(0, i - MAX_PIECE); s <= i - 2; s++) {
      if (keys(word.slice(s, i)).length === 0) continue;
      const c = elementAt(covered, s) + (i - s);
      const p = elementAt(pieces, s) + 1;
      if (c > elementAt(covered, i) || (c === covered[i] && p < elementAt(pieces, i))) {
        covered[i] = c;
        pieces[i] = p;
        from[i] = s;
      }
    }
  }
  if (elementAt(covered, n) < n * 0.7) return [];
  const out: number[] = [];
  for (let i = n; i > 0;) {
    const s = elementAt(from, i);
    if (s < 0) i--;
    else {
      for (const key of keys(word.slice(s, i))) out.push(key);
      i = s;
    }
  }
  return out;
}

/** The aligner's view of the bilingual lexicon: function words left out, the caller's entries marked, glued words broken. */
function lookupOf(lexicon: BilingualLexicon): ConceptLookup {
  const ignored = new Uint8Array(lexicon.conceptCount);
  const caller = new Uint8Array(lexicon.conceptCount);
  for (let id = 0; id < lexicon.conceptCount; id++) {
    const domain = lexicon.domain(id);
    // Function words (في/در, من/از) match nearly every sentence: they cost time and tell nothing.
    if (domain === 'function-words') ignored[id] = 1;
    if (domain === 'caller') caller[id] = 1;
  }
  // Breaking a glued word is a search over its letters: once per word and language is enough.
  const broken = { ar: new Map<string, readonly number[]>(), fa: new Map<string, readonly number[]>() };
  const unglued = (word: string, language: Language): readonly number[] => {
    const memo = broken[language];
    let concepts = memo.get(word);
    if (concepts === undefined) {
      if (memo.size >= GLUED_MEMO_LIMIT) memo.clear();
      memo.set(word, (concepts = glued(word, (w) => lexicon.concepts(w, language))));
    }
    return concepts;
  };
  return {
    sentence: (words: readonly string[], language: Language) => {
      const found = language === 'ar' ? lexicon.arabicSentence(words) : lexicon.persianSentence(words);
      for (let k = 0; k < found.length; k++) {
        const word = elementAt(words, k);
        if (elementAt(found, k).length === 0 && mayBeGlued(word)) found[k] = unglued(word, language);
      }
      return found;
    },
    stem: (word: string, language: Language) => lexicon.stem(word, language),
    ignored: (concept: number) => ignored[concept] === 1,
    fromCaller: (concept: number) => caller[concept] === 1,
    glued: (word: string, language: Language) =>
      mayBeGlued(word) && lexicon.concepts(word, language).length === 0 && unglued(word, language).length > 0,
  };
}

let builtIn: ConceptLookup | undefined;

/**
 * The vocabulary for one alignment: the built-in lexicon (built once), or a copy with the caller's
 * dictionary added. Entries are given as [source word, target word(s)]; when the source is Persian and the
 * target Arabic they are turned round, since the lexicon stores Arabic first.
 */
export function vocabularyFor(
  dictionary: Iterable<readonly [string, string | readonly string[]]> | undefined,
  languages: { source: Language | 'unknown'; target: Language | 'unknown' },
): ConceptLookup {
  if (!dictionary) return (builtIn ??= lookupOf(bilingualLexicon()));
  const persianFirst = languages.source === 'fa' && languages.target === 'ar';
  // Building a lexicon takes a tenth of a second: a caller who passes the same dictionary object again
  // (aligning many documents) gets the one built the first time.
  const known = withDictionary.get(dictionary)?.[persianFirst ? 1 : 0];
  if (known) return known;
  const extra: BilingualEntry[] = [...dictionary].map(([s, t]) => (persianFirst ? [t, s] : [s, t]));
  const built = lookupOf(bilingualLexicon({ extra }));
  const both = withDictionary.get(dictionary) ?? [undefined, undefined];
  both[persianFirst ? 1 : 0] = built;
  withDictionary.set(dictionary, both);
  return built;
}

/** Lexicons built with a caller's dictionary, by the dictionary object (Arabic first, Persian first). */
const withDictionary = new WeakMap<object, [ConceptLookup | undefined, ConceptLookup | undefined]>();
