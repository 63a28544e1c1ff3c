import type { NumberMention } from '../../extract/number-mention.js';
import { extend } from '../../contract/extend.js';
import { factsOf } from '../document-facts.js';
import type { NumberFinding, Side } from '../../model/types.js';
import type { NumberValue } from '../../model/values.js';
import { groupDigits } from '../../text/group-digits.js';
import type { QuantityUnit } from '../../lexicon/quantity-words.js';
import type { ComparisonContext, ContextDocument, Detector, Labels } from '../context.js';
import { atSentenceStart } from '../labels.js';
import { agreesAfterConversion, convertedValue, fourDigits, isConversion, unitsCompatible } from '../conversions.js';
import { mentionsBySentence, sentencesOf } from '../mentions.js';
import { counterpartEvidence } from '../number-evidence.js';
import { pairMentions, type Pairing } from '../pairing.js';
import { elementAt } from '../../contract/element-at.js';

/** Options of the number detector. */
export interface NumberDetectorOptions {
  /** Also report equal values written differently (digits of another script, words). Default `false`. */
  readonly reportEqual: boolean;
}

/** A number, and whether it is part of a date (the 2025 of عام 2025), where the date detector speaks for it. */
export interface Num extends NumberMention {
  readonly inDate: boolean;
}

/**
 * The numbers of a document, those inside dates and those that label rather than count included: one side
 * may write a year as a date (في عام 2020) where the other writes it bare (انتخابات ۲۰۲۰), or a place in a
 * series in digits (منطقه ۱۷) where the other writes an ordinal (المنطقة السابعة عشرة), and they must still pair.
 */
function numbers(doc: ContextDocument): Num[][] {
  const { outside, all } = readings(doc);
  const plain = new Set(outside.map((m) => m.start));
  return mentionsBySentence(
    doc,
    all.map((m) => extend(m, { inDate: !plain.has(m.start) })),
  );
}

/** The document's numbers outside dates, and all of them. */
function readings(doc: ContextDocument): { outside: readonly NumberMention[]; all: readonly NumberMention[] } {
  // extractNumbers(doc.text, { language, includeLabels, includeDates }) over the document's tokens read once (see factsOf).
  const facts = factsOf(doc);
  return {
    outside: facts.numbers({ includeLabels: true, includeDates: false }),
    all: facts.numbers({ includeLabels: true, includeDates: true }),
  };
}

/** A number as a report gives it. */
export function numberValue(m: NumberMention): NumberValue {
  return {
    text: m.text,
    value: m.value,
    ...(m.unit ? { unit: m.unit } : {}),
    ...(m.qualifier ? { qualifier: m.qualifier } : {}),
    ...(m.role ? { role: m.role } : {}),
    ...(m.alternative !== undefined ? { alternative: m.alternative } : {}),
  };
}

const SAME = 3;
const CONVERTED = 2.5;
const DIFFERENT = 1;

/** What a number is, for pairing: a count or measure (a fraction too), a label (ordinal, identifier), a time. */
type NumberClass = 'quantity' | 'label' | 'time';
export function classOf(m: NumberMention): NumberClass {
  return m.role === 'time' ? 'time' : m.role === 'ordinal' || m.role === 'identifier' ? 'label' : 'quantity';
}

/** Minutes after midnight or noon: times compare on a twelve-hour clock, as one side may give the period and the other not. */
function clockMinutes(value: string): number {
  const [h = '0', m = '0'] = value.split(':');
  return (Number(h) % 12) * 60 + Number(m);
}

/** The same value, under either reading of a separator (۸٫۸۶۶ and 8,866), or the same time of day. */
function sameValue(x: NumberMention, y: NumberMention): boolean {
  if (classOf(x) === 'time' || classOf(y) === 'time') return classOf(x) === classOf(y) && clockMinutes(x.value) === clockMinutes(y.value);
  return (
    x.value === y.value ||
    x.alternative === y.value ||
    y.alternative === x.value ||
    (x.alternative !== undefined && x.alternative === y.alternative)
  );
}

/** A number that may be a year (of any calendar the reports use). */
function yearLike(m: NumberMention): boolean {
  const n = Number(m.value);
  return Number.isInteger(n) && n >= 1300 && n <= 2100;
}

/** Arabic says one and two with the singular and the dual (مصدران) where Persian writes یک and دو. */
function expressedByGrammar(m: NumberMention): boolean {
  return m.form === 'words' && (m.value === '1' || m.value === '2') && m.unit === undefined;
}

/**
 * Whether two different values could be one statement that changed: not a one or two said by grammar,
 * a percentage only against a percentage, a bare year only against a year (2008 is no count of days).
 */
function comparable(x: NumberMention, y: NumberMention): boolean {
  if (expressedByGrammar(x) || expressedByGrammar(y)) return false;
  if ((x.unit === 'percent') !== (y.unit === 'percent') && x.role !== 'fraction' && y.role !== 'fraction') return false;
  const bareYear = (m: NumberMention): boolean => m.unit === undefined && yearLike(m);
  return bareYear(x) === bareYear(y) || (yearLike(x) && yearLike(y));
}

function score(x: Num, y: Num): number | undefined {
  const cx = classOf(x);
  const cy = classOf(y);
  if (sameValue(x, y) && !isConversion(x, y)) {
    // A label and a count of one value are one number written as a name or a place (شارع 125 / خیابان ۱۲۵‌ام).
    if (cx === 'quantity' && cy === 'quantity' && !unitsCompatible(x, y)) return undefined;
    return SAME + (x.unit === y.unit ? 0.5 : 0);
  }
  if (cx !== cy || cx === 'label') return undefined;
  if (cx === 'quantity') {
    if (agreesAfterConversion(x, y)) return CONVERTED;
    if (!unitsCompatible(x, y) || !comparable(x, y)) return undefined;
    // 30 yards against 30 metres: one number whose unit changed, before any other pair of the bead.
    if (sameValue(x, y)) return DIFFERENT + 0.75;
  }
  // A part of a date stands against a bare number only as a year (عام 2020 against ۲۰۲۱), never as a day of
  // the month against a count (the ۲۵ of ۲۵ ثور against 23 people).
  if (x.inDate !== y.inDate && !(yearLike(x) && yearLike(y))) return undefined;
  return DIFFERENT + (x.unit !== undefined && x.unit === y.unit ? 0.5 : 0);
}

/**
 * A bound such as "more than 8" against a plain 9: compatible, so only a warning. The same bound on both
 * sides (more than 500 / more than 507, about 150,000 / about 150,007) is one statement with two values.
 */
function withinQualifier(x: NumberMention, y: NumberMention): boolean {
  if (x.qualifier !== undefined && x.qualifier === y.qualifier) return false;
  // A share of a whole bounds a percentage in percent (أكثر من النصف, more than half, against 50).
  const a = Number(x.value) * (x.role === 'fraction' && y.role !== 'fraction' ? 100 : 1);
  const b = Number(y.value) * (y.role === 'fraction' && x.role !== 'fraction' ? 100 : 1);
  const fits = (q: NumberMention['qualifier'], bound: number, v: number): boolean =>
    q === 'more-than'
      ? v > bound
      : q === 'at-least'
        ? v >= bound
        : q === 'less-than'
          ? v < bound
          : q === 'at-most'
            ? v <= bound
            : q === 'about'
              ? Math.abs(v - bound) <= 0.1 * Math.abs(bound)
              : false;
  return fits(x.qualifier, a, b) || fits(y.qualifier, b, a);
}

/**
 * The scale a number has on one side only, the figures being alike (1.6 مليون against a bare 1.6, 25 ألفا
 * against 25): a scale word left out, or carried over from a number beside it (۱.۰۵ میلیون ... و ۱.۶), which
 * a reader supplies. Returns the factor (1,000, a million …) or undefined.
 */
function scaleLeftOut(x: NumberMention, y: NumberMention): bigint | undefined {
  const [big, bare] = x.form === 'mixed' && y.form === 'digits' ? [x, y] : y.form === 'mixed' && x.form === 'digits' ? [y, x] : [];
  if (!big || !bare || bare.qualifier !== undefined || bare.role !== undefined || big.role !== undefined) return undefined;
  for (let factor = 1000n; factor <= 10n ** 12n; factor *= 1000n) {
    if (sameDecimal(big.value, bare.value, factor)) return factor;
  }
  return undefined;
}

/** Whether decimal `big` is decimal `small` times `factor`, exactly. */
function sameDecimal(big: string, small: string, factor: bigint): boolean {
  const [whole = '', part = ''] = small.split('.');
  if (!/^\d+$/u.test(whole + part) || !/^\d+$/u.test(big)) return false;
  const shift = 10n ** BigInt(part.length);
  return factor % shift === 0n && BigInt(whole + part) * (factor / shift) === BigInt(big);
}

/**
 * Between independent reports two different numbers are compared only when they measure the same thing in
 * the same unit (1344 km against 1300 km), never a count against a count of something else (the five killed
 * against the three phases of a plan) nor a year against a count.
 */
function scoreStrictly(x: Num, y: Num): number | undefined {
  if (sameValue(x, y) || agreesAfterConversion(x, y)) return score(x, y);
  return x.unit !== undefined && x.unit === y.unit && x.inDate === y.inDate ? score(x, y) : undefined;
}

/** The numbers of the two documents (those in dates included), paired: the same quantity on both sides. */
export function pairNumbers(
  ctx: ComparisonContext,
  found: { a: Num[][]; b: Num[][] } = { a: numbers(ctx.a), b: numbers(ctx.b) },
): Pairing<Num> {
  return pairMentions(ctx, found, {
    score: ctx.mode === 'comparable' ? scoreStrictly : score,
    agree: (x, y) => sameValue(x, y) || agreesAfterConversion(x, y),
    neighbourScore: CONVERTED,
    facts: true,
  });
}

const fmt = (m: NumberMention): string =>
  m.text === m.value || m.text === groupDigits(m.value) ? m.text : `${m.text} (${groupDigits(m.value)})`;

/** What a quantity counts, in the words of a message (days, kilometres, a fraction). */
function unitName(q: NumberMention): string {
  if (q.role === 'fraction') return 'as a fraction';
  return q.unit === undefined ? '' : (UNIT_NAMES[q.unit] ?? q.unit);
}

const UNIT_NAMES: Partial<Record<QuantityUnit, string>> = {
  percent: 'percent',
  km: 'kilometres',
  m: 'metres',
  cm: 'centimetres',
  mm: 'millimetres',
  mile: 'miles',
  yard: 'yards',
  ft: 'feet',
  inch: 'inches',
  km2: 'square kilometres',
  m2: 'square metres',
  sqmile: 'square miles',
  hectare: 'hectares',
  acre: 'acres',
  feddan: 'feddans',
  litre: 'litres',
  gallon: 'gallons',
  celsius: 'degrees Celsius',
  fahrenheit: 'degrees Fahrenheit',
  tonne: 'tonnes',
  kg: 'kilograms',
  g: 'grams',
  lb: 'pounds',
  year: 'years',
  month: 'months',
  week: 'weeks',
  day: 'days',
  hour: 'hours',
  minute: 'minutes',
  second: 'seconds',
};

/** The message of each rule, in one place; `L` names the documents (see `ComparisonContext.labels`). */
const MESSAGES = {
  form: (L: Labels, x: NumberMention, y: NumberMention): string =>
    `The same number written two ways: ${x.text} in ${L.a} and ${y.text} in ${L.b} are both ${groupDigits(x.value)}.`,
  conversion: (L: Labels, x: NumberMention, y: NumberMention): string => {
    const converted = convertedValue(x, y);
    if (converted === undefined) {
      // A share of a whole against a bare figure, its percentage without the sign (النصف / 50).
      const share = x.role === 'fraction' ? x : y;
      const percent = groupDigits(fourDigits(Number(share.value) * 100));
      return `The same share written two ways: ${x.text} in ${L.a} and ${y.text} in ${L.b} are both ${percent} percent, one of them without the sign.`;
    }
    return `The same quantity in two units: ${x.text} in ${L.a} is about ${groupDigits(converted)} ${unitName(y)} — ${y.text} in ${L.b} — a conversion rounded as a translator would.`;
  },
  approximate: (L: Labels, x: NumberMention, y: NumberMention): string =>
    `The numbers agree only approximately: ${fmt(x)} in ${L.a} and ${fmt(y)} in ${L.b}.`,
  different: (L: Labels, x: NumberMention, y: NumberMention): string =>
    isConversion(x, y)
      ? Number(x.value) === Number(y.value)
        ? `The same figure in two units: ${x.text} in ${L.a} counts ${unitName(x)}, ${y.text} in ${L.b} ${unitName(y)}; one of them has the unit wrong.`
        : `The numbers differ even after converting units: ${x.text} in ${L.a} is about ${groupDigits(convertedValue(x, y) ?? x.value)} ${unitName(y)}, but ${L.b} gives ${y.text}.`
      : classOf(x) === 'time'
        ? `The times differ: ${x.text} in ${L.a}, but ${y.text} in ${L.b}.`
        : `The numbers differ: ${fmt(x)} in ${L.a}, but ${fmt(y)} in ${L.b}.`,
  scale: (L: Labels, x: NumberMention, y: NumberMention): string => {
    const [big, side, bareSide] = x.form === 'mixed' ? [x, L.a, L.b] : [y, L.b, L.a];
    return `${atSentenceStart(side)} writes ${big.text} with its scale word; ${bareSide} gives the bare figure ${(big === x ? y : x).text}, which is right only if the scale is understood from the words around it.`;
  },
  unmatched: (L: Labels, side: Side, m: NumberMention): string => {
    const other: Side = side === 'a' ? 'b' : 'a';
    return `${atSentenceStart(L[side])} gives the number ${fmt(m)}; its counterpart in ${L[other]} has no such number.`;
  },
};

/**
 * Numbers: different values in sentences that translate each other (`number/different`, conflict), values
 * that agree only within a bound such as "more than" (`number/approximate`), one figure with a scale word
 * against the same figure bare (`number/scale`, warning), the same quantity converted
 * into another unit (`number/conversion`, info), a number of substance on one side only (`number/unmatched`),
 * and — when asked — equal values written differently (`number/form`).
 */
export function numberDetector(options: NumberDetectorOptions): Detector {
  return {
    kind: 'number',
    read(doc) {
      readings(doc);
    },
    detect(ctx: ComparisonContext): NumberFinding[] {
      const found = { a: numbers(ctx.a), b: numbers(ctx.b) };
      const { pairs, unmatched } = pairNumbers(ctx, found);
      const out: NumberFinding[] = [];
      for (const p of pairs) {
        // Two parts of dates: the date detector reports how the dates relate.
        if (p.a.inDate && p.b.inDate) continue;
        const base = {
          kind: 'number' as const,
          a: ctx.location('a', p.a.start, p.a.end),
          b: ctx.location('b', p.b.start, p.b.end),
          bead: p.bead,
          values: { a: numberValue(p.a), b: numberValue(p.b) },
        };
        if (sameValue(p.a, p.b) && !isConversion(p.a, p.b)) {
          if (options.reportEqual && p.a.text !== p.b.text)
            out.push(
              extend(base, { rule: 'number/form', severity: 'info', confidence: 0.95, message: MESSAGES.form(ctx.labels, p.a, p.b) }),
            );
        } else if (agreesAfterConversion(p.a, p.b)) {
          const converted = convertedValue(p.a, p.b);
          out.push(
            extend(base, {
              rule: 'number/conversion',
              severity: 'info',
              confidence: 0.85,
              message: MESSAGES.conversion(ctx.labels, p.a, p.b),
              ...(converted !== undefined ? { conversion: { value: converted, ...(p.b.unit ? { unit: p.b.unit } : {}) } } : {}),
            }),
          );
        } else if (scaleLeftOut(p.a, p.b) !== undefined) {
          out.push(
            extend(base, {
              rule: 'number/scale',
              severity: 'warning',
              confidence: 0.6,
              message: MESSAGES.scale(ctx.labels, p.a, p.b),
            }),
          );
        } else if (withinQualifier(p.a, p.b)) {
          out.push(
            extend(base, {
              rule: 'number/approximate',
              severity: 'warning',
              confidence: 0.6,
              message: MESSAGES.approximate(ctx.labels, p.a, p.b),
            }),
          );
        } else {
          out.push(
            extend(base, {
              rule: 'number/different',
              severity: 'conflict',
              confidence: 0.8,
              message: MESSAGES.different(ctx.labels, p.a, p.b),
            }),
          );
        }
      }
      // Independent reports need not give the same numbers: one left out is no finding.
      if (ctx.mode !== 'parallel') return out;
      const evidence = counterpartEvidence(ctx, found, sameValue);
      for (const u of unmatched) {
        const other: Side = u.side === 'a' ? 'b' : 'a';
        if (
          !ofSubstance(u.mention) ||
          sentencesOf(elementAt(ctx.beads, u.bead), other).length === 0 ||
          evidence.explains(u.side, u.mention, u.bead)
        )
          continue;
        out.push({
          kind: 'number',
          rule: 'number/unmatched',
          severity: 'warning',
          confidence: 0.5,
          message: MESSAGES.unmatched(ctx.labels, u.side, u.mention),
          [u.side]: ctx.location(u.side, u.mention.start, u.mention.end),
          bead: u.bead,
          values: { [u.side]: numberValue(u.mention) },
        });
      }
      return out;
    },
  };
}

/**
 * Whether a number left without a counterpart is worth a reviewer's look: a count or a measure (not an
 * ordinal, a code or a time of day, which name rather than count), not part of a date (the date detector
 * speaks for it), and more than two (one and two are said by grammar alone: the singular, the Arabic dual,
 * the indefinite یک).
 */
function ofSubstance(m: Num): boolean {
  if (m.inDate || classOf(m) !== 'quantity') return false;
  const n = Number(m.value);
  // A half is as often said without a number (نیمی, نیم روز, the middle) as with one.
  return n !== 0.5 && !(Number.isInteger(n) && n >= 0 && n <= 2 && m.role !== 'fraction');
}
