// One side of a comparison read once: its language (given or detected), its sentences, its boilerplate and its
// facts, shared by compare() and compareMany().

import type { ReportDocument } from '../model/types.js';
import { segment, type Sentence } from '../segment/segment.js';
import { type LanguageGuess, type Language, detectLanguage } from '../text/language.js';
import { boilerplateIn, type Boilerplate } from './boilerplate.js';
import { DocumentFacts } from './document-facts.js';
import type { CheckedInput, CompareOptions } from './options.js';

/** A document read once: its language, sentences and boilerplate, ready to be compared with any other. */

export interface PreparedDocument {
  readonly input: CheckedInput;
  readonly guess: LanguageGuess;
  readonly language: Language | 'unknown';
  readonly sentences: readonly Sentence[];
  readonly boilerplate: readonly Boilerplate[];
  /** The sentences that are not boilerplate, in order. */
  readonly content: readonly number[];
  /** How messages name it when its title does not (compareMany's id); see `documentLabels`. */
  readonly label?: string;
  /** Its names, numbers and dates, read once for every comparison it takes part in. */
  readonly facts: DocumentFacts;
}
/** Reads a document for comparison: detects its language, cuts its sentences, finds its boilerplate. */

export function prepareDocument(input: CheckedInput, options: Pick<CompareOptions, 'segment' | 'boilerplate'> = {}): PreparedDocument {
  const guess = detectLanguage(input.text);
  const language = input.language ?? guess.language;
  const sentences = segment(input.text, options.segment);
  const boilerplate =
    options.boilerplate === false ? [] : boilerplateIn(input.text, { sentences, ...(language !== 'unknown' ? { language } : {}) });
  const skipped = new Set(boilerplate.map((b) => b.sentence));
  const content = sentences.map((_, i) => i).filter((i) => !skipped.has(i));
  return { input, guess, language, sentences, boilerplate, content, facts: new DocumentFacts(input.text, language) };
}
/** A prepared document as a report describes it. */

export function describeDocument(doc: PreparedDocument): ReportDocument {
  const { input, guess } = doc;
  const language = input.language ?? guess.language;
  const variant = input.variant ?? (language === 'fa' ? guess.variant : undefined);
  return {
    language,
    ...(variant ? { variant } : {}),
    languageSource: { detected: !input.language, confidence: input.language ? 1 : guess.confidence },
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
    text: input.text,
    sentences: doc.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph })),
    ...(doc.boilerplate.length ? { boilerplate: doc.boilerplate.map((b) => ({ sentence: b.sentence, rule: b.rule })) } : {}),
  };
}
