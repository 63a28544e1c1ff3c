import type { NameLanguage } from './gazetteer.js';

/** The folded words the name comparison asks about, per language; each list is a set's members, in order. */
export interface LexiconWords {
  /** Folded words of the lexicon's phrases that are no headword alone (the Arabic article taken off). */
  readonly phraseWords: Record<NameLanguage, string[]>;
  /** The lexicon's headwords folded (the Arabic article taken off). */
  readonly dictionary: Record<NameLanguage, string[]>;
  /** Folded Arabic-script word and the English words the English word list translates it by, in the map's order. */
  readonly glosses: [key: string, english: string[]][];
}

/**
 * The folded word sets of the lexicon and the English word list as the build computed them (see
 * `compileLexiconWords`). In the source it is empty and the sets are read from the lists at first use; the build
 * (tsup.config.ts) replaces this module with the sets read from the same lists, so that the published library
 * loads them instead of folding every word at every start.
 */
export const COMPILED_LEXICON_WORDS: LexiconWords | undefined = undefined;
