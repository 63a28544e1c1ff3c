import type { NameMention } from '../../extract/names.js';
import { factsOf } from '../document-facts.js';
import { matchNames, type NameMatch } from '../../names/compare.js';
import { entityKey, type NameLanguage } from '../../names/gazetteer.js';
import { findSpelledName } from '../../names/spelled-in.js';
import type { NameFinding, Side } from '../../model/types.js';
import { normalize } from '../../text/normalize.js';
import { tokenize } from '../../text/tokens.js';
import { lastAtMost, type ComparisonContext, type ContextDocument, type Detector } from '../context.js';
import { mentionsBySentence, sentencesOf } from '../mentions.js';
import { NEAR_SIMILARITY, searchCounterpart, type Counterpart } from '../name-counterpart.js';
import { foldedLetters, letterSimilarity, letterSteps, sameOnset, spellingChange, wordChange } from '../name-sounds.js';
import { pairMentions } from '../pairing.js';
import { around, OtherSide, placeIn, type Span } from './name-explanation.js';
import {
  closeSoundsFinding,
  spellingFinding,
  substitutionFinding,
  unmatchedFinding,
  type NamedSpan,
  type SubstitutionKind,
  type WordComparison,
} from './name-findings.js';

/** Names and adjectives of places: الصينيون on one side answers چین on the other, though it is no name itself. */
function names(doc: ContextDocument): NameMention[][] {
  // findNames(doc.text, { language, adjectives: true }), read once per document (see factsOf).
  return mentionsBySentence(doc, factsOf(doc).names());
}

const isAdjective = (m: NamedSpan): boolean => m.form === 'adjective';

/** Places and organisations that share an entity id match whatever their form. */
function sameEntity(x: NamedSpan, y: NamedSpan): boolean {
  return x.entity !== undefined && y.entity !== undefined && x.entity.id === y.entity.id;
}

const NEIGHBOURS_BELOW = 0.9;
/**
 * Two known places or organisations whose names are this alike by their letters are one name the gazetteer
 * reads as two entities (سانت مارتن / سنت مارتین), not a substitution; and two persons this alike are not
 * two people who share nothing.
 */
const ALIKE = 0.7;
/** Persons whose names are at least this alike by their letters may be one person spelled badly: a warning, not a conflict. */
const SOMEWHAT_ALIKE = 0.5;
/** How alike the other parts of two names that share one must be to be one name spelled two ways. */
const SHARED_PART_NEAR = 0.45;
/** How alike a place's letters must be to a word of the other side for the word to be its spelling. */
const PLACE_NEAR = 0.75;

const sameSurface = (x: string, y: string): boolean => normalize(x).text.replace(/ /g, '') === normalize(y).text.replace(/ /g, '');

/** The role a name plays, which two names must share to be one in place of the other. */
type Role = 'person' | 'country' | 'place' | 'organization';

function roleOf(m: NamedSpan): Role | undefined {
  if (m.type === 'person' || m.type === 'organization') return m.type;
  if (m.type === 'place') return m.entity?.kind === 'country' ? 'country' : 'place';
  return undefined;
}

/** A name left without a counterpart after pairing, and the near spelling of another name found for it. */
interface Leftover {
  readonly side: Side;
  readonly mention: NameMention;
  readonly near?: Counterpart;
  used?: boolean;
}

const languageOf = (doc: ContextDocument): NameLanguage => (doc.language === 'fa' ? 'fa' : 'ar');

/**
 * Names: the same entity spelled two ways (`name/spelling`), a place named by each language's convention
 * (`name/convention`), another entity named in the same role (`name/substitution`: another country, another
 * person, a name respelled into another), and a name whose counterpart names nothing that corresponds
 * (`name/unmatched`) — often because the other side has a pronoun or a title, which the finding then points at.
 *
 * Names are paired inside a bead first; a name left over is looked for in the neighbouring beads, then among
 * the other side's words (a spelling the finder did not take for a name), before it counts as unmatched, so
 * a sentence split across beads or a name the finder missed does not produce false findings. Two names left
 * over in one role, one on each side of a bead, are one substitution; a role named more often on one side
 * than on the other is an omission, not a substitution.
 */
export const nameDetector: Detector = {
  kind: 'name',
  detect(ctx: ComparisonContext): NameFinding[] {
    const cache = new Map<string, NameMatch>();
    const match = (x: string, y: string): NameMatch => {
      const key = `${x}\u0000${y}`;
      let m = cache.get(key);
      if (!m) cache.set(key, (m = matchNames(x, y)));
      return m;
    };
    const bySentence = { a: names(ctx.a), b: names(ctx.b) };
    const { pairs, unmatched } = pairMentions(ctx, bySentence, {
      score: (x, y) => {
        if (isAdjective(x) || isAdjective(y)) return sameEntity(x, y) ? 0.5 : undefined;
        // The same letters on both sides (a Latin acronym, SCIS) are the same name.
        if (x.text === y.text) return 1;
        const m = match(x.text, y.text);
        return m.same ? m.score : undefined;
      },
      // A name repeated in the next sentence is no evidence for a split sentence: look next door only
      // where the pairing itself is in doubt.
      neighbourScore: 0,
      neighbourBeads: (k) => (ctx.beads[k]?.confidence ?? 0) < NEIGHBOURS_BELOW,
      reuse: true,
    });
    const out: NameFinding[] = [];
    for (const p of pairs) {
      if (isAdjective(p.a) || isAdjective(p.b) || sameSurface(p.a.text, p.b.text)) continue;
      const m = match(p.a.text, p.b.text);
      const respelled = ctx.mode === 'parallel' ? partOfName(ctx, { side: 'a', span: p.a }, { side: 'b', span: p.b }, m, match, p.bead) : undefined;
      out.push(respelled ?? spellingFinding(ctx, p.a, p.b, m, p.bead));
    }
    // Independent reports name whom they choose: a name without a counterpart is no finding between them.
    if (ctx.mode !== 'parallel') return out;
    const byBead = new Map<number, NameMention[][]>();
    for (const u of unmatched) {
      const list = byBead.get(u.bead) ?? [[], []];
      byBead.set(u.bead, list);
      (list[u.side === 'a' ? 0 : 1] as NameMention[]).push(u.mention);
    }
    const everywhere = { a: bySentence.a.flat().filter((m) => !isAdjective(m)), b: bySentence.b.flat().filter((m) => !isAdjective(m)) };
    const sides = { a: new OtherSide(ctx, 'a', everywhere.a), b: new OtherSide(ctx, 'b', everywhere.b) };
    for (const [bead, [left, right]] of [...byBead].sort((x, y) => x[0] - y[0])) {
      for (const f of leftoverFindings(ctx, bead, { a: left as NameMention[], b: right as NameMention[] }, sides, match)) out.push(f);
    }
    return out;
  },
};

/** The spans of the other side's sentences a leftover name of bead `k` is looked for in. */
function searchSpans(ctx: ComparisonContext, k: number, other: Side): Span[] {
  const bead = ctx.beads[k];
  if (!bead) return [];
  const beads = (bead.confidence ?? 0) < NEIGHBOURS_BELOW ? [k - 1, k, k + 1] : [k];
  const doc = ctx[other];
  return beads.flatMap((j) => (ctx.beads[j] ? sentencesOf(ctx.beads[j], other) : [])).map((s) => ({ start: doc.sentences[s]!.start, end: doc.sentences[s]!.end }));
}

/**
 * How many names left over on one side of a bead are searched for among the other side's words, at most. A bead
 * of ordinary sentences has a handful; a giant one (a text without punctuation) may have thousands, and the
 * rest of them are weighed by what is cheap (found names, pronouns, titles, names elsewhere).
 */
const MAX_SEARCHED = 200;

function leftoverFindings(
  ctx: ComparisonContext,
  k: number,
  leftovers: { readonly a: readonly NameMention[]; readonly b: readonly NameMention[] },
  sides: { readonly a: OtherSide; readonly b: OtherSide },
  match: (x: string, y: string) => NameMatch,
): NameFinding[] {
  const bead = ctx.beads[k]!;
  const out: NameFinding[] = [];
  const open: Leftover[] = [];
  for (const side of ['a', 'b'] as const) {
    const other: Side = side === 'a' ? 'b' : 'a';
    // A name in a sentence with no counterpart is part of the omission, not a finding of its own.
    if (sentencesOf(bead, other).length === 0) continue;
    const spans = searchSpans(ctx, k, other);
    let searched = 0;
    for (const mention of leftovers[side]) {
      // An adjective is no name to miss.
      if (isAdjective(mention)) continue;
      if (searched++ >= MAX_SEARCHED) {
        open.push({ side, mention });
        continue;
      }
      // A name left in Latin script (Pfizer) whose counterpart spells it in Arabic script (فايزر), with nothing
      // else to show it is a name: the same name in two scripts.
      const spelled = mention.cue === 'latin' ? spelledIn(ctx[other], spans, mention) : undefined;
      if (spelled) {
        const [x, y] = side === 'a' ? [mention, spelled.mention] : [spelled.mention, mention];
        out.push(spellingFinding(ctx, x, y, spelled.match, k));
        continue;
      }
      const found = searchCounterpart(mention, ctx[other].text, around(spans, placeIn(ctx, side, bead, mention)), languageOf(ctx[other]), match);
      // The other side names it in words the finder did not take for a name: no difference, unless the
      // words it lacks stand beside it respelled.
      if (found.same) {
        const there: NamedSpan = { ...found.same, type: mention.type };
        const respelled = partOfName(ctx, { side, span: mention }, { side: other, span: there }, found.same.match, match, k);
        if (respelled) out.push(respelled);
        continue;
      }
      // A near spelling inside a name of another kind on the other side (a person's name for a place) is not this name.
      const there = found.near ? sides[other].nameAt(found.near.start) : undefined;
      const near = found.near && !(there && there.type !== mention.type) ? found.near : undefined;
      open.push({ side, mention, ...(near ? { near } : {}) });
    }
  }
  const byRole = new Map<string, Leftover[]>();
  for (const l of open) {
    const key = `${l.side}:${roleOf(l.mention) ?? ''}`;
    const list = byRole.get(key);
    if (list) list.push(l);
    else byRole.set(key, [l]);
  }
  const of = (side: Side, role: Role): Leftover[] => (byRole.get(`${side}:${role}`) ?? []).filter((l) => !l.used);
  // Known places and organisations left over in one role, as many on each side: each is another in its place.
  for (const role of ['country', 'place', 'organization'] as const) pairByRole(of('a', role), of('b', role), (pair) => placePair(ctx, pair, match, k, out));
  // A name spelled near another on the other side, whether or not the finder took that one for a name: one
  // name spelled badly, or respelled into another.
  const starts = new Map<readonly Leftover[], number[]>();
  for (const l of open) {
    const role = roleOf(l.mention);
    if (l.used || !l.near || !role) continue;
    // A place is near another spelling only when its letters are very close (گواتیمالا / گواتیمالات).
    if (role !== 'person' && (l.near.similarity ?? 0) < PLACE_NEAR) continue;
    const other: Side = l.side === 'a' ? 'b' : 'a';
    const partner = leftoverAt(byRole.get(`${other}:${role}`) ?? [], l.near, starts);
    const there: NamedSpan = partner?.mention ?? { ...l.near, type: l.mention.type };
    l.used = true;
    if (partner) partner.used = true;
    out.push(personPair(ctx, l.side === 'a' ? { a: l.mention, b: there } : { a: there, b: l.mention }, match, k));
  }
  pairByRole(of('a', 'person'), of('b', 'person'), (pair) => out.push(personPair(ctx, pair, match, k)));
  // A pronoun or a title stands for a name only when the other side leaves no person of its own there.
  const leavesPerson = { a: (byRole.get('a:person') ?? []).length > 0, b: (byRole.get('b:person') ?? []).length > 0 };
  for (const l of open) {
    if (l.used) continue;
    const other: Side = l.side === 'a' ? 'b' : 'a';
    const place = placeIn(ctx, l.side, bead, l.mention);
    const spans = sides[other].spansFor(bead, place);
    const share = l.mention.start / Math.max(1, ctx[l.side].text.length);
    const why = sides[other].explain(l.mention, spans, leavesPerson[other], match, share);
    // A person the other side does not name, where it has two words together that could be a name the finder
    // did not take for one, at about the same place in the sentence: another person there, maybe.
    const stranger = l.mention.type === 'person' && (!why || why.kind === 'elsewhere' || why.kind === 'title') ? sides[other].unfoundName(bead, spans, place) : undefined;
    if (stranger) {
      const pair = l.side === 'a' ? { a: l.mention, b: stranger } : { a: stranger, b: l.mention };
      out.push(substitutionFinding(ctx, pair, 'partly', match(pair.a.text, pair.b.text), k));
    } else out.push(unmatchedFinding(ctx, l.side, l.mention, why, k));
  }
  return out;
}

/** The words of the given spans that spell a Latin-script name in Arabic script, as a mention. */
function spelledIn(doc: ContextDocument, spans: readonly Span[], latin: NameMention): { mention: NameMention; match: NameMatch } | undefined {
  for (const span of spans) {
    const found = findSpelledName(latin.text, doc.text, span.start, span.end);
    if (found) return { mention: { text: found.text, start: found.start, end: found.end, type: latin.type, cue: 'latin' }, match: found.match };
  }
  return undefined;
}

/** The leftover (of a list in text order) whose name holds a span, if any; `starts` remembers each list's offsets. */
function leftoverAt(list: readonly Leftover[], span: Span, starts: Map<readonly Leftover[], number[]>): Leftover | undefined {
  let offsets = starts.get(list);
  if (!offsets) starts.set(list, (offsets = list.map((x) => x.mention.start)));
  const l = list[lastAtMost(offsets, span.start)];
  return l && !l.used && l.mention.start <= span.start && span.end <= l.mention.end ? l : undefined;
}

/**
 * The closest two words of two names by their letters, when compareNames calls them different and they are
 * alike enough to be one word spelled two ways or respelled: a respelling changes one word and leaves it close.
 */
function closestWords(x: string, y: string, match: (x: string, y: string) => NameMatch, minLetters = 4, near = NEAR_SIMILARITY): WordComparison | undefined {
  let closest: WordComparison | undefined;
  for (const wx of x.split(/\s+/u)) {
    for (const wy of y.split(/\s+/u)) {
      if (letters(wx) < minLetters || letters(wy) < minLetters || !sameOnset(wx, wy)) continue;
      const score = letterSimilarity(wx, wy);
      if (score < near || (closest && score <= closest.score) || match(wx, wy).same) continue;
      if (wordChange(wx, wy, score) !== 'unrelated') closest = { a: wx, b: wy, score, steps: letterSteps(wx, wy) };
    }
  }
  return closest;
}

const letters = (word: string): number => entityKey(word).length;

/**
 * Pairs the names left over in one role, as many on each side of a bead, in the order they are written; a
 * role named more often on one side than on the other is an omission, not a substitution, and is left.
 */
function pairByRole(left: readonly Leftover[], right: readonly Leftover[], pair: (p: { a: NamedSpan; b: NamedSpan }) => void): void {
  if (left.length === 0 || left.length !== right.length) return;
  left.forEach((x, i) => {
    const y = right[i] as Leftover;
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
function placePair(ctx: ComparisonContext, pair: { a: NamedSpan; b: NamedSpan }, match: (x: string, y: string) => NameMatch, k: number, out: NameFinding[]): void {
  if (!pair.a.entity || !pair.b.entity || letterSimilarity(pair.a.text, pair.b.text) >= ALIKE) return;
  const sure = pair.a.type === 'place' && pair.a.entity.kind !== 'region' && pair.b.entity.kind !== 'region';
  out.push(substitutionFinding(ctx, pair, sure ? 'known' : 'partly', match(pair.a.text, pair.b.text), k));
}

/**
 * Two persons (or places) in one place: a name respelled with a consonant of another sound (conflict), one
 * name spelled two ways that compareNames does not accept (info), names that share a part or some letters
 * (warning), or two people whose names share nothing (conflict).
 */
function personPair(ctx: ComparisonContext, pair: { a: NamedSpan; b: NamedSpan }, match: (x: string, y: string) => NameMatch, k: number): NameFinding {
  const whole = match(pair.a.text, pair.b.text);
  const closest = closestWords(pair.a.text, pair.b.text, match);
  if (closest) {
    if (spellingChange(closest.steps) !== 'respelled') return closeSoundsFinding(ctx, pair.a, pair.b, closest, k);
    return substitutionFinding(ctx, pair, 'respelled', whole, k, closest);
  }
  // Names that share a part and whose other parts begin alike and keep some letters (أنتوني فاوتشي / آنتونی
  // فوسی) are one person spelled two ways, as far as letters can tell.
  if (whole.reason.parts.length > 0) {
    const rest = closestWords(whole.reason.unmatched.a.join(' '), whole.reason.unmatched.b.join(' '), match, 3, SHARED_PART_NEAR);
    if (rest && spellingChange(rest.steps) !== 'respelled') return closeSoundsFinding(ctx, pair.a, pair.b, rest, k);
  }
  const kind: SubstitutionKind = whole.reason.parts.length > 0 || letterSimilarity(pair.a.text, pair.b.text) >= SOMEWHAT_ALIKE ? 'partly' : 'different';
  return substitutionFinding(ctx, pair, kind, whole, k);
}

/** For a person named whole on one side and in part on the other, {@link respelledPart}. */
function partOfName(
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
const BESIDE_CHARS = 120;

/**
 * A person named in part on one side (ترامپ for دونالد ترامب): whether the words the shorter name lacks
 * stand beside it, respelled (دولالد ترامپ), which the finder left out of the shorter name. Returns the
 * finding for such a respelling, or nothing.
 */
function respelledPart(
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
  const tokens = tokenize(doc.text.slice(from, Math.min(sentence.end, shorter.span.end + BESIDE_CHARS))).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
  const first = tokens.findIndex((t) => t.end > shorter.span.start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as { start: number }).start < shorter.span.end) last++;
  if (first < 0) return undefined;
  for (const at of [first - 1, first - 2, last + 1]) {
    const t = tokens[at];
    if (!t || t.kind !== 'word') continue;
    for (const word of missing) {
      const w = closestWords(word, t.text, match);
      if (!w || spellingChange(w.steps) !== 'respelled') continue;
      const grown: NamedSpan = { start: Math.min(t.start, shorter.span.start), end: Math.max(t.end, shorter.span.end), text: '', type: 'person' };
      const span = { ...grown, text: doc.text.slice(grown.start, grown.end) };
      const pair = longer.side === 'a' ? { a: longer.span, b: span } : { a: span, b: longer.span };
      return substitutionFinding(ctx, pair, 'respelled', match(pair.a.text, pair.b.text), k, longer.side === 'a' ? w : { ...w, a: w.b, b: w.a });
    }
  }
  return undefined;
}
