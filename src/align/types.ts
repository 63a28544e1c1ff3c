import type { Language, LanguageTag } from '../text/language.js';

/**
 * One link of an alignment: sentences of the source and of the target that translate each other.
 * A bead with an empty side is a sentence that has no counterpart.
 */
export interface Bead {
  /** 0-based indices into the source sentences, consecutive and ascending. */
  readonly source: readonly number[];
  /** 0-based indices into the target sentences, consecutive and ascending. */
  readonly target: readonly number[];
  /**
   * Confidence in [0, 1] that this bead is right: its posterior probability under the alignment model,
   * summed over all alignments of the input. A threshold of 0.5 keeps the beads more likely right than wrong.
   */
  readonly confidence: number;
}

/** Why two sentences were paired: one piece of evidence shared by the two sides of a bead. */
export interface Anchor {
  /**
   * `number`: the same number (whatever its digits); `latin`: the same word in Latin letters;
   * `lexicon`: a word and its translation in the bilingual lexicon; `cognate`: a name or loanword
   * spelled alike in the two languages; `word`: the same word (texts in one language); `punctuation`:
   * quotation marks, parentheses or a question mark on both sides; `dictionary`: an entry of the caller's
   * dictionary.
   */
  readonly kind: 'number' | 'latin' | 'lexicon' | 'cognate' | 'word' | 'punctuation' | 'dictionary';
  /** The evidence as written on the source side. */
  readonly source: string;
  /** The evidence as written on the target side. */
  readonly target: string;
}

/** A bead with the evidence that paired it. */
export interface ExplainedBead extends Bead {
  /** The shared evidence, strongest first. */
  readonly anchors: readonly Anchor[];
  /** The length ratio of the two sides (target characters per source character) divided by the ratio of the whole input. */
  readonly lengthRatio: number;
}

/** The result of {@link alignSentences}. */
export interface Alignment {
  /** The beads in order; together they cover every source and every target sentence exactly once. */
  readonly beads: readonly Bead[];
}

/** The result of {@link alignSentences} with `explain: true`. */
export interface ExplainedAlignment extends Alignment {
  readonly beads: readonly ExplainedBead[];
  /** The languages the sides were read as. */
  readonly languages: {
    /** The language of the source sentences, given or detected. */
    readonly source: Language | 'unknown';
    /** The language of the target sentences, given or detected. */
    readonly target: Language | 'unknown';
  };
}

/**
 * An external similarity between a group of source sentences and a group of target sentences, for example
 * the cosine of multilingual sentence embeddings computed elsewhere. Return a value in [0, 1] (1 = same
 * meaning), or `undefined` to let the built-in signals decide alone. It is called for the candidate beads
 * the search considers, so it should be cheap (look up precomputed vectors).
 */
export type SentenceSimilarity = (source: readonly number[], target: readonly number[]) => number | undefined;

/** Options for {@link alignSentences}. */
export interface AlignOptions {
  /** The language of the source sentences (see {@link LanguageTag}); detected when absent. */
  sourceLanguage?: LanguageTag;
  /** The language of the target sentences; detected when absent. */
  targetLanguage?: LanguageTag;
  /**
   * Word pairs to trust on top of the built-in Arabic–Persian lexicon: `[sourceWord, targetWord]` or
   * `[sourceWord, [targetWord, …]]`. Words are folded (letter forms, diacritics) before matching. The
   * lexicon built with it is kept for that object and reused when the same object is passed again, so pass a
   * new object after changing its entries.
   */
  dictionary?: Iterable<readonly [string, string | readonly string[]]>;
  /** An external sentence similarity, blended with the built-in signals (see {@link SentenceSimilarity}). */
  similarity?: SentenceSimilarity;
  /**
   * Weight of the external similarity relative to the built-in lexical signal, from 0 to 100. Default 1. At 100 the
   * external similarity alone decides every pairing; more would only overflow the model's arithmetic.
   */
  similarityWeight?: number;
  /** Include the evidence for each bead (anchors and length ratio). Default `false`. */
  explain?: boolean;
}

/** Options for {@link matchClaims}. */
export interface MatchClaimsOptions {
  /** The language of the source sentences (see {@link LanguageTag}); detected when absent. */
  sourceLanguage?: LanguageTag;
  /** The language of the target sentences; detected when absent. */
  targetLanguage?: LanguageTag;
  /** Sentences to leave out of the matching (boilerplate), by index on each side. */
  skip?: {
    /** Indices of source sentences. */
    readonly source?: Iterable<number>;
    /** Indices of target sentences. */
    readonly target?: Iterable<number>;
  };
  /**
   * How far above what two sentences of these texts share by chance a pair's {@link ClaimMatch.evidence}
   * must be, in standard deviations. Default 2.5.
   */
  minSurprise?: number;
  /** How much of the two sentences' comparable content must be shared, from 0 to 1. Default 0.25. */
  minOverlap?: number;
  /**
   * Word pairs to trust on top of the built-in Arabic–Persian lexicon: `[sourceWord, targetWord]` or
   * `[sourceWord, [targetWord, …]]` (as for {@link alignSentences}).
   */
  dictionary?: Iterable<readonly [string, string | readonly string[]]>;
}

/** Two groups of sentences, one per side, that state the same thing. */
export interface ClaimMatch {
  /** Indices of the source sentences, ascending and consecutive (one, or two that one side split). */
  readonly source: readonly number[];
  /** Indices of the target sentences, ascending and consecutive. */
  readonly target: readonly number[];
  /**
   * The weight of what the two share: every shared word, name or number counts its rarity in the two texts
   * (how few of their sentences hold it), times 2 for numbers and Latin words and 1.5 for names and
   * loanwords. Function words count nothing; a name of several words counts once.
   */
  readonly evidence: number;
  /** The share of the two sides' comparable content that they have in common, from 0 to 1. */
  readonly overlap: number;
  /** How far the evidence lies above what two sentences of these texts share by chance, in standard deviations. */
  readonly surprise: number;
  /** Confidence in [0, 1] that the sentences report the same claim. */
  readonly confidence: number;
  /** What they share, strongest first. */
  readonly anchors: readonly Anchor[];
}
