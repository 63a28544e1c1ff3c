import type { NameLanguage } from './gazetteer.js';

/**
 * The lexicon's headwords folded, per language (the Arabic article taken off), as the build computed them (see
 * `compileDictionary`): each language's words sorted and front-coded (`packWords`), which keeps the browser module
 * about 16 KB (gzipped) smaller than a list of the words. In the source it is empty and the words are folded at
 * first use; the build (tsup.config.ts) replaces this module with the words folded from the same lists, so that the
 * published library loads them instead of folding every headword at every start.
 */
export const COMPILED_DICTIONARY: Record<NameLanguage, string> | undefined = undefined;
