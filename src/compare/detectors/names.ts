import type { NameMention } from '../../names/find/find-names.js';
import { extend } from '../../contract/extend.js';
import { memoize2 } from '../../text/memo.js';
import { factsOf } from '../document-facts.js';
import { matchNames } from '../../names/compare.js';
import { type NameMatch } from '../../names/name-match.js';
import { entityKey, lookupEntity, type NameLanguage } from '../../names/gazetteer.js';
import { matchThroughLatin } from '../../names/latin-spelled.js';
import { mayBeSame } from '../../names/latin-sounds-only.js';
import { findSpelledName } from '../../names/spelled-in.js';
import type { NameFinding, Side } from '../../model/types.js';
import { normalize } from '../../text/normalize.js';
import { lastAtMost, type ComparisonContext, type ContextDocument, type Detector } from '../context.js';
import { mentionsBySentence, sentencesOf } from '../mentions.js';
import { NameCertainty } from '../name-certainty.js';
import { searchCounterpart, withoutClitics } from '../name-counterpart.js';
import { foldedLetters, letterSimilarity, letterSteps, sameSkeleton, wordChange } from '../name-sounds.js';
import { pairMentions } from '../pairing.js';
import { around, OtherSide, placeIn, type Span } from './name-explanation.js';
import { NEIGHBOURS_BELOW, searchSpans } from './name-pairs.js';
import { closeSoundsFinding, spellingFinding, unmatchedFinding, type NamedSpan } from './name-findings.js';
import { elementAt } from '../../contract/element-at.js';
import {
  distinct,
  type Judge,
  languageOf,
  type Leftover,
  pairByRole,
  partOfName,
  personPair,
  placePair,
  respelledRepeat,
} from './name-pairs.js';

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

/** How near (a share of the bead's length) words must stand to a name's place to be weighed against it over a pronoun. */
const SAME_SPOT = 0.15;
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
  read(doc) {
    factsOf(doc).names();
  },
  detect(ctx: ComparisonContext): NameFinding[] {
    // Every comparison of this report kept while it is made (matchNames' own memo is bounded and shared): a name
    // left over is weighed against hundreds, hundreds of thousands of calls in a long text.
    const match = memoize2((x: string, y: string): NameMatch => matchNames(x, y), Number.POSITIVE_INFINITY);
    const bySentence = { a: names(ctx.a), b: names(ctx.b) };
    const readings = { a: cliticReadings(languageOf(ctx.a)), b: cliticReadings(languageOf(ctx.b)) };
    // A mention of a and one of b compared under each of their readings: the first that is the same name.
    const pairMatch = (x: NamedSpan, y: NamedSpan): NameMatch => {
      let first: NameMatch | undefined;
      for (const rx of readings.a(x)) {
        for (const ry of readings.b(y)) {
          const m = match(rx, ry);
          if (m.same) return m;
          first ??= m;
        }
      }
      return first ?? match(x.text, y.text);
    };
    const {
      pairs,
      unmatched,
      repeats = [],
    } = pairMentions(ctx, bySentence, {
      score: (x, y) => {
        if (isAdjective(x) || isAdjective(y)) return sameEntity(x, y) ? 0.5 : undefined;
        // The same letters on both sides (a Latin acronym, SCIS) are the same name.
        if (x.text === y.text) return 1;
        // A plain Latin name against an Arabic-script one its letters cannot spell scores nothing (see mayBeSame).
        if (!readings.a(x).some((rx) => readings.b(y).some((ry) => mayBeSame(rx, ry)))) return undefined;
        const m = pairMatch(x, y);
        return m.same ? m.score : undefined;
      },
      // A name repeated in the next sentence is no evidence for a split sentence: look next door only
      // where the pairing itself is in doubt.
      neighbourScore: 0,
      neighbourBeads: (k) => (ctx.beads[k]?.confidence ?? 0) < NEIGHBOURS_BELOW,
      reuse: true,
      kin: (x, y) => x.type === 'person' && y.type === 'person' && pairMatch(x, y).reason.parts.length > 0,
    });
    const out: NameFinding[] = [];
    for (const p of pairs) {
      if (isAdjective(p.a) || isAdjective(p.b) || sameSurface(p.a.text, p.b.text)) continue;
      const m = pairMatch(p.a, p.b);
      const respelled =
        ctx.mode === 'parallel' ? partOfName(ctx, { side: 'a', span: p.a }, { side: 'b', span: p.b }, m, match, p.bead) : undefined;
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
    const certainty = {
      a: new NameCertainty(everywhere.a, languageOf(ctx.a), ctx.a.text),
      b: new NameCertainty(everywhere.b, languageOf(ctx.b), ctx.b.text),
    };
    const paired = { a: new Set<NamedSpan>(), b: new Set<NamedSpan>() };
    for (const p of pairs) {
      certainty.a.confirm(p.a);
      certainty.b.confirm(p.b);
      paired.a.add(p.a);
      paired.b.add(p.b);
    }
    // For each word of a person's name on one side, the words the other side pairs it with (folded).
    const spellings = new Map<string, Set<string>>();
    const record = (m: NameMatch, first: Side): void => {
      for (const part of m.reason.parts) {
        const [a, b] = first === 'a' ? [part.a, part.b] : [part.b, part.a];
        for (const [side, own, there] of [
          ['a', a, b],
          ['b', b, a],
        ] as const) {
          const key = `${side}\u0000${foldedLetters(there)}`;
          spellings.set(key, (spellings.get(key) ?? new Set<string>()).add(own));
        }
      }
    };
    for (const p of pairs) if (p.a.type === 'person' && p.b.type === 'person') record(pairMatch(p.a, p.b), 'a');
    const judge: Judge = {
      certainty,
      record: (side, m) => {
        record(m, side);
      },
      pairedWith: (side, word) => [...(spellings.get(`${side}\u0000${foldedLetters(word)}`) ?? [])],
      // The finder cuts a name at a hyphen or a tatweel (میلس-هیکس, پلاسکو ـ فلاکسمن) and sometimes between its
      // words: a part left over beside a part that pairs is that name, not another.
      besidePaired: (side, m) =>
        [sides[side].nameBefore(m.start), sides[side].nameAfter(m.end)].some(
          (n) => n !== undefined && n.type === 'person' && paired[side].has(n) && adjacent(ctx[side].text, n, m),
        ),
    };
    const searched = [...byBead]
      .sort((x, y) => x[0] - y[0])
      .map(([bead, [left, right]]) =>
        searchLeftovers(ctx, bead, { a: left as NameMention[], b: right as NameMention[] }, sides, judge, match),
      );
    for (const s of searched) for (const f of leftoverFindings(ctx, s, sides, judge, match)) out.push(f);
    for (const r of repeats) {
      const f = r.mention.type === 'person' ? respelledRepeat(ctx, r, sides, match) : undefined;
      if (f) out.push(f);
    }
    return distinct(out);
  },
};

/**
 * The readings of a person's name to compare: as found, and in Arabic without a proclitic the finder left on
 * it (لسينسبري after المدير التجاري: "of Sainsbury's"), so that the name it is glued to still pairs.
 */
function cliticReadings(language: NameLanguage): (m: NamedSpan) => string[] {
  return (m) => {
    if (language !== 'ar' || m.type !== 'person' || m.text.includes(' ')) return [m.text];
    return withoutClitics(m.text, language).filter((r) => r === m.text || entityKey(r).length >= 4);
  };
}

/** Whether only spaces, hyphens, a tatweel or a zero-width non-joiner stand between two mentions. */
function adjacent(text: string, x: Span, y: Span): boolean {
  const [first, second] = x.start < y.start ? [x, y] : [y, x];
  return first.end <= second.start && second.start - first.end <= 3 && /^[\s\-‐‑–ـ\u200c]*$/u.test(text.slice(first.end, second.start));
}

/**
 * How many names left over on one side of a bead are searched for among the other side's words, at most. A bead
 * of ordinary sentences has a handful; a giant one (a text without punctuation) may have thousands, and the
 * rest of them are weighed by what is cheap (found names, pronouns, titles, names elsewhere).
 */
const MAX_SEARCHED = 200;

/** The names of a bead left over, once looked for among the other side's words. */
interface Searched {
  readonly k: number;
  /** Findings the search made (a name in two scripts, a part of a name respelled). */
  readonly out: NameFinding[];
  /** The names still without a counterpart, with the near spelling found for each. */
  readonly open: Leftover[];
}

/**
 * Looks for each name left over in bead `k` among the other side's words; what names it there is recorded
 * (`judge.record`), so that the spellings each side gives a person are known before any is judged.
 */
function searchLeftovers(
  ctx: ComparisonContext,
  k: number,
  leftovers: { readonly a: readonly NameMention[]; readonly b: readonly NameMention[] },
  sides: { readonly a: OtherSide; readonly b: OtherSide },
  judge: Judge,
  match: (x: string, y: string) => NameMatch,
): Searched {
  const bead = elementAt(ctx.beads, k);
  const out: NameFinding[] = [];
  const open: Leftover[] = [];
  for (const side of ['a', 'b'] as const) {
    const other: Side = side === 'a' ? 'b' : 'a';
    // A name in a sentence with no counterpart is part of the omission, not a finding of its own.
    if (sentencesOf(bead, other).length === 0) continue;
    const spans = searchSpans(ctx, k, other);
    let searched = 0;
    for (const mention of leftovers[side]) {
      // An adjective is no name to miss, nor a part of a name that pairs.
      if (isAdjective(mention) || (mention.type === 'person' && judge.besidePaired(side, mention))) continue;
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
      const found = searchCounterpart(
        mention,
        ctx[other].text,
        around(spans, placeIn(ctx, side, bead, mention)),
        languageOf(ctx[other]),
        match,
      );
      // The other side names it in words the finder did not take for a name: no difference, unless the
      // words it lacks stand beside it respelled.
      if (found.same) {
        const there: NamedSpan = extend(found.same, { type: mention.type });
        const respelled = partOfName(ctx, { side, span: mention }, { side: other, span: there }, found.same.match, match, k);
        if (respelled) out.push(respelled);
        // A known place written after its Latin name (دمسکس for دمشق, after Damascus): a spelling the reader is
        // shown, and why, as for two names the finder found.
        else if (writtenThroughLatin(found.same.text, found.same.match)) {
          const [x, y] = side === 'a' ? [mention, there] : [there, mention];
          out.push(spellingFinding(ctx, x, y, found.same.match, k));
        } else if (mention.type === 'person') judge.record(side, found.same.match);
        continue;
      }
      // A near spelling inside a name of another kind on the other side (a person's name for a place) is not this name.
      const there = found.near ? sides[other].nameAt(found.near.start) : undefined;
      const near = found.near && !(there && there.type !== mention.type) ? found.near : undefined;
      open.push({ side, mention, ...(near ? { near } : {}) });
    }
  }
  return { k, out, open };
}

/** The findings for the names of a bead still left over after the search (see {@link searchLeftovers}). */
function leftoverFindings(
  ctx: ComparisonContext,
  searched: Searched,
  sides: { readonly a: OtherSide; readonly b: OtherSide },
  judge: Judge,
  match: (x: string, y: string) => NameMatch,
): NameFinding[] {
  const { k, open } = searched;
  const bead = elementAt(ctx.beads, k);
  const out = [...searched.out];
  const byRole = new Map<string, Leftover[]>();
  for (const l of open) {
    const key = `${l.side}:${roleOf(l.mention) ?? ''}`;
    const list = byRole.get(key);
    if (list) list.push(l);
    else byRole.set(key, [l]);
  }
  const of = (side: Side, role: Role): Leftover[] => (byRole.get(`${side}:${role}`) ?? []).filter((l) => !l.used);
  // Known places and organisations left over in one role, as many on each side: each is another in its place.
  for (const role of ['country', 'place', 'organization'] as const)
    pairByRole(of('a', role), of('b', role), (pair) => {
      placePair(ctx, pair, match, k, out);
    });
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
    out.push(personPair(ctx, l.side === 'a' ? { a: l.mention, b: there } : { a: there, b: l.mention }, match, k, false, judge));
  }
  pairByRole(of('a', 'person'), of('b', 'person'), (pair) => out.push(personPair(ctx, pair, match, k, false, judge)));
  // One name taken for a person on one side and for a known place on the other (the diver دالي, whose name the
  // Dari writes as the gazetteer writes Dili, دیلی): one word each, the same consonants, only vowels otherwise.
  for (const l of open) {
    if (l.used || l.mention.type !== 'place' || !l.mention.entity) continue;
    const other: Side = l.side === 'a' ? 'b' : 'a';
    const person = of(other, 'person').find((p) => typedTwoWays(p.mention.text, l.mention.text));
    if (!person) continue;
    l.used = true;
    person.used = true;
    const [x, y] = l.side === 'a' ? [l.mention, person.mention] : [person.mention, l.mention];
    const w = { a: x.text, b: y.text, score: letterSimilarity(x.text, y.text), steps: letterSteps(x.text, y.text) };
    out.push(closeSoundsFinding(ctx, x, y, w, k));
  }
  // A pronoun or a title stands for a name only when the other side leaves no person of its own there.
  const leavesPerson = { a: (byRole.get('a:person') ?? []).length > 0, b: (byRole.get('b:person') ?? []).length > 0 };
  for (const l of open) {
    if (l.used) continue;
    const other: Side = l.side === 'a' ? 'b' : 'a';
    const place = placeIn(ctx, l.side, bead, l.mention);
    const spans = sides[other].spansFor(bead, place);
    const share = l.mention.start / Math.max(1, ctx[l.side].text.length);
    const why = sides[other].explain(l.mention, spans, leavesPerson[other], match, share);
    const sure = judge.certainty[l.side].sure(l.mention);
    // A person surely named on one side, where the other has two words together that could be a name the
    // finder did not take for one, at about the same place in the sentence: another person there, maybe.
    // A pronoun explains a name only when no such words stand just where the name stood (در مخالفت با X گفت او).
    const within = !why || why.kind === 'elsewhere' || why.kind === 'title' ? undefined : why.kind === 'pronoun' ? SAME_SPOT : 0;
    const run = sure && l.mention.type === 'person' && within !== 0 ? sides[other].unfoundName(bead, spans, place, within) : undefined;
    // Words that name another person of this bead, whom the finder found on this side only, are that person.
    const stranger =
      run && !sides[l.side].namesIn(bead).some((n) => n !== l.mention && n.type === 'person' && match(n.text, run.text).same)
        ? run
        : undefined;
    if (stranger) {
      const pair = l.side === 'a' ? { a: l.mention, b: stranger } : { a: stranger, b: l.mention };
      // Words the finder did not take for a name are weighed as a person's name would be (the same name run
      // on, spelled by ear, respelled), but two names that share nothing are only a warning here.
      out.push(personPair(ctx, pair, match, k, true));
    } else out.push(unmatchedFinding(ctx, l.side, l.mention, why, k, sure));
  }
  return out;
}

/** Whether a person's name and a place's are one word spelled alike but for its vowels (دالي / دیلی), not two words. */
function typedTwoWays(person: string, place: string): boolean {
  if (/\s/u.test(person.trim()) || /\s/u.test(place.trim())) return false;
  const similarity = letterSimilarity(person, place);
  return similarity >= PLACE_NEAR && sameSkeleton(person, place, 2) && wordChange(person, place, similarity) === 'close';
}

/** Whether the words that answer a known place write it after its Latin name, not by one of its listed names. */
function writtenThroughLatin(words: string, m: NameMatch): boolean {
  const entity = m.reason.entity;
  const entry = entity ? lookupEntity(entity.name, entity.id) : undefined;
  return !!entry && matchThroughLatin(words, entry) !== undefined;
}

/** The words of the given spans that spell a Latin-script name in Arabic script, as a mention. */
function spelledIn(
  doc: ContextDocument,
  spans: readonly Span[],
  latin: NameMention,
): { mention: NameMention; match: NameMatch } | undefined {
  for (const span of spans) {
    const found = findSpelledName(latin.text, doc.text, span.start, span.end, doc.language);
    if (found)
      return { mention: { text: found.text, start: found.start, end: found.end, type: latin.type, cue: 'latin' }, match: found.match };
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
