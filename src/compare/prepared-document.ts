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
  /** Kept for the next comparison of the same text (a short text read with the default segmentation). */
  readonly remembered: boolean;
}
/** Reads a document for comparison: detects its language, cuts its sentences, finds its boilerplate. */

export function prepareDocument(input: CheckedInput, options: Pick<CompareOptions, 'segment' | 'boilerplate'> = {}): PreparedDocument {
  // A text read with the default segmentation is remembered: a newsroom compares one report with several
  // others, and each comparison would read it again. Only short texts, a few of them: what is kept is internal
  // (reports copy what they show), and a long text's facts are too large to keep after its comparison.
  const key =
    options.segment === undefined && input.text.length <= REMEMBERED_LENGTH
      ? `${options.boilerplate === false ? 0 : 1}${input.language ?? ''}\u0000${input.text}`
      : undefined;
  const known = key === undefined ? undefined : remembered.get(key);
  if (key !== undefined && known) {
    // The most recently used last, so that the first is the one to forget.
    remembered.delete(key);
    remembered.set(key, known);
    return { input, ...known };
  }
  const guess = detectLanguage(input.text);
  const language = input.language ?? guess.language;
  const sentences = segment(input.text, options.segment);
  const boilerplate =
    options.boilerplate === false ? [] : boilerplateIn(input.text, { sentences, ...(language !== 'unknown' ? { language } : {}) });
  const skipped = new Set(boilerplate.map((b) => b.sentence));
  const content = sentences.map((_, i) => i).filter((i) => !skipped.has(i));
  const read = {
    guess,
    language,
    sentences,
    boilerplate,
    content,
    facts: new DocumentFacts(input.text, language),
    remembered: key !== undefined,
  };
  if (key !== undefined) {
    remembered.set(key, read);
    const oldest = remembered.keys().next();
    if (remembered.size > REMEMBERED_TEXTS && !oldest.done) remembered.delete(oldest.value);
  }
  return { input, ...read };
}

/** Texts up to this many characters (a long news report is a tenth of it) are remembered once read… */
const REMEMBERED_LENGTH = 100_000;
/** …this many of them, the least recently compared forgotten first. */
const REMEMBERED_TEXTS = 8;
const remembered = new Map<string, Omit<PreparedDocument, 'input'>>();
/**
 * The readings remembered now, for the tests that check a report holds none of their objects: what a report
 * takes from a remembered reading (a date's interval) it copies, so that the caller owns every object of it
 * without the report being copied whole.
 */
export function rememberedReadings(): readonly object[] {
  return [...remembered.values()];
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
