import type { NameMention } from '../../names/find/find-names.js';
import type { NameMatch } from '../../names/name-match.js';
import type { AlignedLetters } from '../../names/phonetic.js';
import type { Location, NameFinding, Side } from '../../model/types.js';
import type { ComparisonContext, Labels } from '../context.js';
import { atSentenceStart } from '../labels.js';
import { foldedLetters } from '../name-sounds.js';
import { lowerFirst } from '../../names/name-words.js';

/**
 * The findings of the name detector, one builder and one message per rule, so that their wording is
 * changed in one place.
 */

/** A stretch of one document that names something: a mention the finder returned, or words found by search. */
export interface NamedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: NameMention['type'];
  readonly entity?: NameMention['entity'];
  readonly form?: NameMention['form'];
}

/** How two spellings differ, one phrase per letter step: `غ ↔ گ (g)`, `ي only in the Arabic text`. */
function describeDifferences(L: Labels, steps: readonly AlignedLetters[]): string[] {
  return steps
    .filter((s) => s.kind !== 'same')
    .map((s) =>
      s.a && s.b ? `${s.a} ↔ ${s.b}${s.sound ? ` (${s.sound})` : ''}` : s.a ? `${s.a} only in ${L.a}` : `${s.b} only in ${L.b}`,
    );
}

const noun = (type: NameMention['type']): string => (type === 'unknown' ? 'name' : type);
/** A name with its kind before it ("the person X"), or alone when its kind is unknown ("names X", not "names the name X"). */
const theNamed = (what: string, text: string): string => (what === 'name' ? text : `the ${what} ${text}`);
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** A match's explanation inside a finding's sentence: without its opening, lowered unless a Latin name opens it. */
function inSentence(detail: string): string {
  return lowerFirst(detail.replace(/^The same name transliterated two ways: /, ''));
}

// ——— name/spelling and name/convention ———

function spellingMessage(L: Labels, x: NamedSpan, y: NamedSpan, m: NameMatch, convention: boolean, oneLanguage: boolean): string {
  const what = noun(x.type !== 'unknown' ? x.type : y.type);
  // Across the two languages each names it its own way; within one, the two names are both its, and the
  // explanation says how (two Arabic names of a country, an old name and a new one).
  return convention && !oneLanguage
    ? `The same ${what} is named ${x.text} in ${L.a} and ${y.text} in ${L.b}, each by its language's convention.`
    : `The same ${what} is ${convention ? 'named' : 'spelled'} ${x.text} in ${L.a} and ${y.text} in ${L.b}: ${inSentence(m.reason.detail)}`;
}

/** The same entity written two ways (info). */
export function spellingFinding(ctx: ComparisonContext, x: NamedSpan, y: NamedSpan, m: NameMatch, bead: number): NameFinding {
  const convention = m.reason.kind === 'convention';
  return {
    kind: 'name',
    rule: convention ? 'name/convention' : 'name/spelling',
    severity: 'info',
    confidence: round(m.score),
    message: spellingMessage(ctx.labels, x, y, m, convention, ctx.a.language !== 'unknown' && ctx.a.language === ctx.b.language),
    a: ctx.location('a', x.start, x.end),
    b: ctx.location('b', y.start, y.end),
    bead,
    spellings: { a: x.text, b: y.text },
    differences: describeDifferences(ctx.labels, m.reason.differences),
    entity: x.type !== 'unknown' ? x.type : y.type,
  };
}

/** Two words of two names compared letter by letter: the words, how close they are, and the steps. */
export interface WordComparison {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly steps: readonly AlignedLetters[];
  /** For two spellings of one side (an `inconsistent` substitution): that side, and its spelling elsewhere. */
  readonly side?: Side;
  readonly elsewhere?: string;
}

/** The consonants that stand against each other, as a reader sees them: `ش and س, ر and م`. */
function hardLetters(w: WordComparison): string {
  const hard = w.steps
    .filter((s) => s.kind === 'different')
    .map((s) => (s.a && s.b ? `${s.a} and ${s.b}` : `${s.a || s.b} (written only in ${s.a ? w.a : w.b})`));
  return hard.length > 0 ? hard.join(', ') : 'their vowels and endings';
}

function closeSoundsMessage(L: Labels, x: NamedSpan, y: NamedSpan, w: WordComparison): string {
  // A name taken for a person on one side and a place on the other is first a person's (a place has its own).
  const type = x.type === 'person' || y.type === 'person' ? 'person' : x.type;
  return `Probably the same ${noun(type)}, spelled ${x.text} in ${L.a} and ${y.text} in ${L.b}: ${w.a} and ${w.b} differ only in ${hardLetters(w)}, as transliterations by ear often do.`;
}

/**
 * Two spellings that compareNames does not accept but that differ only in neighbouring sounds (ش / س, ث / ت)
 * or a consonant written on one side (كافارداركوف / کاوارداکو): probably one entity (info).
 */
export function closeSoundsFinding(ctx: ComparisonContext, x: NamedSpan, y: NamedSpan, w: WordComparison, bead: number): NameFinding {
  return {
    kind: 'name',
    rule: 'name/spelling',
    severity: 'info',
    confidence: round(Math.min(0.6, w.score)),
    message: closeSoundsMessage(ctx.labels, x, y, w),
    a: ctx.location('a', x.start, x.end),
    b: ctx.location('b', y.start, y.end),
    bead,
    spellings: { a: x.text, b: y.text },
    differences: describeDifferences(ctx.labels, w.steps),
    entity: x.type,
  };
}

/**
 * Two mentions of one person, one with a word more (سارة بالين and a word the finder ran on into; رابین
 * کریستی and the team named after him): every word of the shorter is in the longer (info).
 */
export function fullerNameFinding(ctx: ComparisonContext, x: NamedSpan, y: NamedSpan, m: NameMatch, bead: number): NameFinding {
  const L = ctx.labels;
  const [longer, side, folded] = m.reason.unmatched.a.length > 0 ? [x, L.a, m.reason.unmatched.a] : [y, L.b, m.reason.unmatched.b];
  const extra = longer.text.split(/\s+/u).filter((w) => folded.includes(foldedLetters(w)));
  return {
    kind: 'name',
    rule: 'name/spelling',
    severity: 'info',
    confidence: 0.6,
    message: `Probably the same ${noun(x.type !== 'unknown' ? x.type : y.type)}, named ${x.text} in ${L.a} and ${y.text} in ${L.b}: every word of one is in the other, and ${side} has ${extra.join(' ')} more.`,
    a: ctx.location('a', x.start, x.end),
    b: ctx.location('b', y.start, y.end),
    bead,
    spellings: { a: x.text, b: y.text },
    differences: describeDifferences(
      L,
      m.reason.parts.flatMap((p) => p.alignment.steps),
    ),
    entity: x.type !== 'unknown' ? x.type : y.type,
  };
}

// ——— name/substitution ———

/** Why two names in one role are taken for two entities. */
export type SubstitutionKind =
  /** Two places or organisations the gazetteer knows, with different ids. */
  | 'known'
  /** A place on one side, an adjective of another place on the other. */
  | 'adjective'
  /** Two persons whose names share nothing. */
  | 'different'
  /** One name respelled with a consonant of another sound: another person. */
  | 'respelled'
  /** Names that share a part, or differ by a consonant left out: a reviewer should look. */
  | 'partly'
  /**
   * One side spells the name here with a consonant of another sound than where it names the same person
   * elsewhere, the other side's spelling being the same in both places.
   */
  | 'inconsistent';

function substitutionMessage(
  L: Labels,
  x: NamedSpan,
  y: NamedSpan,
  kind: SubstitutionKind,
  detail: string,
  w: WordComparison | undefined,
): string {
  const what = noun(x.type !== 'unknown' ? x.type : y.type);
  const a = x.entity && kind !== 'adjective' ? `${x.text} (${x.entity.name})` : x.text;
  const b = y.entity && kind !== 'adjective' ? `${y.text} (${y.entity.name})` : y.text;
  const A = atSentenceStart(L.a);
  switch (kind) {
    case 'known':
      return `${A} names ${a} where ${L.b} names ${b}: two different ${what === 'place' ? 'places' : 'organisations'} in the same sentence, so one of the texts is wrong.`;
    case 'adjective':
      return `${A} speaks of ${x.text} where ${L.b} speaks of ${y.text}: they refer to different places; check which one the sentence means.`;
    case 'respelled':
      return `${A} names ${theNamed(what, x.text)} where ${L.b} writes ${y.text}: ${w ? `${w.a} and ${w.b} differ in ${hardLetters(w)}, consonants of different sounds, which` : 'that'} makes it another name, not a transliteration.`;
    case 'different':
      return `${A} names ${theNamed(what, x.text)} where ${L.b} names ${y.text}: two different ${what === 'person' ? 'people' : `${what}s`} in the same sentence, so one of the texts is wrong.`;
    case 'inconsistent': {
      const side = w?.side ?? 'a';
      const other = side === 'b' ? 'a' : 'b';
      return `${atSentenceStart(L[side])} writes the ${what} ${side === 'b' ? y.text : x.text} here and ${w?.elsewhere ?? ''} elsewhere, where ${L[other]} writes ${side === 'b' ? x.text : y.text} both times: ${w ? `${w.a} and ${w.b} differ in ${hardLetters(w)}, consonants of different sounds, so one of them` : 'one of them'} names another person.`;
    }
    case 'partly':
      return w
        ? `${A} names ${theNamed(what, x.text)} where ${L.b} names ${y.text}: ${w.a} and ${w.b} differ in ${hardLetters(w)}; check whether they are one.`
        : `${A} names ${theNamed(what, x.text)} where ${L.b} names ${y.text}, which compares as another name (${inSentence(detail).replace(/\.$/, '')}); check whether they are one.`;
  }
}

/**
 * Two different entities named in one role in a sentence and its translation: at `conflict` when both are
 * known and clearly different (two countries of the gazetteer, two people whose names share nothing, a name
 * respelled with a consonant of another sound), at `warning` when less sure.
 */
export function substitutionFinding(
  ctx: ComparisonContext,
  pair: { readonly a: NamedSpan; readonly b: NamedSpan },
  kind: SubstitutionKind,
  m: NameMatch,
  bead: number,
  word?: WordComparison,
): NameFinding {
  const { a: x, b: y } = pair;
  const severity = kind === 'adjective' || kind === 'partly' ? 'warning' : 'conflict';
  const ids: { a?: string; b?: string } = {};
  if (x.entity) ids.a = x.entity.id;
  if (y.entity) ids.b = y.entity.id;
  const differences = word
    ? describeDifferences(ctx.labels, word.steps)
    : kind === 'partly'
      ? describeDifferences(ctx.labels, m.reason.differences)
      : [];
  return {
    kind: 'name',
    rule: 'name/substitution',
    severity,
    confidence: kind === 'known' ? 0.95 : kind === 'respelled' || kind === 'different' || kind === 'inconsistent' ? 0.85 : 0.6,
    message: substitutionMessage(ctx.labels, x, y, kind, m.reason.detail, word),
    a: ctx.location('a', x.start, x.end),
    b: ctx.location('b', y.start, y.end),
    bead,
    spellings: { a: x.text, b: y.text },
    ...(differences.length > 0 ? { differences } : {}),
    entity: x.type !== 'unknown' ? x.type : y.type,
    ...(ids.a || ids.b ? { ids } : {}),
  };
}

// ——— name/unmatched ———

/** What the other side has instead of a name, which explains its absence. */
export type Explanation =
  | { readonly kind: 'pronoun'; readonly at: Location }
  | { readonly kind: 'title'; readonly at: Location }
  | { readonly kind: 'latin'; readonly at: Location }
  | { readonly kind: 'acronym'; readonly at: Location }
  | { readonly kind: 'elsewhere'; readonly at: Location }
  | { readonly kind: 'glued'; readonly at: Location };

function unmatchedMessage(L: Labels, side: Side, mention: NamedSpan, why: Explanation | undefined): string {
  const other: Side = side === 'a' ? 'b' : 'a';
  const what = noun(mention.type);
  switch (why?.kind) {
    case 'pronoun':
      return `${atSentenceStart(L[side])} names ${theNamed(what, mention.text)} where ${L[other]} has only the pronoun ${why.at.text}.`;
    case 'title':
      return `${atSentenceStart(L[side])} names ${theNamed(what, mention.text)} where ${L[other]} has only the title ${why.at.text}.`;
    case 'latin':
      return `${atSentenceStart(L[side])} names ${theNamed(what, mention.text)} where ${L[other]} writes a name in Latin letters, ${why.at.text}, which may be the same ${what}.`;
    case 'acronym':
      return `${atSentenceStart(L[side])} names ${theNamed(what, mention.text)} where ${L[other]} writes the acronym ${why.at.text}, which may stand for words that name it.`;
    case 'glued':
      return `${atSentenceStart(L[side])} names ${theNamed(what, mention.text)}; ${L[other]} writes it run together with another word (${why.at.text}), which no reader can take for the name: a space is missing there.`;
    case 'elsewhere':
      return `${atSentenceStart(L[side])} names ${theNamed(what, mention.text)} here; ${L[other]} names ${what === 'name' ? 'it' : `the same ${what}`} in another sentence (${why.at.text}), not in this one.`;
    default:
      return `${atSentenceStart(L[side])} names ${theNamed(what, mention.text)}; its counterpart in ${L[other]} names no ${what} that corresponds, nor anywhere else.`;
  }
}

/**
 * A name with no counterpart on the other side: `info` when the other side explains it (a pronoun, a
 * title, the same name in another sentence), when it is an organisation, or when only its place in the
 * sentence made it a name (`sure` false: see `NameCertainty`); `warning` for a person or place, surely a
 * name, that the other document does not name at all.
 */
export function unmatchedFinding(
  ctx: ComparisonContext,
  side: Side,
  mention: NamedSpan,
  why: Explanation | undefined,
  bead: number,
  sure = true,
): NameFinding {
  const other: Side = side === 'a' ? 'b' : 'a';
  const severity = !why && sure && (mention.type === 'person' || mention.type === 'place') ? 'warning' : 'info';
  return {
    kind: 'name',
    rule: 'name/unmatched',
    severity,
    confidence: why ? 0.8 : 0.6,
    message: unmatchedMessage(ctx.labels, side, mention, why),
    [side]: ctx.location(side, mention.start, mention.end),
    ...(why ? { [other]: why.at } : {}),
    bead,
    spellings: { [side]: mention.text },
    entity: mention.type,
    ...(mention.entity ? { ids: { [side]: mention.entity.id } } : {}),
  };
}
