import { readDates, type ExtractDatesOptions } from '../extract/dates.js';
import type { DateMention } from '../extract/date-mention.js';
import { prepareText, type PreparedText } from '../extract/document.js';
import { namesIn, type NameMention } from '../names/find/find-names.js';
import { detectLanguage } from '../text/language.js';
import { numberReadings } from '../extract/numbers.js';
import { type NumberMention } from '../extract/number-mention.js';
import type { ClaimDraft, SentenceFacts } from '../align/claim-types.js';
import type { NumberSpan } from '../align/claim-types.js';
import type { Analysed } from '../align/features.js';
import type { Sentence } from '../segment/segment.js';
import type { Language } from '../text/language.js';
import { elementAt } from '../contract/element-at.js';

/**
 * What a comparison reads of one document as a whole — its folded tokens, its names, numbers and dates — each
 * worked out once, when first asked, and shared by every stage and detector that needs it (and, through the
 * prepared document, by every pair compareMany makes with it). The lists are shared: their readers copy what
 * they change.
 */
export class DocumentFacts {
  private preparedText: PreparedText | undefined;
  private foundNames: readonly NameMention[] | undefined;
  private readonly numberLists = new Map<
    boolean,
    { readonly labelled: readonly NumberMention[]; readonly plain: readonly NumberMention[] }
  >();
  private readonly dateLists = new Map<string, readonly DateMention[]>();
  private readonly analysed = new WeakMap<object, (Analysed | undefined)[]>();
  private readonly drafts = new WeakMap<object, (ClaimDraft | undefined)[]>();
  private readonly factsBySentence = new WeakMap<readonly Sentence[], (sentence: number) => SentenceFacts>();

  constructor(
    readonly text: string,
    readonly language: Language | 'unknown',
  ) {}

  /** The text folded and cut into tokens, as extractDates and extractNumbers read it. */
  get prepared(): PreparedText {
    return (this.preparedText ??= prepareText(this.text, this.language === 'unknown' ? undefined : this.language));
  }

  /**
   * Lets the folded text go (ten bytes and more per character, the largest part of a long comparison's memory)
   * once every reading the comparison needs has been taken: the readings stay, and one asked later folds the
   * text again.
   */
  forgetText(): void {
    if (this.preparedText) release(this.preparedText);
    this.preparedText = undefined;
  }

  /** `findNames(text, { language, adjectives: true })`: the names, adjectives of places included. */
  names(): readonly NameMention[] {
    // The text as the prepared text folded and cut it: doing it again for the names would give the same.
    return (this.foundNames ??= namesIn(this.prepared, this.language === 'unknown' ? nameLanguage(this.text) : this.language, true));
  }

  /** `extractNumbers(text, { language, includeLabels, includeDates })`. */
  numbers(options: { readonly includeLabels: boolean; readonly includeDates: boolean }): readonly NumberMention[] {
    let lists = this.numberLists.get(options.includeDates);
    // Numbers inside dates are the dates': the dates are read once for all the ways of reading numbers; and
    // one reading gives the numbers with labels and without.
    if (!lists)
      this.numberLists.set(
        options.includeDates,
        (lists = numberReadings(this.prepared, options.includeDates, options.includeDates ? undefined : this.dates({}))),
      );
    return options.includeLabels ? lists.labelled : lists.plain;
  }

  /**
   * The names and the numbers in words of each sentence, with spans in the sentence, for the claim space: read
   * in the whole document (a name the document gave in full before is known again where it recurs alone).
   */
  sentenceFacts(sentences: readonly Sentence[]): (sentence: number) => SentenceFacts {
    // Asked again by every comparison of a remembered document, with the same sentences. A long document's are
    // not kept: its comparison asks once (it measures its mode on a sample), and kept they would stay alive
    // through the detectors, a tenth of what a long comparison holds; grouping the mentions again is cheap.
    if (sentences.length > KEPT_ANALYSES) return this.readSentenceFacts(sentences);
    let facts = this.factsBySentence.get(sentences);
    if (!facts) this.factsBySentence.set(sentences, (facts = this.readSentenceFacts(sentences)));
    return facts;
  }

  private readSentenceFacts(sentences: readonly Sentence[]): (sentence: number) => SentenceFacts {
    const names = bySentence(sentences, this.names(), (m, at) =>
      m.entity ? { start: m.start - at, end: m.end - at, id: m.entity.id } : { start: m.start - at, end: m.end - at },
    );
    const numbers = bySentence(
      sentences,
      this.numbers({ includeLabels: false, includeDates: false }).filter((m) => m.form !== 'digits'),
      (m, at): NumberSpan => ({ start: m.start - at, end: m.end - at, value: m.value }),
    );
    return (i) => ({ names: names[i] ?? NONE, numbers: numbers[i] ?? NONE });
  }

  /**
   * Where the aligner leaves its analysis of each sentence (folded, cut, looked up) for the claim space to take
   * instead of analysing it again: kept for documents of up to {@link KEPT_ANALYSES} sentences (a longer one
   * measures its mode on a sample, and keeping them all would cost memory in proportion to the text).
   */
  analyses(lookup: object, sentences: number): (Analysed | undefined)[] | undefined {
    return keptPerSentence(this.analysed, lookup, sentences);
  }

  /**
   * Where the claim space keeps each sentence's draft (see `ClaimDraft`) for the next comparison of this document
   * with the same lookup: kept, like the analyses, for documents of up to {@link KEPT_ANALYSES} sentences.
   */
  claimDrafts(lookup: object, sentences: number): ((sentence: number, make: () => ClaimDraft) => ClaimDraft) | undefined {
    const list = keptPerSentence(this.drafts, lookup, sentences);
    return list && ((sentence, make) => (list[sentence] ??= make()));
  }

  /** `extractDates(text, { language, referenceDate, islamic })`. */
  dates(options: Omit<ExtractDatesOptions, 'language'>): readonly DateMention[] {
    // extractDates places lunar dates by Umm al-Qura unless told otherwise: no option and that one read alike.
    const key = `${options.referenceDate ?? ''}:${options.islamic ?? 'umalqura'}`;
    let list = this.dateLists.get(key);
    if (!list) this.dateLists.set(key, (list = readDates(this.prepared, options)));
    return list;
  }
}

/**
 * Hands the memory of a forgotten text's typed arrays (most of a folded text's size) to new buffer objects that
 * nothing holds, which the engine frees at its next minor collection: the text's own buffers, moved to its old
 * space while the text was read, kept that memory until the next full collection, which a long comparison may
 * not run again before it returns. The text's arrays are empty after.
 */
function release(prepared: PreparedText): void {
  // Each buffer once, and only one that can move (not shared, not already empty): a buffer listed twice or one that
  // cannot move makes structuredClone throw, and freeing early is only a saving, never needed for an answer.
  const buffers = [
    ...new Set([prepared.normalized.offsets, prepared.starts, prepared.ends, prepared.kinds, prepared.types].map((a) => a.buffer)),
  ].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 0);
  try {
    structuredClone(buffers, { transfer: buffers });
  } catch {
    // An engine without transfer keeps the memory until its next full collection, as before.
  }
}

/** See {@link DocumentFacts.analyses}. */
const KEPT_ANALYSES = 2000;

/** The list kept per lookup of what a document's sentences gave, or undefined for a document too long to keep it for. */
function keptPerSentence<T>(by: WeakMap<object, (T | undefined)[]>, lookup: object, sentences: number): (T | undefined)[] | undefined {
  if (sentences > KEPT_ANALYSES) return undefined;
  let list = by.get(lookup);
  if (!list) by.set(lookup, (list = []));
  return list;
}

/**
 * Mentions (in order) grouped by the sentence they lie in, with spans made relative to it (`as` is given the
 * sentence's start); one that crosses a sentence's end is left out. A sentence without any has no list: most
 * sentences of a long text name nothing, and an empty list each cost memory in proportion to the text.
 */
function bySentence<T extends { start: number; end: number }, U>(
  sentences: readonly Sentence[],
  mentions: readonly T[],
  as: (m: T, offset: number) => U,
): (U[] | undefined)[] {
  const out = new Array<U[] | undefined>(sentences.length).fill(undefined);
  let s = 0;
  for (const m of mentions) {
    while (s < sentences.length && elementAt(sentences, s).end <= m.start) s++;
    const sentence = sentences[s];
    if (!sentence || m.start < sentence.start || m.end > sentence.end) continue;
    (out[s] ??= []).push(as(m, sentence.start));
  }
  return out;
}

/** The one empty list of a sentence without names or numbers (frozen: it is every such sentence's). */
const NONE: readonly never[] = Object.freeze([]);

/** The language findNames reads a text of unknown language in: the one detected, Persian or else Arabic. */
function nameLanguage(text: string): 'ar' | 'fa' {
  return detectLanguage(text).language === 'fa' ? 'fa' : 'ar';
}

const byText = new WeakMap<object, DocumentFacts>();

/**
 * The facts of a document the detectors see: those the comparison prepared with it, or (for a context built by
 * hand) facts worked out once per document object.
 */
export function factsOf(doc: {
  readonly text: string;
  readonly language: Language | 'unknown';
  readonly facts?: DocumentFacts;
}): DocumentFacts {
  if (doc.facts && doc.facts.text === doc.text && doc.facts.language === doc.language) return doc.facts;
  let facts = byText.get(doc);
  if (!facts) byText.set(doc, (facts = new DocumentFacts(doc.text, doc.language)));
  return facts;
}
