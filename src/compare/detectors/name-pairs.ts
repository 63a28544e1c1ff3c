// Two names in one place, one on each side, that nothing paired: the name detector's verdicts on them (a place
// or a person substituted, respelled, or the same one written otherwise) and the words searched for them.

import { elementAt } from '../../contract/element-at.js';
import type { NameFinding, Side } from '../../model/types.js';
import type { NameMention } from '../../names/find/finder.js';
import { sentencesOf } from '../mentions.js';
import type { Span } from './name-explanation.js';
import { isOrdinaryWord } from '../../names/find/ordinary-words.js';
import { entityKey, type NameLanguage } from '../../names/gazetteer.js';
import type { NameMatch } from '../../names/name-match.js';
import { tokenize } from '../../text/tokens.js';
import type { ComparisonContext, ContextDocument } from '../context.js';
import type { NameCertainty } from '../name-certainty.js';
import { NEAR_SIMILARITY, searchCounterpart, type Counterpart } from '../name-counterpart.js';
import {
  RESPELLED_SIMILARITY,
  sameOnset,
  letterSimilarity,
  wordChange,
  letterSteps,
  spellingChange,
  foldedLetters,
  sameSkeleton,
  RESPELLED_BESIDE_SHARED,
} from '../name-sounds.js';
import { OtherSide, around, placeIn } from './name-explanation.js';
import {
  substitutionFinding,
  type NamedSpan,
  type WordComparison,
  type SubstitutionKind,
  fullerNameFinding,
  closeSoundsFinding,
} from './name-findings.js';

/**
 * The closest two words of two names by their letters, when compareNames calls them different and they are
 * alike enough to be one word spelled two ways or respelled: a respelling changes one word and leaves it close.
 */
export function closestWords(
  x: string,
  y: string,
  match: (x: string, y: string) => NameMatch,
  minLetters = 4,
  near = NEAR_SIMILARITY,
  joined = false,
  respelledAt = RESPELLED_SIMILARITY,
): WordComparison | undefined {
  let closest: WordComparison | undefined;
  const words = (s: string): string[] => (joined ? withJoins(s.split(/\s+/u)) : s.split(/\s+/u));
  for (const wx of words(x)) {
    for (const wy of words(y)) {
      if (letters(wx) < minLetters || letters(wy) < minLetters || !sameOnset(wx, wy)) continue;
      const score = letterSimilarity(wx, wy);
      if (score < near || (closest && score <= closest.score) || match(wx, wy).same) continue;
      if (wordChange(wx, wy, score, respelledAt) !== 'unrelated') closest = { a: wx, b: wy, score, steps: letterSteps(wx, wy) };
    }
  }
  return closest;
}
export const letters = (word: string): number => entityKey(word).length;
export const TANWEEN = /[\u064b-\u064d]/u;
/** The words of a name and each two neighbours written as one, as the other side may write them (دي ميستورا / دمیستورا). */

export function withJoins(words: readonly string[]): string[] {
  return [...words, ...words.slice(1).map((w, i) => `${elementAt(words, i)}${w}`)];
}
/**
 * Pairs the names left over in one role, as many on each side of a bead, in the order they are written; a
 * role named more often on one side than on the other is an omission, not a substitution, and is left.
 */
export function pairByRole(left: readonly Leftover[], right: readonly Leftover[], pair: (p: { a: NamedSpan; b: NamedSpan }) => void): void {
  if (left.length === 0 || left.length !== right.length) return;
  left.forEach((x, i) => {
    const y = elementAt(right, i);
    x.used = y.used = true;
    pair({ a: x.mention, b: y.mention });
  });
}
/**
 * Two places or organisations in one role: known to the gazetteer as two entities whose names do not look
 * alike (فرنسا / بلژیک), a conflict for countries and cities, a warning for regions, whose bounds translations
 * draw differently (آسيا والمحيط الهادئ / آسیا اقیانوسیه), and for organisations, one of which may be a body of
 * the other (الجمعية العامة للأمم المتحدة / ملل متحد); nothing when either is unknown to the gazetteer or the
 * two names look alike (سانت مارتن / سنت مارتین, which it reads as two islands).
 */
export function placePair(
  ctx: ComparisonContext,
  pair: { a: NamedSpan; b: NamedSpan },
  match: (x: string, y: string) => NameMatch,
  k: number,
  out: NameFinding[],
): void {
  if (!pair.a.entity || !pair.b.entity || letterSimilarity(pair.a.text, pair.b.text) >= ALIKE) return;
  const sure = pair.a.type === 'place' && pair.a.entity.kind !== 'region' && pair.b.entity.kind !== 'region';
  out.push(substitutionFinding(ctx, pair, sure ? 'known' : 'partly', match(pair.a.text, pair.b.text), k));
}
/**
 * Two persons (or places) in one place: a name respelled with a consonant of another sound (conflict), one
 * name spelled two ways that compareNames does not accept (info), names that share a part or some letters
 * (warning), or two people whose names share nothing (conflict when both are surely names, see `NameCertainty`;
 * else a warning). When one of them is words the finder did not take for a name (`unfound`), a warning at most.
 */
export function personPair(
  ctx: ComparisonContext,
  pair: { a: NamedSpan; b: NamedSpan },
  match: (x: string, y: string) => NameMatch,
  k: number,
  unfound = false,
  judge?: Judge,
): NameFinding {
  // Two people whose names share nothing cannot both be right only when both are surely names.
  const unsure = unfound || (judge !== undefined && !(judge.certainty.a.sure(pair.a) && judge.certainty.b.sure(pair.b)));
  const f = personVerdict(ctx, pair, match, k, unfound, unsure);
  return f.severity === 'info' && judge && !unfound ? (respelledAgainstItself(ctx, pair, match, k, judge) ?? f) : f;
}
/**
 * Two spellings of one person taken for one (info), where one side writes the person otherwise wherever else
 * the other side's spelling pairs (سكوريل here, سكوفيل elsewhere, سکویل both times): compared within one
 * script, the two spellings of that side differ in a consonant of another sound, and one names another person.
 */

export function respelledAgainstItself(
  ctx: ComparisonContext,
  pair: { a: NamedSpan; b: NamedSpan },
  match: (x: string, y: string) => NameMatch,
  k: number,
  judge: Judge,
): NameFinding | undefined {
  for (const side of ['a', 'b'] as const) {
    const own = pair[side].text.split(/\s+/u);
    for (const word of pair[side === 'a' ? 'b' : 'a'].text.split(/\s+/u)) {
      for (const elsewhere of judge.pairedWith(side, word)) {
        for (const mine of own) {
          if (foldedLetters(mine) === elsewhere) continue;
          const w = closestWords(mine, elsewhere, match);
          if (w && spellingChange(w.steps) === 'respelled')
            return substitutionFinding(ctx, pair, 'inconsistent', match(pair.a.text, pair.b.text), k, { ...w, side, elsewhere });
        }
      }
    }
  }
  return undefined;
}
/** {@link personPair} without looking elsewhere in the documents. */

export function personVerdict(
  ctx: ComparisonContext,
  pair: { a: NamedSpan; b: NamedSpan },
  match: (x: string, y: string) => NameMatch,
  k: number,
  unfound: boolean,
  unsure: boolean,
): NameFinding {
  const whole = match(pair.a.text, pair.b.text);
  const { parts, unmatched } = whole.reason;
  // A word left over beside words both names share, respelled in the other (ستافان دي ميستورا / استفان
  // دمیسمورا: the shared given name, and ميستورا written with م for ت), makes another name.
  if (parts.length > 0) {
    const rest = closestWords(unmatched.a.join(' '), unmatched.b.join(' '), match, 4, NEAR_SIMILARITY, true, RESPELLED_BESIDE_SHARED);
    if (rest && spellingChange(rest.steps) === 'respelled')
      return substitutionFinding(ctx, pair, unfound ? 'partly' : 'respelled', whole, k, rest);
  }
  const closest = closestWords(pair.a.text, pair.b.text, match);
  const change = closest ? spellingChange(closest.steps) : undefined;
  if (closest && change === 'close') return closeSoundsFinding(ctx, pair.a, pair.b, closest, k);
  if (closest && change === 'respelled') return substitutionFinding(ctx, pair, unfound ? 'partly' : 'respelled', whole, k, closest);
  // Names that share a part and whose other parts begin alike and keep some letters (أنتوني فاوتشي / آنتونی
  // فوسی) are one person spelled two ways, as far as letters can tell.
  if (parts.length > 0) {
    const rest = closestWords(unmatched.a.join(' '), unmatched.b.join(' '), match, 3, SHARED_PART_NEAR);
    if (rest && spellingChange(rest.steps) !== 'respelled') return closeSoundsFinding(ctx, pair.a, pair.b, rest, k);
  }
  // Every word of one name in the other, which has a word more (سارة بالين and a word the finder took with
  // it; رابین کریستی and the team after him): one person, one side naming more of him or running on.
  if (parts.length >= 2 && (unmatched.a.length === 0 || unmatched.b.length === 0)) return fullerNameFinding(ctx, pair.a, pair.b, whole, k);
  // Short names, or the short words left after a shared part, whose consonants are the same and only their
  // vowels are written otherwise (روس / راس, مون جاي / مون جه).
  const restA = parts.length > 0 ? unmatched.a.join(' ') : pair.a.text;
  const restB = parts.length > 0 ? unmatched.b.join(' ') : pair.b.text;
  if (restA && restB && sameSkeleton(restA, restB, parts.length > 0 ? 1 : 2))
    return closeSoundsFinding(
      ctx,
      pair.a,
      pair.b,
      { a: restA, b: restB, score: letterSimilarity(restA, restB), steps: letterSteps(restA, restB) },
      k,
    );
  const kind: SubstitutionKind =
    unsure || parts.length > 0 || letterSimilarity(pair.a.text, pair.b.text) >= SOMEWHAT_ALIKE ? 'partly' : 'different';
  return substitutionFinding(ctx, pair, kind, whole, k);
}
/** For a person named whole on one side and in part on the other, {@link respelledPart}. */
export function partOfName(
  ctx: ComparisonContext,
  x: { readonly side: Side; readonly span: NamedSpan },
  y: { readonly side: Side; readonly span: NamedSpan },
  m: NameMatch,
  match: (x: string, y: string) => NameMatch,
  k: number,
): NameFinding | undefined {
  if (m.reason.kind !== 'partial' || (x.span.type !== 'person' && y.span.type !== 'person')) return undefined;
  const [longer, shorter, folded] = m.reason.unmatched.a.length > 0 ? [x, y, m.reason.unmatched.a] : [y, x, m.reason.unmatched.b];
  const missing = longer.span.text.split(/\s+/u).filter((w) => folded.includes(foldedLetters(w)));
  return respelledPart(ctx, longer, shorter, missing, match, k);
}
/** How many characters either side of a name are read for the words its counterpart lacks. */
export const BESIDE_CHARS = 120;
/**
 * A person named in part on one side (ترامپ for دونالد ترامب): whether the words the shorter name lacks
 * stand beside it, respelled (دولالد ترامپ), which the finder left out of the shorter name. Returns the
 * finding for such a respelling, or nothing.
 */

export function respelledPart(
  ctx: ComparisonContext,
  longer: { readonly side: Side; readonly span: NamedSpan },
  shorter: { readonly side: Side; readonly span: NamedSpan },
  missing: readonly string[],
  match: (x: string, y: string) => NameMatch,
  k: number,
): NameFinding | undefined {
  const doc = ctx[shorter.side];
  const sentence = doc.sentences[ctx.location(shorter.side, shorter.span.start, shorter.span.end).sentence];
  if (!sentence || missing.length === 0) return undefined;
  // The words just around the shorter name are all that is read.
  const from = Math.max(sentence.start, shorter.span.start - BESIDE_CHARS);
  const tokens = tokenize(doc.text.slice(from, Math.min(sentence.end, shorter.span.end + BESIDE_CHARS))).map((t) => ({
    ...t,
    start: t.start + from,
    end: t.end + from,
  }));
  const first = tokens.findIndex((t) => t.end > shorter.span.start);
  let last = first;
  while (last + 1 < tokens.length && elementAt(tokens, last + 1).start < shorter.span.end) last++;
  if (first < 0) return undefined;
  const language = languageOf(doc);
  for (const at of [first - 1, first - 2, last + 1]) {
    const t = tokens[at];
    // A declined word or a word the lexicon knows (تقریباً) is no part of the name.
    if (!t || t.kind !== 'word' || TANWEEN.test(t.text) || isOrdinaryWord(entityKey(t.text), language)) continue;
    // Right beside the name, its place says it is the word the other name has there: less alike suffices.
    const respelledAt = at === first - 2 ? RESPELLED_SIMILARITY : RESPELLED_BESIDE_SHARED;
    for (const word of missing) {
      const w = closestWords(word, t.text, match, 4, NEAR_SIMILARITY, false, respelledAt);
      if (!w || spellingChange(w.steps) !== 'respelled') continue;
      const grown: NamedSpan = {
        start: Math.min(t.start, shorter.span.start),
        end: Math.max(t.end, shorter.span.end),
        text: '',
        type: 'person',
      };
      const span = { ...grown, text: doc.text.slice(grown.start, grown.end) };
      const pair = longer.side === 'a' ? { a: longer.span, b: span } : { a: span, b: longer.span };
      return substitutionFinding(
        ctx,
        pair,
        'respelled',
        match(pair.a.text, pair.b.text),
        k,
        longer.side === 'a' ? w : { ...w, a: w.b, b: w.a },
      );
    }
  }
  return undefined;
}
/**
 * Two known places or organisations whose names are this alike by their letters are one name the gazetteer
 * reads as two entities (سانت مارتن / سنت مارتین), not a substitution; and two persons this alike are not
 * two people who share nothing.
 */
export const ALIKE = 0.7;
/** Persons whose names are at least this alike by their letters may be one person spelled badly: a warning, not a conflict. */
export const SOMEWHAT_ALIKE = 0.5;
/** How alike the other parts of two names that share one must be to be one name spelled two ways. */
export const SHARED_PART_NEAR = 0.45;
export const languageOf = (doc: ContextDocument): NameLanguage => (doc.language === 'fa' ? 'fa' : 'ar');
/** A name left without a counterpart after pairing, and the near spelling of another name found for it. */

export interface Leftover {
  readonly side: Side;
  readonly mention: NameMention;
  readonly near?: Counterpart;
  used?: boolean;
}
/** What tells, for a name left over, whether it is surely a name, and whether it is part of a name that pairs. */

export interface Judge {
  readonly certainty: { readonly a: NameCertainty; readonly b: NameCertainty };
  besidePaired(side: Side, mention: NamedSpan): boolean;
  /** Takes note of a person named on `side` and found among the other side's words (`m` compares them in that order). */
  record(side: Side, m: NameMatch): void;
  /** The words of one side's names paired, elsewhere, with a word of the other side's (folded). */
  pairedWith(side: Side, word: string): readonly string[];
}
/**
 * A person named twice in a sentence, the translation naming it once: whether the translation's words there
 * hold, beside it, a respelling of the name that the finder did not take for a name (ماكبث twice, مکبث once
 * and متبث). Returns the finding for such a respelling, or nothing.
 */
export function respelledRepeat(
  ctx: ComparisonContext,
  r: { readonly side: Side; readonly mention: NameMention; readonly bead: number },
  sides: { readonly a: OtherSide; readonly b: OtherSide },
  match: (x: string, y: string) => NameMatch,
): NameFinding | undefined {
  const other: Side = r.side === 'a' ? 'b' : 'a';
  const bead = ctx.beads[r.bead];
  if (!bead) return undefined;
  const spans = around(searchSpans(ctx, r.bead, other), placeIn(ctx, r.side, bead, r.mention));
  const near = searchCounterpart(r.mention, ctx[other].text, spans, languageOf(ctx[other]), match, true).near;
  if (!near || sides[other].nameAt(near.start)) return undefined;
  const there: NamedSpan = { ...near, type: 'person' };
  const w = closestWords(r.mention.text, there.text, match);
  if (!w || spellingChange(w.steps) !== 'respelled') return undefined;
  const pair = r.side === 'a' ? { a: r.mention, b: there } : { a: there, b: r.mention };
  return substitutionFinding(
    ctx,
    pair,
    'respelled',
    match(pair.a.text, pair.b.text),
    r.bead,
    r.side === 'a' ? w : { ...w, a: w.b, b: w.a },
  );
}
/** The findings less repeats: the same rule on the same spans, found from each side (a respelling found twice). */
export function distinct(findings: readonly NameFinding[]): NameFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}:${f.a?.start ?? ''}:${f.a?.end ?? ''}:${f.b?.start ?? ''}:${f.b?.end ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The spans of the other side's sentences a leftover name of bead `k` is looked for in. */
export function searchSpans(ctx: ComparisonContext, k: number, other: Side): Span[] {
  const bead = ctx.beads[k];
  if (!bead) return [];
  const beads = bead.confidence < NEIGHBOURS_BELOW ? [k - 1, k, k + 1] : [k];
  const doc = ctx[other];
  return beads
    .flatMap((j) => (ctx.beads[j] ? sentencesOf(ctx.beads[j], other) : []))
    .map((s) => ({ start: elementAt(doc.sentences, s).start, end: elementAt(doc.sentences, s).end }));
}

/** Beads less sure than this have a leftover name looked for in their neighbours too (a sentence split differently). */
export const NEIGHBOURS_BELOW = 0.9;
