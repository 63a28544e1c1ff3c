// The types of the claim space (align/claim-space.ts): each sentence's words as interned evidence keys, its
// names and numbers, and what two sentences share.

import type { Analysed, ConceptLookup, KeptKey } from './features.js';
import type { Anchor } from './types.js';

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
/**
 * A sentence read for the claim space, its keys as strings: what depends on the sentence alone (its evidence,
 * names and numbers), so that a document compared again (a remembered one, or one of compareMany's) is not read
 * again. `keys` is every key given to a token (the token's index in `keyed`), in the order it was given, so that
 * numbering them in a space gives the ids reading the sentence there would have; each key keeps the number the
 * last space gave it (see `KeptKey`), so that a draft numbered again looks none up by its string.
 */
export interface ClaimDraft {
  readonly tokens: readonly {
    readonly surface: string;
    readonly start: number;
    readonly end: number;
    readonly name: boolean;
    readonly senses: number;
  }[];
  readonly keys: readonly KeptKey[];
  readonly keyed: readonly number[];
}

/** What the caller has read of one side's sentences already (by sentence index), for the claim space to take. */

export interface SideReading {
  /** The names and numbers of a sentence. */
  readonly facts?: (sentence: number) => SentenceFacts;
  /** The sentence as the aligner analysed it (folded, cut, looked up with the same lookup), if it still has it. */
  readonly analysed?: (sentence: number) => Analysed | undefined;
  /** A sentence's draft for the claim space kept from an earlier comparison, or made now by `make` (and kept). */
  readonly draft?: (sentence: number, make: () => ClaimDraft) => ClaimDraft;
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
