import { factsOf } from '../document-facts.js';
import { extend } from '../../contract/extend.js';
import type { DateMention } from '../../extract/date-mention.js';
import { relateDates, type DateRelation } from '../../extract/relate-dates.js';
import type { DateFinding, Side } from '../../model/types.js';
import type { DateValue } from '../../model/values.js';
import type { ComparisonContext, ContextDocument, Detector, Labels } from '../context.js';
import { atSentenceStart } from '../labels.js';
import { mentionsBySentence, sentencesOf } from '../mentions.js';
import { pairMentions, type Pairing } from '../pairing.js';
import { foldText, normalize } from '../../text/normalize.js';
import { tokenize } from '../../text/tokens.js';
import { showsYear } from '../number-evidence.js';
import { dayRange } from '../../text/day-range.js';
import { elementAt } from '../../contract/element-at.js';
import { RUN_TOGETHER_LETTERS, splitGlued } from '../../text/glued.js';
import { monthNames } from '../../lexicon/months.js';
import { vocabulary } from '../../names/vocabulary.js';
import { entityKey } from '../../names/gazetteer.js';

const CALENDAR_NAMES = { gregorian: 'Gregorian', persian: 'Solar Hijri', islamic: 'lunar Hijri' } as const;

/** How well two dates correspond: the same days best, disjoint ones least; `undefined` when they cannot be placed. */
const RANK: Record<DateRelation['relation'], number | undefined> = {
  equal: 4,
  contains: 3,
  within: 3,
  overlaps: 2,
  disjoint: 1,
  unknown: undefined,
};

function dates(doc: ContextDocument, reference: string | undefined, islamic: DetectorOptions['islamic']): readonly DateMention[] {
  // extractDates(doc.text, { language, referenceDate, islamic }) over the document's tokens read once (see factsOf).
  return factsOf(doc).dates({ ...(reference ? { referenceDate: reference } : {}), islamic });
}

/** Relative dates resolve against the document's publication date, or the other's when only that is known. */
const reference = (doc: ContextDocument, other: ContextDocument): string | undefined => doc.publishedAt ?? other.publishedAt;

/** A date as a report gives it: a copy, since the mention belongs to facts a remembered document shares with later calls. */
export function dateValue(m: DateMention): DateValue {
  return {
    text: m.text,
    calendar: m.calendar,
    ...(m.interval ? { interval: { ...m.interval } } : {}),
    ...(m.yearless ? { yearless: { ...m.yearless } } : {}),
    ...(m.fields.weekday !== undefined ? { weekday: m.fields.weekday } : {}),
    ...(m.weekdayCheck ? { weekdayCheck: m.weekdayCheck } : {}),
  };
}

function describe(m: DateMention): string {
  const when = m.interval
    ? dayRange(m.interval.start, m.interval.end, false)
    : m.yearless
      ? `${dayRange(m.yearless.start, m.yearless.end, true)} in any year`
      : 'an unplaced date';
  return `${m.text} (${CALENDAR_NAMES[m.calendar]}, ${when})`;
}

/** Options of the date detector. */
export interface DetectorOptions {
  readonly islamic: 'umalqura' | 'civil';
}

/** The dates of the two documents, how any two relate, and the pairs that speak of the same days. */
export function pairDates(
  ctx: ComparisonContext,
  islamic: DetectorOptions['islamic'],
): {
  found: { a: DateMention[][]; b: DateMention[][] };
  relate: (x: DateMention, y: DateMention) => DateRelation;
  pairing: Pairing<DateMention>;
} {
  const refA = reference(ctx.a, ctx.b);
  const refB = reference(ctx.b, ctx.a);
  const found = { a: mentionsBySentence(ctx.a, dates(ctx.a, refA, islamic)), b: mentionsBySentence(ctx.b, dates(ctx.b, refB, islamic)) };
  const relations = new Map<string, DateRelation>();
  const relate = (x: DateMention, y: DateMention): DateRelation => {
    const key = `${x.start}:${y.start}`;
    let r = relations.get(key);
    if (!r) relations.set(key, (r = relateDates(x, y, refA && refA === refB ? { referenceDate: refA } : {})));
    return r;
  };
  // Independent reports are published on their own days: what one calls last week and the other last December
  // can only be compared when both publication dates are known.
  const placed = ctx.mode === 'parallel' || (ctx.a.publishedAt !== undefined && ctx.b.publishedAt !== undefined);
  const fixed = (m: DateMention): boolean => m.relative === undefined && m.interval !== undefined;
  const pairing = pairMentions(ctx, found, {
    score: (x, y) => {
      if (!placed && !(fixed(x) && fixed(y))) return undefined;
      const rank = RANK[relate(x, y).relation];
      // Among dates that relate alike, those written alike: a day with a day (3 مارس 2020 against ۳ اوت ۲۰۲۰
      // rather than against سال ۲۰۱۹ in the same sentence).
      // And the same relative date in two calendars (العام الماضي, سال قبل) before a crossed pair of them.
      const sameRelative =
        x.relative !== undefined &&
        y.relative !== undefined &&
        x.relative.unit === y.relative.unit &&
        x.relative.offset === y.relative.offset;
      return rank === undefined ? undefined : rank + (x.precision === y.precision ? 0.25 : 0) + (sameRelative ? 0.5 : 0);
    },
    // Two dates of one side within one of the other (mid- and late December against December 2019): the
    // second is no date left out.
    reuse: true,
    agree: (x, y) => ['equal', 'contains', 'within'].includes(relate(x, y).relation),
    neighbourScore: 2,
    facts: true,
  });
  return { found, relate, pairing };
}

/**
 * Dates: the same days in two calendars (`date/calendar`), one date within the other (`date/precision`),
 * dates that only partly overlap (`date/partial-overlap`, with the days in common), disjoint dates
 * (`date/disjoint`), a weekday that contradicts its date (`date/weekday`), and a date with no counterpart
 * (`date/unmatched`). Relative dates resolve against each document's publication date (or the other's, when
 * only one is known).
 */
export function dateDetector(options: DetectorOptions): Detector {
  return {
    kind: 'date',
    read(doc, other) {
      dates(doc, reference(doc, other), options.islamic);
    },
    detect(ctx: ComparisonContext): DateFinding[] {
      const { found, relate, pairing } = pairDates(ctx, options.islamic);
      const out: DateFinding[] = [];
      for (const side of ['a', 'b'] as const) {
        for (const m of found[side].flat()) if (m.weekdayCheck === 'disagrees') out.push(weekdayFinding(ctx, side, m));
      }
      const { pairs, unmatched } = pairing;
      for (const p of pairs) {
        const finding = pairFinding(ctx, p.a, p.b, relate(p.a, p.b), p.bead);
        if (finding) out.push(finding);
      }
      // Independent reports need not give the same dates: one left out is no finding.
      for (const u of ctx.mode === 'parallel' ? unmatched : []) {
        const other: Side = u.side === 'a' ? 'b' : 'a';
        if (
          sentencesOf(elementAt(ctx.beads, u.bead), other).length === 0 ||
          !ofSubstance(u.mention, ctx[u.side]) ||
          yearGivenOtherwise(ctx, other, u.bead, u.mention, found[other]) ||
          monthRunTogether(ctx, other, u.bead, u.mention)
        )
          continue;
        out.push({
          kind: 'date',
          rule: 'date/unmatched',
          severity: 'warning',
          confidence: 0.6,
          message: MESSAGES.unmatched(ctx.labels, u.side, u.mention),
          [u.side]: ctx.location(u.side, u.mention.start, u.mention.end),
          bead: u.bead,
          values: { [u.side]: dateValue(u.mention) },
        });
      }
      return out;
    },
  };
}

/**
 * Whether a date left without a counterpart is worth a reviewer's look: one that names a day, a month or a
 * year. A weekday alone (يوم الجمعة, روز جمعه) and a date relative to the day of writing without a month
 * (أمس, هذا العام, امسال, ماه گذشته) are what translations add, drop and rephrase freely; they say little
 * without the publication date, and a missing one is no missing fact.
 */
function ofSubstance(m: DateMention, doc: ContextDocument): boolean {
  const { day, month, year, weekday, qualifier } = m.fields;
  if (weekday !== undefined && day === undefined && month === undefined && year === undefined) return false;
  if (m.relative !== undefined && month === undefined && day === undefined) return false;
  // A month name alone, without a preposition of time or the word "month" (دي مايو, مايو كلينيك), is as
  // often part of a name as a date.
  if (month !== undefined && day === undefined && year === undefined && qualifier === undefined && !m.relative)
    return afterTimeWord(doc, m);
  return true;
}

const TIME_WORDS = new Set(['في', 'منذ', 'حتى', 'بحلول', 'خلال', 'شهر', 'در', 'از', 'تا', 'طی', 'ماه'].map((w) => normalize(w).text));

/** Whether a date's first word, or the word before it, is a preposition of time, the word "month" or a number. */
function afterTimeWord(doc: ContextDocument, m: DateMention): boolean {
  const before = tokenize(foldText(doc.text.slice(Math.max(0, m.start - 40), m.end))).map((t) => t.text);
  const own = tokenize(foldText(m.text)).length;
  // A number just before it is a day the month could not have (30 فوریه), which makes it a date too.
  return [before[before.length - own - 1], before[before.length - own]].some(
    (w) => w !== undefined && (TIME_WORDS.has(w) || /^\d/u.test(w)),
  );
}

/**
 * Whether the other side of the bead (or a neighbour) gives the date's year in a form that is no date to the
 * reader: a bare number (انتخابات 2016 for انتخابات عام 2016, حوالي 1890 for در سال ۱۸۹۰), a decade
 * (الستينيات for دهه ۱۹۶۰) or a century (بداية القرن الواحد والعشرين for اوایل سال 2000).
 */
function yearGivenOtherwise(
  ctx: ComparisonContext,
  side: Side,
  bead: number,
  m: DateMention,
  theirDates: readonly DateMention[][],
): boolean {
  // The year as written, and the Gregorian year the date falls in.
  const years = new Set<number>();
  if (m.fields.year !== undefined) years.add(m.fields.year);
  if (m.interval && m.interval.start.slice(0, 4) === m.interval.end.slice(0, 4)) years.add(Number(m.interval.start.slice(0, 4)));
  if (years.size === 0) return false;
  const words: string[] = [];
  for (const k of [bead - 1, bead, bead + 1]) {
    const b = ctx.beads[k];
    if (!b) continue;
    for (const s of sentencesOf(b, side)) {
      const sentence = ctx[side].sentences[s];
      if (!sentence) continue;
      // The years inside the other side's own dates are no other form: blank those dates out.
      let text = sentence.text;
      for (const d of theirDates[s] ?? [])
        text = text.slice(0, d.start - sentence.start) + ' '.repeat(d.end - d.start) + text.slice(d.end - sentence.start);
      for (const t of tokenize(foldText(text))) words.push(t.text);
    }
  }
  return [...years].some((year) => showsYear(words, ctx[side].language, year));
}

/**
 * Whether the other side of the bead writes the date's month run together with a word of its own before it
 * (فييوليو for في يوليو, ماهجولای) or inside a line that lost its spaces, which its reader cannot see as a
 * month: the date is there, written badly.
 */
function monthRunTogether(ctx: ComparisonContext, side: Side, bead: number, m: DateMention): boolean {
  const { month } = m.fields;
  const language = ctx[side].language;
  const b = ctx.beads[bead];
  if (month === undefined || language === 'unknown' || !b) return false;
  // This month's names in the language that are no ordinary word too (not مارس, دی), folded.
  const names = new Set(
    monthNames(language)
      .filter((n) => !n.weak && n.month === month && n.calendar === m.calendar)
      .map((n) => foldText(n.name)),
  );
  const stopwords = vocabulary(language).stopwords;
  const inRun = (word: string): boolean =>
    word.length >= RUN_TOGETHER_LETTERS && [...names].some((name) => name.length >= 4 && word.includes(name));
  return sentencesOf(b, side).some((s) =>
    tokenize(foldText(ctx[side].sentences[s]?.text ?? '')).some(
      (t) => splitGlued(t.text, (head, tail) => stopwords.has(entityKey(head)) && names.has(tail)) !== undefined || inRun(t.text),
    ),
  );
}

/** The message of each rule that has one of its own here. */
const MESSAGES = {
  unmatched: (L: Labels, side: Side, m: DateMention): string => {
    const other: Side = side === 'a' ? 'b' : 'a';
    return `${atSentenceStart(L[side])} gives the date ${describe(m)}; its counterpart in ${L[other]} gives no date that could match it.`;
  },
};

function weekdayFinding(ctx: ComparisonContext, side: Side, m: DateMention): DateFinding {
  const weekday = new Date(`${m.interval?.start ?? '1970-01-01'}T00:00:00Z`).toLocaleDateString('en', { weekday: 'long', timeZone: 'UTC' });
  const location = ctx.location(side, m.start, m.end);
  return {
    kind: 'date',
    rule: 'date/weekday',
    severity: 'conflict',
    confidence: 0.95,
    message: `${atSentenceStart(ctx.labels[side])} writes ${m.text}, but ${m.interval ? dayRange(m.interval.start, m.interval.start, false) : 'that date'} was a ${weekday}.`,
    [side]: location,
    bead: Math.max(0, ctx.beadOf[side][location.sentence] ?? 0),
    values: { [side]: dateValue(m) },
  };
}

function pairFinding(ctx: ComparisonContext, x: DateMention, y: DateMention, r: DateRelation, bead: number): DateFinding | undefined {
  const base = {
    kind: 'date' as const,
    a: ctx.location('a', x.start, x.end),
    b: ctx.location('b', y.start, y.end),
    bead,
    values: { a: dateValue(x), b: dateValue(y) },
  };
  const calendars = x.calendar !== y.calendar;
  switch (r.relation) {
    case 'equal':
      if (!calendars) return undefined;
      return extend(base, {
        rule: 'date/calendar',
        severity: 'info',
        confidence: 0.95,
        message: `The same date in two calendars: ${describe(x)} in ${ctx.labels.a} and ${describe(y)} in ${ctx.labels.b}.`,
      });
    case 'contains':
    case 'within':
      return extend(base, {
        rule: 'date/precision',
        severity: 'info',
        confidence: 0.8,
        message:
          r.relation === 'contains'
            ? `The dates agree, but ${ctx.labels.b} is more precise: ${describe(x)} in ${ctx.labels.a} covers ${describe(y)} in ${ctx.labels.b}.`
            : `The dates agree, but ${ctx.labels.a} is more precise: ${describe(x)} in ${ctx.labels.a} lies within ${describe(y)} in ${ctx.labels.b}.`,
      });
    case 'overlaps': {
      if (calendars && x.relative && y.relative && x.relative.unit === y.relative.unit && x.relative.offset === y.relative.offset) {
        return extend(base, {
          rule: 'date/calendar',
          severity: 'info',
          confidence: 0.9,
          message: `The same relative date counted in two calendars: ${x.text} (${CALENDAR_NAMES[x.calendar]}) and ${y.text} (${CALENDAR_NAMES[y.calendar]}) overlap without being the same days.`,
          ...(r.overlapDays !== undefined ? { overlapDays: r.overlapDays } : {}),
          ...(r.minOverlapDays !== undefined ? { minOverlapDays: r.minOverlapDays } : {}),
        });
      }
      const most = r.overlapDays ?? 0;
      const days =
        r.minOverlapDays !== undefined && r.minOverlapDays !== most
          ? `${r.minOverlapDays} to ${most} days`
          : `${most} day${most === 1 ? '' : 's'}`;
      return extend(base, {
        rule: 'date/partial-overlap',
        severity: 'warning',
        confidence: 0.8,
        message: `The dates only partly agree: ${describe(x)} in ${ctx.labels.a} and ${describe(y)} in ${ctx.labels.b} have ${days} in common.`,
        ...(r.overlapDays !== undefined ? { overlapDays: r.overlapDays } : {}),
        ...(r.minOverlapDays !== undefined ? { minOverlapDays: r.minOverlapDays } : {}),
      });
    }
    case 'disjoint':
      return extend(base, {
        rule: 'date/disjoint',
        severity: 'conflict',
        confidence: 0.85,
        message: `The dates disagree: ${describe(x)} in ${ctx.labels.a} and ${describe(y)} in ${ctx.labels.b} have no day in common.`,
      });
    default:
      return undefined;
  }
}
