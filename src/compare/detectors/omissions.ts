import type { OmissionFinding, Side } from '../../model/types.js';
import { foldText } from '../../text/normalize.js';
import { tokenize } from '../../text/tokens.js';
import { sideSpan, type ComparisonContext, type ContextDocument, type Detector, type Labels } from '../context.js';
import { elementAt } from '../../contract/element-at.js';
import { factsOf } from '../document-facts.js';
import { mentionsBySentence } from '../mentions.js';
import type { ReportBead } from '../../model/types.js';
import type { NumberMention } from '../../extract/number-mention.js';
import type { NameMention } from '../../names/find/find-names.js';

/** Options of the omission detector. */
export interface OmissionOptions {
  /** Beads with both sides paired below this confidence are reported. Default 0.5. */
  readonly lowConfidence: number;
}

/**
 * Below this confidence a pairing is in doubt when it sits beside a sentence left out (the aligner could as
 * well have paired the other side with the sentence left out: a headline and the lede that repeats it, two
 * sentences on one subject, and then the one left out is this one) or when it joins two sentences of one
 * side to one of the other (one of the two may have no counterpart, merged for want of a better place).
 */
const DOUBT = 0.85;

/** Fewer words than this, and no digit: a caption, a credit, a label or a title, not a statement. */
const MIN_STATEMENT_WORDS = 4;

/** Why sentences left out are no content: `short` (a caption, a credit, a title) or `repeated` (a line the document already has). */
type NotContent = 'short' | 'repeated';

/** The words of a text, folded, without punctuation. */
function wordsOf(text: string): string[] {
  return tokenize(foldText(text))
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.text);
}

/**
 * Whether the sentences of one side of a bead are no content: all of them short lines without a number,
 * or lines that repeat, word for word, another sentence of the same document.
 */
function notContent(doc: FoldedDocument, indices: readonly number[]): NotContent | undefined {
  if (
    indices.every((i) => {
      const w = doc.words(i);
      return w.length < MIN_STATEMENT_WORDS && !w.some((x) => /\d/u.test(x));
    })
  )
    return 'short';
  // A line is repeated when a sentence outside the bead folds to the same words: the document's count of
  // those words is more than the bead's own sentences account for.
  return indices.every((i) => {
    const line = doc.line(i);
    return line.length > 0 && doc.count(line) > indices.filter((j) => doc.line(j) === line).length;
  })
    ? 'repeated'
    : undefined;
}

/**
 * A document's sentences as folded words, each sentence read once per detection however many left-out
 * beads ask (asking every other sentence for every left-out one made long texts quadratic).
 */
class FoldedDocument {
  private readonly wordsOf: (readonly string[] | undefined)[] = [];
  private counts: Map<string, number> | undefined;

  constructor(private readonly doc: ContextDocument) {}

  /** The words of a sentence, folded, without punctuation. */
  words(i: number): readonly string[] {
    let w = this.wordsOf[i];
    if (!w) this.wordsOf[i] = w = wordsOf(this.doc.sentences[i]?.text ?? '');
    return w;
  }

  /** A sentence's folded words as one line. */
  line(i: number): string {
    return this.words(i).join(' ');
  }

  /** How many sentences of the document fold to this line. */
  count(line: string): number {
    if (!this.counts) {
      this.counts = new Map();
      // Every sentence's line, but only the asked sentences' words kept: every sentence's would be a list of
      // strings per sentence alive through the detector, most of its memory on a text of many short lines.
      for (let i = 0; i < this.doc.sentences.length; i++) {
        const l = this.wordsOf[i]?.join(' ') ?? wordsOf(elementAt(this.doc.sentences, i).text).join(' ');
        this.counts.set(l, (this.counts.get(l) ?? 0) + 1);
      }
    }
    return this.counts.get(line) ?? 0;
  }
}

/** The facts a sentence's counterpart must share for it to be no omission (read into {@link FactKeys}). */
function factReadings(doc: ContextDocument): { numbers: readonly NumberMention[]; names: readonly NameMention[] } {
  const facts = factsOf(doc);
  return { numbers: facts.numbers({ includeLabels: true, includeDates: true }), names: facts.names() };
}

/**
 * The facts of each sentence a translation keeps whatever its wording: the values of its numbers and the known
 * places and bodies it names, worked out for the whole document once, when a bead first asks.
 */
class FactKeys {
  private bySentence: readonly Set<string>[] | undefined;

  constructor(private readonly doc: ContextDocument) {}

  of(i: number): ReadonlySet<string> {
    this.bySentence ??= this.read();
    return this.bySentence[i] ?? NO_FACTS;
  }

  private read(): Set<string>[] {
    const out = this.doc.sentences.map(() => new Set<string>());
    const facts = factReadings(this.doc);
    const numbers = mentionsBySentence(this.doc, facts.numbers);
    const names = mentionsBySentence(this.doc, facts.names);
    out.forEach((set, i) => {
      for (const m of numbers[i] ?? []) set.add(`n${m.value}`);
      for (const m of names[i] ?? []) if (m.entity) set.add(`e${m.entity.id}`);
    });
    return out;
  }
}

const NO_FACTS: ReadonlySet<string> = new Set();

/**
 * Whether a bead that joins several sentences of one side to one of the other has each of the several
 * accounted for: each states a fact of the one (a number's value, a known place or body) that the others do
 * not. A long sentence the translation split in two is so; a sentence merged for want of a better place, with
 * no counterpart of its own, states nothing of its neighbour's counterpart.
 */
function splitAccountedFor(bead: ReportBead, facts: { readonly a: FactKeys; readonly b: FactKeys }): boolean {
  const [one, several, oneFacts, severalFacts] =
    bead.a.length === 1 ? [bead.a, bead.b, facts.a, facts.b] : bead.b.length === 1 ? [bead.b, bead.a, facts.b, facts.a] : [];
  if (!one || !several || !oneFacts || !severalFacts) return false;
  const whole = oneFacts.of(elementAt(one, 0));
  return several.every((i) =>
    [...severalFacts.of(i)].some((f) => whole.has(f) && several.every((j) => j === i || !severalFacts.of(j).has(f))),
  );
}
/** The left-out sentence as the message quotes it: its first words. */
function quote(doc: ContextDocument, indices: readonly number[]): string {
  const text = indices
    .map((i) => doc.sentences[i]?.text ?? '')
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (text.length <= QUOTE_LENGTH) return text;
  // Cut at the last space before the limit, not inside a word.
  const cut = text.lastIndexOf(' ', QUOTE_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : QUOTE_LENGTH)} …`;
}
const QUOTE_LENGTH = 90;

/** The message of each rule, in one place. */
const MESSAGES = {
  sentence: (L: Labels, present: Side, count: number, text: string, why: NotContent | undefined): string => {
    const absent: Side = present === 'a' ? 'b' : 'a';
    const these = count === 1 ? 'This sentence' : `These ${count} sentences`;
    const has = count === 1 ? 'has' : 'have';
    if (why === 'short')
      return `${count === 1 ? 'This short line' : `These ${count} short lines`} of ${L[present]} (a title, a caption or a credit: «${text}») ${has} no counterpart in ${L[absent]}.`;
    if (why === 'repeated')
      return `${these} of ${L[present]} repeat${count === 1 ? 's' : ''} a line the document already has («${text}») and ${has} no counterpart in ${L[absent]}.`;
    return `${these} of ${L[present]} ${has} no counterpart in ${L[absent]}: «${text}».`;
  },
  lowConfidence: (confidence: number): string =>
    `These sentences were paired with a confidence of only ${Math.round(confidence * 100)}%: one side may say something the other does not.`,
  merged: (L: Labels, confidence: number, side: Side): string =>
    `These sentences were paired with a confidence of ${Math.round(confidence * 100)}%, two of ${L[side]} to one: one of the two may have no counterpart.`,
  facing:
    'Neither of these sentences was paired, but each stands where the other would: they may translate each other loosely, or say different things.',
  besideOmission: (confidence: number): string =>
    `These sentences were paired with a confidence of ${Math.round(confidence * 100)}%, beside a sentence without a counterpart that says much the same: either may be the one the other document leaves out.`,
};

/**
 * Sentences with no counterpart (`omission/sentence`: a warning for a sentence of content, info for a short
 * line — a title, a caption, a credit — or a line the document repeats) and pairings the aligner is not sure
 * of (`omission/low-confidence`: below the threshold; below 85% beside a sentence left out or when joining
 * two sentences of one side to one; or a sentence of each side left unpaired where the other stands), between a report and its translation (parallel mode only).
 */
export function omissionDetector(options: OmissionOptions): Detector {
  return {
    kind: 'omission',
    read(doc) {
      factReadings(doc);
    },
    detect(ctx: ComparisonContext): OmissionFinding[] {
      const out: OmissionFinding[] = [];
      // Independent reports are not written to say the same things: what one has and the other lacks is no omission.
      if (ctx.mode === 'comparable') return out;
      // Why each bead's left-out sentences are no content, or '' for content; undefined for a bead that pairs.
      const folded = { a: new FoldedDocument(ctx.a), b: new FoldedDocument(ctx.b) };
      const facts = { a: new FactKeys(ctx.a), b: new FactKeys(ctx.b) };
      const why = ctx.beads.map((bead): NotContent | '' | undefined => {
        if ((bead.a.length === 0) === (bead.b.length === 0)) return undefined;
        return notContent(bead.a.length ? folded.a : folded.b, bead.a.length ? bead.a : bead.b) ?? '';
      });
      const contentLeftOut = (k: number): boolean => why[k] === '';
      // A sentence of each side left out, one beside the other: they stand in each other's place.
      const facing = (k: number): boolean => {
        const x = ctx.beads[k];
        const y = ctx.beads[k + 1];
        return x !== undefined && y !== undefined && why[k] === '' && why[k + 1] === '' && (x.a.length === 0) !== (y.a.length === 0);
      };
      ctx.beads.forEach((bead, index) => {
        const a = sideSpan(ctx.a, bead.a);
        const b = sideSpan(ctx.b, bead.b);
        if (facing(index - 1)) return;
        if (facing(index)) {
          const next = elementAt(ctx.beads, index + 1);
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: the rule judges the branch alone
          const x = a ?? (sideSpan(ctx.a, next.a) as { start: number; end: number });
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: the rule judges the branch alone
          const y = b ?? (sideSpan(ctx.b, next.b) as { start: number; end: number });
          out.push({
            kind: 'omission',
            rule: 'omission/low-confidence',
            severity: 'warning',
            confidence: Math.round((1 - Math.min(bead.confidence, next.confidence) / 2) * 1000) / 1000,
            message: MESSAGES.facing,
            a: ctx.location('a', x.start, x.end),
            b: ctx.location('b', y.start, y.end),
            bead: index,
          });
          return;
        }
        if (!a || !b) {
          const present: Side = a ? 'a' : 'b';
          const span = (a ?? b) as { start: number; end: number };
          const sentences = a ? bead.a : bead.b;
          const reason = why[index] || undefined;
          out.push({
            kind: 'omission',
            rule: 'omission/sentence',
            severity: reason ? 'info' : 'warning',
            confidence: bead.confidence,
            missingFrom: present === 'a' ? 'b' : 'a',
            message: MESSAGES.sentence(ctx.labels, present, sentences.length, quote(ctx[present], sentences), reason),
            [present]: ctx.location(present, span.start, span.end),
            bead: index,
          });
          return;
        }
        // At the head of the documents a headline and its lede say the same thing: the other side's headline
        // pairs as well with either, so beside a left-out one the pairing is in doubt however sure it looks.
        const atHead = index <= 1 && (contentLeftOut(0) || contentLeftOut(1)) && index !== (contentLeftOut(0) ? 0 : 1);
        const merged = bead.a.length + bead.b.length > 2 && bead.confidence < DOUBT && !splitAccountedFor(bead, facts);
        const beside = ((contentLeftOut(index - 1) || contentLeftOut(index + 1)) && bead.confidence < DOUBT) || atHead;
        if (bead.confidence < options.lowConfidence || beside || merged) {
          out.push({
            kind: 'omission',
            rule: 'omission/low-confidence',
            severity: 'warning',
            confidence: Math.round((1 - bead.confidence) * 1000) / 1000,
            message:
              bead.confidence < options.lowConfidence
                ? MESSAGES.lowConfidence(bead.confidence)
                : beside
                  ? MESSAGES.besideOmission(bead.confidence)
                  : MESSAGES.merged(ctx.labels, bead.confidence, bead.a.length > bead.b.length ? 'a' : 'b'),
            a: ctx.location('a', a.start, a.end),
            b: ctx.location('b', b.start, b.end),
            bead: index,
          });
        }
      });
      return out;
    },
  };
}
