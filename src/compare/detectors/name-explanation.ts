import type { NameMention } from '../../names/find/find-names.js';
import { isOrdinaryWord } from '../../names/find/ordinary-words.js';
import type { NameMatch } from '../../names/name-match.js';
import { entityKey, lookupAdjective, lookupEntity, lookupEntries, type NameLanguage } from '../../names/gazetteer.js';
import { vocabulary } from '../../names/vocabulary.js';
import { mayBeSame } from '../../names/latin-sounds-only.js';
import type { Location, ReportBead, Side } from '../../model/types.js';
import { foldText, normalize } from '../../text/normalize.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { MIN_GLUED_NAME } from '../../text/glued.js';
import { lastAtMost, sideSpan, type ComparisonContext, type ContextDocument } from '../context.js';
import { sentencesOf } from '../mentions.js';
import type { Explanation, NamedSpan } from './name-findings.js';
import { elementAt } from '../../contract/element-at.js';
import { memoize } from '../../text/memo.js';

/**
 * What the other side of a bead has where a name has no counterpart: a pronoun, a title standing alone, a
 * name in Latin letters, the same name in another sentence (which explain it), or words that could be a name
 * the finder did not take for one (which make it a possible substitution). Each stretch of text is read once
 * per comparison, however many names are weighed against it.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

const PRONOUNS: Record<NameLanguage, ReadonlySet<string>> = {
  fa: new Set(['او', 'وی', 'ایشان'].map((w) => normalize(w).text)),
  ar: new Set(['هو', 'هي'].map((w) => normalize(w).text)),
};

// Words that stand for a place already named (there, here): a place may be left to them as a person is to a pronoun.
const PLACE_PRONOUNS: Record<NameLanguage, ReadonlySet<string>> = {
  fa: new Set(['آنجا', 'اینجا', 'همانجا', 'همینجا'].map((w) => normalize(w).text)),
  ar: new Set(['هناك', 'هنا', 'هنالك'].map((w) => normalize(w).text)),
};

// A word in Latin letters that starts with a capital (a name left untransliterated), and the capitalised words after it.
const LATIN_NAMES = /\b[A-Z][a-z]{2,}(?: [A-Z][a-z]+)*/gu;
/** Where the run of letters beside `at` ends, going back (`step` -1: its first index) or on (1: one past its last). */
function lettersFrom(text: string, at: number, step: -1 | 1): number {
  let i = at;
  if (step < 0) while (i > 0 && LETTER.test(text.charAt(i - 1))) i--;
  else while (i < text.length && LETTER.test(text.charAt(i))) i++;
  return i;
}

const LETTER = /^[\p{L}\p{M}]$/u;

// An acronym in Latin capitals, which may stand for a phrase that names a place (BST: British Summer Time).
const ACRONYMS = /\b[A-Z]{2,5}\b/gu;

/**
 * The Latin letters a name's first consonant is written with (ب: b or p, ج: j, g or dj …), and vowels for a
 * name that begins with one: whether a Latin name could be this one is first told by how it begins (وارن /
 * Warren, not China Daily).
 */
const LATIN_ONSETS: Readonly<Record<string, string>> = {
  ب: 'BP',
  پ: 'P',
  ت: 'T',
  ث: 'TS',
  ج: 'JGD',
  چ: 'CT',
  ح: 'H',
  خ: 'KH',
  د: 'D',
  ذ: 'DZT',
  ر: 'R',
  ز: 'ZS',
  ژ: 'JZ',
  س: 'SCZ',
  ش: 'SC',
  ص: 'S',
  ض: 'D',
  ط: 'T',
  ظ: 'Z',
  ع: 'AEIOU',
  غ: 'GR',
  ف: 'FVP',
  ق: 'QKG',
  ك: 'KCQ',
  ک: 'KCQ',
  گ: 'G',
  ل: 'L',
  م: 'M',
  ن: 'N',
  ه: 'HAEIOU',
  و: 'WVOU',
  ي: 'YJIE',
  ی: 'YJIE',
  ا: 'AEIOU',
  أ: 'AEIOU',
  إ: 'IE',
  آ: 'A',
};

/** Whether a word of a Latin name begins as a word of an Arabic-script name does (Trump for دونالد ترامب). */
function latinOnset(name: string, latin: string): boolean {
  const initials = latin.split(' ').map((w) => w.charAt(0));
  return name
    .trim()
    .split(/\s+/u)
    .some((word) => {
      // A name with the article begins with its next letter (الصين: ص).
      const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
      const letter = [...bare].find((c) => LATIN_ONSETS[c] !== undefined);
      return !!letter && initials.some((i) => LATIN_ONSETS[letter]?.includes(i));
    });
}

/** Whether a Latin name or acronym is the name of a known entity other than the mention's (UN against بريطانيا). */
function namesAnother(latin: string, mention: NameMention): boolean {
  return lookupEntries(latin).some((e) => e.entity.id !== mention.entity?.id);
}

/** The first letters of the Latin names (acronyms aside) of a mention's known place, or undefined for none. */
function latinInitials(mention: NameMention): ReadonlySet<string> | undefined {
  const entry = mention.entity ? lookupEntity(mention.text, mention.entity.id) : undefined;
  if (!entry || entry.entity.type !== 'place') return undefined;
  const initials = new Set(entry.latin.filter((n) => /[a-z]/u.test(n)).map((n) => n.charAt(0).toUpperCase()));
  return initials.size > 0 ? initials : undefined;
}

/**
 * Whether a name in Latin letters can be read as a name in Arabic script, whole or by one of its words (Trump
 * for دونالد ترامب): a name that only begins alike (China Daily for دونالد ترامب) explains nothing.
 */
function readsAs(name: string, latin: string, match: (x: string, y: string) => NameMatch): boolean {
  if (match(name, latin).same) return true;
  const words = latin.split(' ').filter((w) => w.length >= 3);
  return name
    .split(/\s+/u)
    .filter((w) => entityKey(w).length >= 3)
    .some((w) => words.some((l) => match(w, l).same));
}

/**
 * How many characters of the other side a leftover name is weighed against, at most: the whole of sentences of
 * any ordinary length, and in a giant one (thousands of names in one sentence) the stretch around the name's
 * proportional place, so that every leftover costs the same whatever the sentence's length.
 */
const WINDOW_CHARS = 3000;
/** A word longer than this is several that lost their spaces (the finder's longest name part has 15 letters). */
const GLUED_WORD = 15;
const TANWEEN = /[\u064b-\u064d]/u;
/** Windows start on multiples of this, so that the names of a giant sentence share a few windows. */
const WINDOW_STEP = 500;
/** How many names of the other document, around a name's place, are read to see whether it names the same one. */
const ELSEWHERE_WINDOW = 200;
/** How far, as a share of its bead side's length, a name the finder missed may stand from where the other side's name stands. */
const SAME_PLACE = 0.35;

/** The spans (in order) cut to {@link WINDOW_CHARS} around the share `place` of their length. */
export function around(spans: readonly Span[], place: number): Span[] {
  const total = spans.reduce((n, s) => n + s.end - s.start, 0);
  if (total <= WINDOW_CHARS) return [...spans];
  const centre = Math.round(Math.min(1, Math.max(0, place)) * total);
  const from = Math.min(total - WINDOW_CHARS, Math.max(0, Math.floor((centre - WINDOW_CHARS / 2) / WINDOW_STEP) * WINDOW_STEP));
  const to = from + WINDOW_CHARS;
  const out: Span[] = [];
  let at = 0;
  for (const s of spans) {
    const start = Math.max(s.start, s.start + from - at);
    const end = Math.min(s.end, s.start + to - at);
    if (start < end) out.push({ start, end });
    at += s.end - s.start;
  }
  return out;
}

/** Where a mention stands in its side of a bead, as a share of that side's length. */
export function placeIn(ctx: ComparisonContext, side: Side, bead: ReportBead, mention: Span): number {
  const own = sideSpan(ctx[side], sentencesOf(bead, side));
  return own ? (mention.start - own.start) / Math.max(1, own.end - own.start) : 0;
}

/** What one stretch of the other side holds, read once. */
interface SpanFacts {
  /** The first pronoun. */
  readonly pronoun?: Location;
  /** The first word that stands for a place (there, here). */
  readonly placePronoun?: Location;
  /** The first title with no word beside it that could be a name. */
  readonly title?: Location;
  /** Names in Latin letters. */
  readonly latin: readonly { readonly text: string; readonly at: Location }[];
  /** Acronyms in Latin capitals (BST, PNG). */
  readonly acronyms: readonly { readonly text: string; readonly at: Location }[];
  /** Runs of two to four adjacent words that could be a name no found name covers. */
  readonly runs: readonly NamedSpan[];
}

/** Whether a folded word is a title of the language, with the article or without. */
function titleTest(language: NameLanguage): (folded: string) => boolean {
  const titles = vocabulary(language).titles;
  return (folded) => titles.has(folded) || titles.has(folded.replace(/^ال/u, ''));
}

/**
 * Whether a word could be a name the finder did not take for one: three letters or more, no ordinary word,
 * title or known place, and in Arabic no noun with the article or the feminine ة (الاستجابة, منظومة).
 */
function nameLikeWord(text: string, language: NameLanguage, isTitle: (folded: string) => boolean): boolean {
  const key = entityKey(text);
  // A declined word (رقمًا, with tanween) or several words that lost their spaces is no part of a name.
  if (key.length < 3 || key.length > GLUED_WORD || TANWEEN.test(text) || isTitle(foldText(text))) return false;
  if (language === 'ar' && (/^(?:[وفبلك]?ال|لل)../u.test(key) || text.endsWith('ة'))) return false;
  if (lookupEntries(text, language).length > 0 || lookupAdjective(key, language)) return false;
  return !isOrdinaryWord(key, language);
}

/**
 * {@link nameLikeWord} per language, remembered per word (bounded, as every memo of the library): every stretch of
 * the other side a leftover name is weighed against is read word by word, and news text repeats its words.
 */
const NAME_LIKE: Record<NameLanguage, (text: string) => boolean> = {
  ar: /* @__PURE__ */ rememberedNameLike('ar'),
  fa: /* @__PURE__ */ rememberedNameLike('fa'),
};

function rememberedNameLike(language: NameLanguage): (text: string) => boolean {
  // The titles are read at the first word, not when the library is loaded.
  let isTitle: ((folded: string) => boolean) | undefined;
  return memoize((text) => nameLikeWord(text, language, (isTitle ??= titleTest(language))));
}

/** One side of a comparison as the names left over on the other side are weighed against it. */
export class OtherSide {
  private readonly facts = new Map<string, SpanFacts>();
  private readonly elsewhere = new Map<string, Explanation | null>();
  private readonly starts: number[];
  /** Each name's text as a small number (equal texts, equal numbers), and per text the last window that compared it. */
  private readonly textIds: Int32Array;
  private readonly comparedIn: Int32Array;
  private windows = 0;
  private readonly language: NameLanguage;
  private readonly isTitle: (folded: string) => boolean;

  /**
   * @param side - This side.
   * @param names - The names found on this side, in order (adjectives left out).
   */
  constructor(
    private readonly ctx: ComparisonContext,
    readonly side: Side,
    private readonly names: readonly NameMention[],
  ) {
    this.starts = names.map((n) => n.start);
    const ids = new Map<string, number>();
    this.textIds = Int32Array.from(names, (n) => {
      let id = ids.get(n.text);
      if (id === undefined) ids.set(n.text, (id = ids.size));
      return id;
    });
    this.comparedIn = new Int32Array(ids.size);
    const doc: ContextDocument = ctx[side];
    this.language = doc.language === 'fa' ? 'fa' : 'ar';
    this.isTitle = titleTest(this.language);
  }

  /** This side's sentences of a bead, cut around the place a name of the other side stands in its own. */
  spansFor(bead: ReportBead, place: number): Span[] {
    const doc = this.ctx[this.side];
    return around(
      sentencesOf(bead, this.side).map((s) => ({ start: elementAt(doc.sentences, s).start, end: elementAt(doc.sentences, s).end })),
      place,
    );
  }

  /** The found names of this side of a bead. */
  namesIn(bead: ReportBead): NameMention[] {
    const whole = sideSpan(this.ctx[this.side], sentencesOf(bead, this.side));
    if (!whole) return [];
    const out: NameMention[] = [];
    for (let i = lastAtMost(this.starts, whole.start - 1) + 1; i < this.names.length && elementAt(this.names, i).start < whole.end; i++)
      out.push(elementAt(this.names, i));
    return out;
  }

  /** The found name that ends last at or before an offset, if any. */
  nameBefore(offset: number): NameMention | undefined {
    const n = this.names[lastAtMost(this.starts, offset - 1)];
    return n && n.end <= offset ? n : undefined;
  }

  /** The found name that starts first at or after an offset, if any. */
  nameAfter(offset: number): NameMention | undefined {
    return this.names[lastAtMost(this.starts, offset - 1) + 1];
  }

  /** The found name that covers an offset, if any. */
  nameAt(offset: number): NameMention | undefined {
    const n = this.names[lastAtMost(this.starts, offset)];
    return n && offset < n.end ? n : undefined;
  }

  /** Whether a token could be a name the finder did not take for one (see {@link nameLikeWord}). */
  private nameLike(token: Token | undefined): boolean {
    return !!token && token.kind === 'word' && NAME_LIKE[this.language](token.text);
  }

  private read(span: Span): SpanFacts {
    const key = `${span.start}:${span.end}`;
    const known = this.facts.get(key);
    if (known) return known;
    const doc = this.ctx[this.side];
    const text = doc.text.slice(span.start, span.end);
    const tokens = tokenize(text);
    const like = tokens.map((t) => this.nameLike(t));
    const at = (t: { start: number; end: number }): Location => this.ctx.location(this.side, span.start + t.start, span.start + t.end);
    const pronouns = PRONOUNS[this.language];
    let pronoun: Location | undefined;
    let placePronoun: Location | undefined;
    let title: Location | undefined;
    tokens.forEach((token, i) => {
      const folded = foldText(token.text).replace(/\u200c/gu, '');
      if (!placePronoun && PLACE_PRONOUNS[this.language].has(folded)) placePronoun = at(token);
      if (!pronoun && pronouns.has(folded)) pronoun = at(token);
      // A title stands for a name only when no word beside it could be one (قال المدير إن, not المدير X).
      else if (!title && this.isTitle(folded) && [i - 3, i - 2, i - 1, i + 1, i + 2, i + 3].every((j) => !like[j])) title = at(token);
    });
    const found = (pattern: RegExp): SpanFacts['latin'] =>
      [...text.matchAll(pattern)].map((m) => ({ text: m[0], at: at({ start: m.index, end: m.index + m[0].length }) }));
    const latin = found(LATIN_NAMES);
    const acronyms = found(ACRONYMS);
    const runs: NamedSpan[] = [];
    let first = -1;
    const close = (last: number): void => {
      const count = last - first + 1;
      if (first >= 0 && count >= 2 && count <= 4) {
        const start = span.start + elementAt(tokens, first).start;
        const end = span.start + elementAt(tokens, last).end;
        runs.push({ start, end, text: doc.text.slice(start, end), type: 'person' });
      }
      first = -1;
    };
    tokens.forEach((t, i) => {
      if (like[i] && !this.nameAt(span.start + t.start)) {
        if (first < 0) first = i;
      } else close(i - 1);
    });
    close(tokens.length - 1);
    // The lists first: a literal that opens with a spread gets a hidden class of its own (see contract/extend.ts).
    const facts: SpanFacts = {
      latin,
      acronyms,
      runs,
      ...(pronoun ? { pronoun } : {}),
      ...(placePronoun ? { placePronoun } : {}),
      ...(title ? { title } : {}),
    };
    this.facts.set(key, facts);
    return facts;
  }

  /**
   * What this side has instead of a name of the other side, if anything explains its absence: for a person,
   * a pronoun or a title standing alone (unless this side leaves a person of its own there); for a place, a word
   * that stands for one (there, here); a name in Latin letters that reads as this one, whole or by a word (not
   * for a country, which a translation writes in its own script); the same name in another sentence.
   */
  explain(
    mention: NameMention,
    spans: readonly Span[],
    leavesPerson: boolean,
    match: (x: string, y: string) => NameMatch,
    place: number,
  ): Explanation | undefined {
    if (mention.type === 'person') {
      // Another person left over on this side stands where this one stands: nothing explains it away.
      if (leavesPerson) return undefined;
      const facts = spans.map((s) => this.read(s));
      const pronoun = facts.find((f) => f.pronoun)?.pronoun;
      if (pronoun) return { kind: 'pronoun', at: pronoun };
      const title = facts.find((f) => f.title)?.title;
      if (title) return { kind: 'title', at: title };
    }
    if (mention.type === 'place') {
      const there = spans.map((s) => this.read(s)).find((f) => f.placePronoun)?.placePronoun;
      if (there) return { kind: 'pronoun', at: there };
    }
    if (mention.entity?.kind !== 'country') {
      for (const s of spans) {
        const latin = this.read(s).latin.find((l) => latinOnset(mention.text, l.text) && readsAs(mention.text, l.text, match));
        if (latin) return { kind: 'latin', at: latin.at };
      }
    }
    // A known place where this side writes an acronym that may abbreviate a phrase naming it (بريطانيا in
    // "British summer time" against BST): the acronym begins as one of the place's Latin names does, and as
    // the name itself is said (not EST, for England, against بريطانيا).
    const initials = mention.entity ? latinInitials(mention) : undefined;
    if (initials) {
      for (const s of spans) {
        const acronym = this.read(s).acronyms.find(
          (a) => initials.has(a.text.charAt(0)) && latinOnset(mention.text, a.text) && !namesAnother(a.text, mention),
        );
        if (acronym) return { kind: 'acronym', at: acronym.at };
      }
    }
    const glued = mention.entity ? this.runTogether(mention, spans) : undefined;
    if (glued) return { kind: 'glued', at: glued };
    return this.namedElsewhere(mention, place, match);
  }

  /**
   * Where this side writes a known place or body of the other's run together with a word of its own before
   * or after it (أجلالولايات المتحدة, فيسوريا): the name is there, but no reader can take the run for it. The
   * word it is glued to must be one of the language (a function word, a word of the lexicon), so that a name
   * inside a longer one (مالي in شمالي) is not taken for it.
   */
  private runTogether(mention: NameMention, spans: readonly Span[]): Location | undefined {
    const entry = mention.entity ? lookupEntity(mention.text, mention.entity.id) : undefined;
    if (!entry) return undefined;
    const names = [...new Set(entry[this.language].map((n) => foldText(n)))].filter((n) => n.replace(/\s/gu, '').length >= MIN_GLUED_NAME);
    const text = this.ctx[this.side].text;
    const known = (word: string): boolean => word.length >= 2 && isOrdinaryWord(entityKey(word), this.language);
    for (const s of spans) {
      const folded = normalize(text.slice(s.start, s.end));
      for (const name of names) {
        for (let at = folded.text.indexOf(name); at >= 0; at = folded.text.indexOf(name, at + 1)) {
          const end = at + name.length;
          const before = folded.text.slice(lettersFrom(folded.text, at, -1), at);
          const after = folded.text.slice(end, lettersFrom(folded.text, end, 1));
          // Glued on one side only, to a word of the language; a name standing free is no run.
          if ((before === '') === (after === '') || !known(before || after)) continue;
          const from = s.start + elementAt(folded.offsets, at - before.length);
          const to = s.start + elementAt(folded.offsets, end + after.length);
          return this.ctx.location(this.side, from, to);
        }
      }
    }
    return undefined;
  }

  /** The same name (or entity) among this side's names around the place of `mention` in its own text. */
  private namedElsewhere(mention: NameMention, place: number, match: (x: string, y: string) => NameMatch): Explanation | undefined {
    const centre = Math.round(place * this.names.length);
    const key = `${mention.entity?.id ?? mention.text}\u0000${Math.floor(centre / ELSEWHERE_WINDOW)}`;
    const known = this.elsewhere.get(key);
    if (known !== undefined) return known ?? undefined;
    let found: Explanation | undefined;
    const person = mention.type === 'person';
    // A text compared once in this window is not compared again: the search stops at the first that is the same
    // name, so a text met again was not (a window holds each text many times over: names recur).
    const window = ++this.windows;
    for (let j = Math.max(0, centre - ELSEWHERE_WINDOW); j < Math.min(this.names.length, centre + ELSEWHERE_WINDOW + 1) && !found; j++) {
      const o = elementAt(this.names, j);
      // A known place or body is not a person named again, nor a person a known place (the finder may take a
      // word of a body's name for a person, so a person against an unknown place or body is still compared).
      if (person ? o.type === 'place' && o.entity : mention.entity && o.type === 'person') continue;
      let same: boolean;
      if (mention.entity && o.entity) same = mention.entity.id === o.entity.id;
      else {
        const text = elementAt(this.textIds, j);
        if (this.comparedIn[text] === window) continue;
        this.comparedIn[text] = window;
        // A plain Latin name against an Arabic-script one its letters cannot spell is not compared (see mayReadAs).
        same = mayBeSame(mention.text, o.text) && match(mention.text, o.text).same;
      }
      if (same) found = { kind: 'elsewhere', at: this.ctx.location(this.side, o.start, o.end) };
    }
    this.elsewhere.set(key, found ?? null);
    return found;
  }

  /**
   * Two to four adjacent words that could be a name the finder did not take for one, at about the place in
   * the bead (`place`, a share of its length) where the other side's name stands, `within` that share of it
   * either way: the nearest, if any.
   */
  unfoundName(bead: ReportBead, spans: readonly Span[], place: number, within = SAME_PLACE): NamedSpan | undefined {
    const whole = sideSpan(this.ctx[this.side], sentencesOf(bead, this.side));
    if (!whole) return undefined;
    let best: { span: NamedSpan; distance: number } | undefined;
    for (const s of spans) {
      for (const run of this.read(s).runs) {
        const distance = Math.abs((run.start - whole.start) / Math.max(1, whole.end - whole.start) - place);
        if (distance <= within && (!best || distance < best.distance)) best = { span: run, distance };
      }
    }
    return best?.span;
  }
}
