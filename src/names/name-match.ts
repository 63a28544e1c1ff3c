// What compareNames answers (a name match, its parts, its kind) and the threshold option: the vocabulary every
// part of the name comparison shares, kept apart so that each part can build answers without importing the others.

import type { KnownEntity } from './gazetteer.js';
import type { AlignedLetters, SpellingAlignment } from './phonetic.js';
import { number } from '../contract/validate.js';

/** How two name strings relate. */
export type NameMatchKind =
  /** The same letters once folded (ي/ی, ك/ک, hamza forms, spaces and ZWNJ aside). */
  | 'identical'
  /** Each language's conventional name for one place or organisation (الصين / چین). */
  | 'convention'
  /** One foreign name transliterated two ways (تاسماغامبيتوف / تاسماگامبتوف). */
  | 'transliteration'
  /** One name is a part of the other: a surname alone, or a name without its patronymic (رحمون / إمام علي رحمون). */
  | 'partial'
  /** Not the same name. */
  | 'different';
/** One part of a name matched with its counterpart (a word, or words written together on one side). */

export interface NamePartMatch {
  /** The part as folded letters of the first name (words joined). */
  readonly a: string;
  /** The counterpart in the second name. */
  readonly b: string;
  /** How well the two spellings agree, 0–1. */
  readonly score: number;
  /** The letter-by-letter alignment. */
  readonly alignment: SpellingAlignment;
}
/** Why {@link compareNames} decided as it did, in a form a report can show. */

export interface NameMatchReason {
  /** What kind of match (or mismatch) this is. */
  readonly kind: NameMatchKind;
  /** One plain sentence for a reader. */
  readonly detail: string;
  /** The place or organisation a convention or a lexicon lookup identified. */
  readonly entity?: KnownEntity;
  /** The parts of the two names, matched in order. Empty when a lexicon decided alone. */
  readonly parts: readonly NamePartMatch[];
  /** Words of either name that have no counterpart (the given name missing from a surname alone). */
  readonly unmatched: {
    /** Words of the first name (folded) with no counterpart in the second. */
    readonly a: readonly string[];
    /** Words of the second name (folded) with no counterpart in the first. */
    readonly b: readonly string[];
  };
  /** The letter-level differences (the alignment steps that are not `same`), across all parts. */
  readonly differences: readonly AlignedLetters[];
}
/** The result of {@link compareNames}. */

export interface NameMatch {
  /** Whether the two strings name the same person, place or organisation. */
  readonly same: boolean;
  /** How close the two spellings are, 0–1 (1 for identical spellings and for conventions). */
  readonly score: number;
  /** Why: the kind of match, a sentence for a reader, the entity, and the letter-level alignment. */
  readonly reason: NameMatchReason;
}
/** Options for {@link compareNames}. */

export interface CompareNamesOptions {
  /** Lowest score, 0–1, at which two parts of names count as one spelled two ways. Default 0.78. */
  threshold?: number;
}
/** The check of {@link CompareNamesOptions} (which {@link clusterNames} takes too). */

export const NAME_THRESHOLD = { threshold: number({ min: 0, max: 1 }) };
/** Default lowest part score for `same`. */

export const DEFAULT_NAME_THRESHOLD = 0.78;
export function different(detail: string, extra?: Partial<NameMatchReason>, score = 0): NameMatch {
  return {
    same: false,
    score,
    reason: { kind: 'different', detail, parts: [], unmatched: { a: [], b: [] }, differences: [], ...extra },
  };
}
export function matched(kind: NameMatchKind, score: number, detail: string, entity?: KnownEntity): NameMatch {
  return {
    same: true,
    score: round(score),
    reason: { kind, detail, ...(entity ? { entity } : {}), parts: [], unmatched: { a: [], b: [] }, differences: [] },
  };
}
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
export const LANGUAGE_NAMES = { ar: 'Arabic', fa: 'Persian' } as const;
