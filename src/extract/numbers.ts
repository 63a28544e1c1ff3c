import { arabicDecade, arabicNumbers, spellArabicOrdinal } from '../lexicon/number-words/ar.js';
import {
  add,
  decimal,
  isDigitRun,
  multiply,
  parseNumeral,
  startsWithDigit,
  toDecimalString,
  type Decimal,
} from '../lexicon/number-words/decimal.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import {
  arabicFraction,
  fractionValue,
  persianFraction,
  type FractionContext,
  type FractionMatch,
} from '../lexicon/number-words/fractions.js';
import type { NumberWordGrammar } from '../lexicon/number-words/grammar.js';
import { ARABIC_CLITICS, type PhraseTable } from '../lexicon/phrases.js';
import { GOODS_AFTER_TON, quantityWords, type NumberQualifier, type QuantityUnit, type QuantityWord } from '../lexicon/quantity-words.js';
import { argument, boolean, options as checkOptions, string } from '../contract/validate.js';
import { languageOption, type Language, type LanguageTag } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import { readDates } from './dates.js';
import type { DateMention } from './date-mention.js';
import { prepareText, sourceSpan, touching, type PreparedText } from './document.js';
import { isHourWord, labelAt, type NumberRole } from './number-labels.js';
import { elementAt } from '../contract/element-at.js';

export type { NumberQualifier, QuantityUnit } from '../lexicon/quantity-words.js';
export type { NumberRole } from './number-labels.js';

/** A number found in a text. */
export interface NumberMention {
  /** The words of the number as written, with its qualifier and unit: `source.slice(start, end)`. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit in the caller's string. */
  readonly start: number;
  /** Offset one past the last code unit in the caller's string. */
  readonly end: number;
  /**
   * The exact value as a decimal string (`'1344'`, `'2500000'`, `'2.5'`): no rounding, however many digits.
   * A fraction that does not end in decimals is rounded to four places (two thirds is `'0.6667'`); a time
   * of day is `H:MM` (`'15:35'`).
   */
  readonly value: string;
  /** What the number counts or measures, when a unit word follows it (كيلومتراً, تُن, في المئة, درصد). */
  readonly unit?: QuantityUnit;
  /** How a word before the number bounds it (أكثر من, بیش از, نحو, حدود). */
  readonly qualifier?: NumberQualifier;
  /** Written in digits only, in words only, or digits with a scale word (15 ألف, ۲.۵ میلیون). */
  readonly form: 'digits' | 'words' | 'mixed';
  /**
   * What the number is when it does not count or measure: a fraction, an ordinal, part of an identifier or
   * a time of day (see {@link NumberRole}). Absent for a count or a measure.
   */
  readonly role?: NumberRole;
  /**
   * The value under the other reading of its one separator, when it allows two: ۸٫۸۶۶ is 8.866 by the
   * Arabic decimal separator, but Dari text also groups thousands with it (8866); 10.700 is 10.7 or 10,700.
   */
  readonly alternative?: string;
}

/** Options for {@link extractNumbers}. */
export interface ExtractNumbersOptions {
  /** The language of the text (see {@link LanguageTag}); detected with `detectLanguage` when absent. */
  language?: LanguageTag;
  /** Also return the numbers that are part of a date (the 29 and the 2025 of 29 يناير 2025). Default `false`. */
  includeDates?: boolean;
  /**
   * Also return the numbers that label rather than count: ordinals (الخامس عشر, پنجمین, ۲۵ام, ماده ۵),
   * identifiers (COVID-19, Radio 4, telephone numbers) and times of day (3:35, ساعت ۱۱ صبح), each with its
   * `role`. Default `false`.
   */
  includeLabels?: boolean;
}

interface NumberAt {
  readonly value: Decimal;
  readonly end: number;
  readonly clitic: number;
  readonly form: NumberMention['form'];
  /** One word that is also an ordinary word (یک "a", نه "no", واحد "single"): a number only with a unit after it. */
  readonly ambiguousAlone: boolean;
  readonly role?: NumberRole;
  /** The unit the number's own word carries (the dual يومين is two days). */
  readonly unit?: QuantityUnit;
}

// سی is 30 and the letter C in transliterations (بی بی سی, سی ان ان, می سی سی پی).
const AMBIGUOUS_ALONE = new Set(['واحد', 'واحدة', 'یک', 'نه', 'سی'].map((w) => normalize(w).text));
// میلیون ها, صد ها: the plural suffix written apart makes a scale word vague.
const PLURAL = normalize('ها').text;
// لست ("I am not") and بست are not ل/ب + ست ("six").
const NO_CLITIC = new Set([normalize('ست').text]);
const PERCENT = '%';
const ARABIC_COMMA = '،';
const DAMMA = 0x064f;
const FIRST = normalize('أول').text;
// بست در صد, در صد: after در, صد is the percent sign's word, not a hundred.
const DAR = normalize('در').text;
const SAD = normalize('صد').text;
// شش is six and a lung (مرض مزمن شش), نه nine and "no": alone, a number only before the noun it counts.
const NOUN_OR_NUMBER = new Set(['شش'].map((w) => normalize(w).text));
const NINE_WITH_DAMMA = normalize('نه').text;
// سبعة أيام ونصف: Arabic puts the half after the counted noun.
const AND_HALF = normalize('ونصف').text;
/** Function words after which شش is no number: it is the noun (شش‌ها, شش و قلب, در شش). */
const NOT_COUNTED = new Set(['ها', 'های', 'و', 'را', 'که', 'است', 'بود'].map((w) => normalize(w).text));
// ألف إلا خمسين: a thousand less fifty.
const EXCEPT = normalize('إلا').text;
// سه ماهه دوم, شش ماهه اول: a period of so many months or years, then an ordinal, names a quarter or a half.
const PERIOD_WORDS = new Set(['ماهه', 'ساله'].map((w) => normalize(w).text));
// The words that join the two ends of a range: 4 إلى 7 أيام, ۴ تا ۷ روز, بين 3 و4 أشهر, 1–4.
const RANGE_JOINS = new Set(['-', '\u2013', 'الى', 'حتى', 'و', 'تا', 'الي'].map((w) => normalize(w).text));

function grammarFor(language: Language): NumberWordGrammar<unknown> {
  return language === 'fa' ? persianNumbers : arabicNumbers;
}

/** A mention as the reader builds it: with the tokens it spans, to tell ranges. */
interface Read {
  mention: NumberMention;
  readonly first: number;
  readonly end: number;
  /** Whether it is a label (an identifier, an ordinal, a time), which only a reading with labels reports. */
  readonly label: boolean;
}

/**
 * Whether a Persian number word that is also a noun or a particle (شش "lung", نه "no") counts here: نُه
 * with its damma always does; شش only before the noun it counts (شش نفر, not مرض مزمن شش or شش‌ها).
 */
function countedAfter(doc: PreparedText, word: string, p: number): boolean {
  if (word === NINE_WITH_DAMMA) return hasDamma(doc, p);
  if (!NOUN_OR_NUMBER.has(word)) return true;
  const next = doc.words[p + 1];
  return next !== undefined && /\p{L}/u.test(next) && !NOT_COUNTED.has(next);
}

/** Whether the token as written carries a damma (تُن, نُه). */
function hasDamma(doc: PreparedText, i: number): boolean {
  const { offsets, source } = doc.normalized;
  for (let k = elementAt(offsets, elementAt(doc.starts, i)); k < elementAt(offsets, elementAt(doc.ends, i)); k++)
    if (source.charCodeAt(k) === DAMMA) return true;
  return false;
}

/** Reads every number of a prepared text, left to right. */
export function readNumbers(
  doc: PreparedText,
  options: Omit<ExtractNumbersOptions, 'language'> = {},
  datesRead?: readonly DateMention[],
): NumberMention[] {
  const read = readAll(doc, options.includeDates ?? false, datesRead);
  return withRangeUnits(doc, options.includeLabels ? read : read.filter((r) => !r.label));
}

/**
 * {@link readNumbers} with labels and without, from one reading: a label takes its tokens whether or not it is
 * reported, so the numbers without labels are those with labels, less the labels. (The unit a range end takes
 * from the next is the same in both: a label between two numbers leaves them apart, and no label is a word
 * that joins a range.)
 */
export function numberReadings(
  doc: PreparedText,
  includeDates: boolean,
  datesRead?: readonly DateMention[],
): { labelled: NumberMention[]; plain: NumberMention[] } {
  const read = readAll(doc, includeDates, datesRead);
  return {
    labelled: withRangeUnits(
      doc,
      read.map((r) => ({ ...r })),
    ),
    plain: withRangeUnits(
      doc,
      read.filter((r) => !r.label).map((r) => ({ ...r })),
    ),
  };
}

/**
 * For each token of a prepared text, what a reading found nothing at (flags): the readings with and without the
 * numbers of dates ask the same questions at most tokens, and the answers depend on the text alone.
 */
const positionsRead = new WeakMap<PreparedText, Uint8Array>();
/** No label or ordinal starts at the token. */
const NO_LABEL = 1;
/** No number is read at the token… */
const NO_NUMBER = 2;
/** …nor after a qualifier (نحو, أكثر من). */
const NO_NUMBER_QUALIFIED = 4;

function emptyPositions(doc: PreparedText): Uint8Array {
  let known = positionsRead.get(doc);
  if (!known) positionsRead.set(doc, (known = new Uint8Array(doc.words.length)));
  return known;
}

function readAll(doc: PreparedText, includeDates: boolean, datesRead: readonly DateMention[] | undefined): Read[] {
  const { words, starts, language } = doc;
  const grammar = grammarFor(language);
  const table = quantityWords(language);
  // `datesRead`: readDates(doc) as a caller that reads the same text several ways already has it.
  const dates = includeDates ? [] : (datesRead ?? readDates(doc));
  const sourceOffset = (i: number): number => elementAt(doc.normalized.offsets, elementAt(starts, i));
  const read: Read[] = [];
  const push = (
    first: number,
    end: number,
    clitic: number,
    mention: Omit<NumberMention, 'text' | 'start' | 'end'>,
    label = false,
  ): void => {
    read.push({ mention: { ...sourceSpan(doc, first, end, clitic), ...mention }, first, end, label });
  };
  const nothingAt = emptyPositions(doc);
  let d = 0;
  let taken = 0; // tokens before this index belong to a mention already
  for (let i = 0; i < words.length;) {
    // Numbers inside a date are the date's.
    const at = sourceOffset(i);
    while (d < dates.length && elementAt(dates, d).end <= at) d++;
    if (d < dates.length && elementAt(dates, d).start <= at) {
      i++;
      continue;
    }
    const label = (nothingAt[i] ?? 0) & NO_LABEL ? undefined : (labelAt(doc, i) ?? ordinalAt(grammar, words, i));
    if (!label) nothingAt[i] = (nothingAt[i] ?? 0) | NO_LABEL;
    if (label) {
      if (label.first >= taken)
        push(
          label.first,
          label.end,
          0,
          { value: label.value, form: startsWithDigit(elementAt(words, i)) ? 'digits' : 'words', role: label.role },
          true,
        );
      i = taken = label.end;
      continue;
    }
    const qualifier = table.match(words, i, isQualifier);
    const p = qualifier ? qualifier.end : i;
    // کمتر از ۱۰<sup>۹</sup>: a bound before a label bounds nothing.
    const bounded = qualifier ? labelAt(doc, p) : undefined;
    if (bounded) {
      i = p;
      continue;
    }
    const none = qualifier ? NO_NUMBER_QUALIFIED : NO_NUMBER;
    const number =
      (nothingAt[p] ?? 0) & none
        ? undefined
        : (yearRangeEnd(doc, p) ??
          (language === 'ar' ? decadeOfCentury(doc, p) : undefined) ??
          fractionAt(doc, grammar, table, p, qualifier !== undefined) ??
          dualAt(doc, table, p) ??
          oneAndAHalf(doc, grammar, table, p) ??
          leadingDot(doc, p) ??
          numberAt(doc, grammar, p, !qualifier));
    if (!number && p < nothingAt.length) nothingAt[p] = (nothingAt[p] ?? 0) | none;
    if (
      !number ||
      isVague(table, words, p) ||
      (number.role === undefined && isOrdinal(grammar, words, p, number)) ||
      (language === 'fa' && (words[number.end] === PLURAL || decadeAlone(doc, p, number)))
    ) {
      i = number && !qualifier ? number.end : i + 1;
      continue;
    }
    let first = qualifier ? i : p;
    if (
      number.form === 'digits' &&
      words[p - 1] === '.' &&
      number.value.scale > 0 &&
      number.value.units < 10n ** BigInt(number.value.scale)
    )
      first = qualifier ? i : p - 1;
    let end = number.end;
    let unit = number.unit ? { unit: number.unit, end } : unitAt(doc, table, end);
    if (unit) end = unit.end;
    // %25, as Arabic text often writes it.
    if (!unit && words[p - 1] === PERCENT && p - 1 >= taken && touching(doc, p - 1) && !qualifier) {
      unit = { unit: 'percent', end };
      first = p - 1;
    }
    if (number.ambiguousAlone && !unit && !(words[p] === NINE_WITH_DAMMA && hasDamma(doc, p))) {
      i = number.end;
      continue;
    }
    // سه ماهه دوم, سه ماه دوم, شش ماهه اول: a quarter or a half of a year by its name, not three months.
    if (unit?.unit === 'month' || unit?.unit === 'year') {
      const period =
        PERIOD_WORDS.has(elementAt(words, end - 1)) ||
        (unit.unit === 'month' && (toDecimalString(number.value) === '3' || toDecimalString(number.value) === '6'));
      if (period && grammar.isOrdinal(words[end] ?? '')) {
        i = end;
        continue;
      }
    }
    // شش, نه and ده standing alone are nouns and particles as often as numbers.
    if (language === 'fa' && number.form === 'words' && number.end === p + 1 && !unit && !countedAfter(doc, elementAt(words, p), p)) {
      i = number.end;
      continue;
    }
    // سبعة أيام ونصف: seven days and a half.
    let value = number.value;
    if (language === 'ar' && unit && words[end] === AND_HALF) {
      value = add(value, { units: 5n, scale: 1 });
      end++;
    }
    const clitic = first === i && qualifier ? qualifier.clitic : first === p ? number.clitic : 0;
    const alternative = number.form === 'digits' ? otherReading(doc, p, number) : undefined;
    push(first, end, clitic, {
      value: toDecimalString(value),
      ...(unit ? { unit: unit.unit } : {}),
      ...(qualifier && qualifier.value.role === 'qualifier' ? { qualifier: qualifier.value.qualifier } : {}),
      form: number.form,
      ...(number.role ? { role: number.role } : {}),
      ...(alternative !== undefined ? { alternative } : {}),
    });
    i = taken = end;
  }
  return read;
}

/**
 * A unit written once for a range is the unit of both ends: in 4 إلى 7 أيام, ۴ تا ۷ روز, بين 3 و4 أشهر
 * and 1–4 بوصات the first number measures days, months or inches too.
 */
function withRangeUnits(doc: PreparedText, read: Read[]): NumberMention[] {
  for (let k = read.length - 2; k >= 0; k--) {
    const x = elementAt(read, k);
    const y = elementAt(read, k + 1);
    if (x.mention.unit !== undefined || y.mention.unit === undefined || x.mention.role !== undefined || y.mention.role !== undefined)
      continue;
    if (y.first !== x.end + 1 || !RANGE_JOINS.has(elementAt(doc.words, x.end))) continue;
    x.mention = { ...x.mention, unit: y.mention.unit };
  }
  return read.map((r) => r.mention);
}

/** An ordinal in words (الخامس عشر, الحادية والعشرين, بیست و پنجمین), as a label. */
function ordinalAt(
  grammar: NumberWordGrammar<unknown>,
  words: readonly string[],
  i: number,
): { role: 'ordinal' | 'time'; value: string; first: number; end: number } | undefined {
  const word = elementAt(words, i);
  if (startsWithDigit(word)) return undefined;
  const m = grammar.ordinal(words, i);
  if (!m) return undefined;
  // الساعة الخامسة: five o'clock.
  if (isHourWord(words[i - 1])) return { role: 'time', value: `${toDecimalString(m.value)}:00`, first: i, end: m.end };
  return { role: 'ordinal', value: toDecimalString(m.value), first: i, end: m.end };
}

/**
 * A fraction at `p` (الخمس, ثلثي, دو سوم, نصف مليون): alone, a fraction of a whole (role `fraction`); before
 * a scale word, the number it scales (ربع مليون is 250,000); before a unit, that much of it (نصف ساعة).
 */
function fractionAt(
  doc: PreparedText,
  grammar: NumberWordGrammar<unknown>,
  table: PhraseTable<QuantityWord>,
  p: number,
  bounded: boolean,
): NumberAt | undefined {
  const words = doc.words;
  const w = words[p];
  if (w === undefined || startsWithDigit(w)) return undefined;
  const context = new FractionContextAt(words, grammar, table, p, bounded);
  const f: FractionMatch | undefined =
    doc.language === 'fa' ? persianFraction(words, p, grammar, context) : arabicFraction(words, p, grammar, context);
  if (!f) return undefined;
  const value = fractionValue(f);
  const scale = scaleOf(grammar, words[f.end] ?? '');
  if (scale !== undefined)
    return { value: multiply(value, decimal(scale)), end: f.end + 1, clitic: f.clitic, form: 'words', ambiguousAlone: false };
  // نیمی از یک میلیون: half of a number is a number.
  if (words[f.end] === OF_FA && doc.language === 'fa') {
    const whole = numberAt(doc, grammar, f.end + 1, false);
    if (whole && !whole.ambiguousAlone)
      return {
        value: multiply(value, whole.value),
        end: whole.end,
        clitic: f.clitic,
        form: whole.form === 'digits' ? 'mixed' : whole.form,
        ambiguousAlone: false,
      };
    if (whole && words[f.end + 2] !== undefined && scaleOf(grammar, elementAt(words, f.end + 2)) !== undefined) {
      const scaled = grammar.parse(words, f.end + 1);
      if (scaled) return { value: multiply(value, scaled.value), end: scaled.end, clitic: f.clitic, form: 'words', ambiguousAlone: false };
    }
  }
  const unit = table.match(words, f.end, isUnit);
  return { value, end: f.end, clitic: f.clitic, form: 'words', ambiguousAlone: false, ...(unit ? {} : { role: 'fraction' as const }) };
}
/**
 * What the fraction readers ask about a word's surroundings. It is made at every word that is no number, so it
 * works out each answer only when asked (a class: its getters are made once, on its prototype).
 */
class FractionContextAt implements FractionContext {
  constructor(
    private readonly words: readonly string[],
    private readonly grammar: NumberWordGrammar<unknown>,
    private readonly table: PhraseTable<QuantityWord>,
    private readonly p: number,
    private readonly boundedBefore: boolean,
  ) {}

  get bounded(): boolean {
    return this.boundedBefore || BOUNDING_PREPOSITIONS.has(this.words[this.p - 1] ?? '');
  }

  get afterNumber(): boolean {
    const { words, grammar, table, p } = this;
    return (
      isNumberish(grammar, words[p - 1] ?? '') ||
      table.match(words, p - 1, isDual)?.end === p ||
      (isNumberish(grammar, words[p - 2] ?? '') && table.match(words, p - 1, isUnit)?.end === p)
    );
  }

  isScaleOrUnit(word: string, at: number): boolean {
    return scaleOf(this.grammar, word) !== undefined || this.table.match(this.words, at, isUnit) !== undefined;
  }

  isOrdinal(word: string): boolean {
    return this.grammar.isOrdinal(word);
  }
}

const OF_FA = normalize('از').text;
const isUnit = (w: QuantityWord): boolean => w.role === 'unit';
const isDual = (w: QuantityWord): boolean => w.role === 'dual';
const isQualifier = (w: QuantityWord): boolean => w.role === 'qualifier';
const isVagueWord = (w: QuantityWord): boolean => w.role === 'vague';
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل']);
const isNumberish = (grammar: NumberWordGrammar<unknown>, word: string): boolean => startsWithDigit(word) || grammar.isNumberWord(word);

/** Prepositions that, like a bound, show a fraction with the article is one: إلى النصف, بمقدار الربع. */
const BOUNDING_PREPOSITIONS = new Set(['الى', 'بمقدار', 'نحو', 'من'].map((w) => normalize(w).text));

function scaleOf(grammar: NumberWordGrammar<unknown>, word: string): bigint | undefined {
  if (!grammar.isNumberWord(word)) return undefined;
  const m = grammar.parse([word], 0);
  return m && m.end === 1 && m.value.scale === 0 && m.value.units >= 1000n && /^10+$/u.test(m.value.units.toString())
    ? m.value.units
    : undefined;
}

/** An Arabic dual that counts two by itself (يومين, حالتين, مترين): the number 2 with its unit. */
function dualAt(doc: PreparedText, table: PhraseTable<QuantityWord>, p: number): (NumberAt & { unit: QuantityUnit }) | undefined {
  if (doc.language !== 'ar') return undefined;
  const m = table.match(doc.words, p, isDual);
  if (!m || m.value.role !== 'dual') return undefined;
  return { value: decimal(2), end: m.end, clitic: m.clitic, form: 'words', ambiguousAlone: false, unit: m.value.unit };
}

/** عامًا ونصف, ساعة ونصف: the counted noun alone, then a half, is one and a half of it. */
function oneAndAHalf(
  doc: PreparedText,
  grammar: NumberWordGrammar<unknown>,
  table: PhraseTable<QuantityWord>,
  p: number,
): (NumberAt & { unit: QuantityUnit }) | undefined {
  if (doc.language !== 'ar' || isNumberish(grammar, doc.words[p - 1] ?? '')) return undefined;
  const m = table.match(doc.words, p, isUnit);
  if (!m || m.value.role !== 'unit' || m.end !== p + 1 || doc.words[m.end] !== AND_HALF) return undefined;
  return { value: { units: 15n, scale: 1 }, end: m.end + 1, clitic: m.clitic, form: 'words', ambiguousAlone: false, unit: m.value.unit };
}

/** .08% as the Arabic text of a table may write 0.08%: a decimal fraction without its zero. */
function leadingDot(doc: PreparedText, p: number): NumberAt | undefined {
  const words = doc.words;
  // Only glued to a one-letter proclitic before it (و.08%): after a word, a space, a Latin code (ARCoV.2)
  // or a digit, the dot ends a sentence (می کند.80%), belongs to a code, or to the number itself.
  if (
    words[p - 1] !== '.' ||
    !touching(doc, p - 1) ||
    !touching(doc, p - 2) ||
    !isDigitRun(words[p] ?? '') ||
    !PROCLITICS.has(words[p - 2] ?? '')
  )
    return undefined;
  const value = parseNumeral(`0.${elementAt(words, p)}`);
  return value && { value, end: p + 1, clitic: 0, form: 'digits', ambiguousAlone: false };
}

/**
 * The other reading of a number's one separator followed by three digits: ۸٫۸۶۶ (8.866, or 8866 as Dari
 * groups thousands with ٫), 10.700 (10.7 or 10,700), 8,866 (8866 or 8.866). 150.000 has only one.
 */
function otherReading(doc: PreparedText, p: number, number: NumberAt): string | undefined {
  if (number.end !== p + 1) return undefined;
  const word = elementAt(doc.words, p);
  const m = /^(\d{1,3})([.,])(\d{3})$/u.exec(word);
  if (!m || m[3] === '000') return undefined;
  const other = parseNumeral(number.value.scale > 0 ? `${elementAt(m, 1)}${elementAt(m, 3)}` : `${elementAt(m, 1)}.${elementAt(m, 3)}`);
  return other && toDecimalString(other);
}

const DASHES = new Set(['-', '\u2013']);
const MAX_RANGE_YEARS = 30;

/**
 * The abbreviated year of a range written with a full one, on either side (1950-53, and 53-1950 as
 * right-to-left text stores it): the 53 is 1953, the year the range ends, not the number 53.
 */
function yearRangeEnd(doc: PreparedText, p: number): NumberAt | undefined {
  const words = doc.words;
  if (!isDigitRun(words[p] ?? '', 2, 2)) return undefined;
  const fullAt =
    DASHES.has(words[p + 1] ?? '') && touching(doc, p) && touching(doc, p + 1)
      ? p + 2
      : DASHES.has(words[p - 1] ?? '') && touching(doc, p - 2) && touching(doc, p - 1)
        ? p - 2
        : -1;
  const full = isDigitRun(words[fullAt] ?? '', 4, 4) ? Number(words[fullAt]) : NaN;
  if (!(full >= 1000 && full < 2200)) return undefined;
  let year = Math.floor(full / 100) * 100 + Number(words[p]);
  if (year <= full) year += 100;
  // A range of some years (1998-02); 12-2024 is a month and a year, not 2024 to 2112.
  if (year - full > MAX_RANGE_YEARS) return undefined;
  const value = parseNumeral(String(year));
  return value && { value, end: p + 1, clitic: 0, form: 'digits', ambiguousAlone: false };
}

const CENTURY = normalize('القرن').text;
// The centuries a decade is named in, by their ordinals as القرن takes them (القرن التاسع عشر … الحادي والعشرين).
const CENTURIES = [19, 20, 21].map((c) => ({ ordinal: normalize(spellArabicOrdinal(c)).text.split(' '), start: (c - 1) * 100 }));

/**
 * A decade with its century (ثلاثينيات القرن العشرين, الأربعينيات من القرن التاسع عشر) is its first year, as
 * the other language writes it in digits (دهه ۱۹۳۰). Without the century (الثلاثينيات, also an age) it is
 * no number to compare.
 */
function decadeOfCentury(doc: PreparedText, p: number): NumberAt | undefined {
  const words = doc.words;
  const tens = arabicDecade(words[p] ?? '');
  if (tens === undefined) return undefined;
  let k = p + 1;
  if (words[k] === 'من') k++;
  if (words[k] !== CENTURY) return undefined;
  k++;
  for (const { ordinal, start } of CENTURIES) {
    if (!ordinal.every((w, j) => words[k + j] === w)) continue;
    const value = parseNumeral(String(start + tens));
    // No decade word starts with و, ف, ب or ل: such a first letter is a proclitic, left out of the span.
    const clitic = /^[وفبل]/u.test(elementAt(words, p)) ? 1 : 0;
    return value && { value, end: k + ordinal.length, clitic, form: 'words', ambiguousAlone: false };
  }
  return undefined;
}

const DECADE_FA = normalize('دهه').text;

/** دهه ۳۰, دهه سی: a decade without its century (the 1930s, or the 1330s of the Solar Hijri calendar) is no number to compare. */
function decadeAlone(doc: PreparedText, p: number, number: NumberAt): boolean {
  return doc.words[p - 1] === DECADE_FA && Number(toDecimalString(number.value)) < 100;
}

function numberAt(doc: PreparedText, grammar: NumberWordGrammar<unknown>, p: number, clitic: boolean): NumberAt | undefined {
  const words = doc.words;
  const word = words[p];
  if (word === undefined) return undefined;
  if (startsWithDigit(word)) {
    // ۲۶،۷۵۰: Persian text also groups thousands with the Arabic comma.
    let digits = word;
    let end = p + 1;
    while (words[end] === ARABIC_COMMA && touching(doc, end - 1) && touching(doc, end) && isDigitRun(words[end + 1] ?? '', 3, 3)) {
      digits += `,${elementAt(words, end + 1)}`;
      end += 2;
    }
    if (end > p + 1) {
      const grouped = parseNumeral(digits);
      return grouped && { value: grouped, end, clitic: 0, form: 'digits', ambiguousAlone: false };
    }
    const mixed = grammar.parse(words, p);
    if (mixed && mixed.end > p + 1) return { value: mixed.value, end: mixed.end, clitic: 0, form: 'mixed', ambiguousAlone: false };
    const slashed = grammar.language === 'fa' ? slashDecimal(doc, p) : undefined;
    if (slashed) return slashed;
    const value = parseNumeral(word);
    return value && { value, end: p + 1, clitic: 0, form: 'digits', ambiguousAlone: false };
  }
  if (grammar.language === 'fa' && word === SAD && words[p - 1] === DAR) return undefined;
  const read = grammar.isNumberWord(word) ? grammar.parse(words, p) : undefined;
  if (read)
    return lessBy(grammar, words, {
      value: read.value,
      end: read.end,
      clitic: 0,
      form: read.digits ? 'mixed' : 'words',
      ambiguousAlone: read.end === p + 1 && AMBIGUOUS_ALONE.has(word),
    });
  if (!clitic || grammar.language !== 'ar') return undefined;
  // وخمسة, بثلاثة آلاف: a proclitic glued to the first number word.
  for (const c of ARABIC_CLITICS) {
    if (!word.startsWith(c) || word.length <= c.length + 1) continue;
    const stem = word.slice(c.length);
    if (!grammar.isNumberWord(stem) || NO_CLITIC.has(stem)) continue;
    // The words before stay in the window: the grammar looks back at them (القرن الحادي والعشرين is a century).
    const before = words.slice(Math.max(0, p - 3), p);
    const window = [...before, stem, ...words.slice(p + 1, p + 40)];
    const inner = grammar.parse(window, before.length);
    if (inner) {
      const length = inner.end - before.length;
      const alone = length === 1 && AMBIGUOUS_ALONE.has(stem);
      return lessBy(grammar, words, {
        value: inner.value,
        end: p + length,
        clitic: c.length,
        form: inner.digits ? 'mixed' : 'words',
        ambiguousAlone: alone,
      });
    }
  }
  return undefined;
}

/** ألف إلا خمسين (a thousand less fifty, 950), مليون إلا ربعا: a number less a smaller one after إلا. */
function lessBy(grammar: NumberWordGrammar<unknown>, words: readonly string[], number: NumberAt): NumberAt {
  if (grammar.language !== 'ar' || words[number.end] !== EXCEPT) return number;
  const from = number.end + 1;
  const less = grammar.isNumberWord(words[from] ?? '') ? grammar.parse(words, from) : undefined;
  const fraction = less
    ? undefined
    : arabicFraction(words, from, grammar, { bounded: true, isScaleOrUnit: () => false, isOrdinal: (w) => grammar.isOrdinal(w) });
  const amount = less?.value ?? (fraction && multiply(fractionValue(fraction), number.value));
  const end = less?.end ?? fraction?.end;
  if (!amount || end === undefined || compare(amount, number.value) >= 0) return number;
  return { ...number, value: add(number.value, { units: -amount.units, scale: amount.scale }), end, ambiguousAlone: false };
}

function compare(x: Decimal, y: Decimal): number {
  const diff = add(x, { units: -y.units, scale: y.scale });
  return diff.units === 0n ? 0 : diff.units > 0n ? 1 : -1;
}

/** Persian writes 2.5 as ۲/۵ too; read so only before درصد, % or a scale word, where it cannot be a date or a fraction of days. */
function slashDecimal(doc: PreparedText, p: number): NumberAt | undefined {
  const words = doc.words;
  const fraction = words[p + 2];
  if (words[p + 1] !== '/' || fraction === undefined || !touching(doc, p) || !touching(doc, p + 1) || !startsWithDigit(fraction))
    return undefined;
  const value = parseNumeral(`${words[p]}.${fraction}`);
  if (!value) return undefined;
  const grammar = grammarFor('fa');
  const scaled = grammar.parse([`${words[p]}.${fraction}`, ...words.slice(p + 3, p + 6)], 0);
  if (scaled && scaled.end > 1) return { value: scaled.value, end: p + 2 + scaled.end, clitic: 0, form: 'mixed', ambiguousAlone: false };
  const unit = quantityWords('fa').match(words, p + 3, (w) => w.role === 'unit' && w.unit === 'percent');
  return unit ? { value, end: p + 3, clitic: 0, form: 'digits', ambiguousAlone: false } : undefined;
}

function unitAt(doc: PreparedText, table: PhraseTable<QuantityWord>, i: number): { unit: QuantityUnit; end: number } | undefined {
  const m = table.match(doc.words, i, isUnit);
  if (!m || m.clitic > 0 || m.value.role !== 'unit') {
    return doc.words[i] === PERCENT ? { unit: 'percent', end: i + 1 } : undefined;
  }
  if (m.value.unit === 'tonne' && doc.language === 'fa') return { unit: tonOrPeople(doc, i), end: m.end };
  return { unit: m.value.unit, end: m.end };
}

/**
 * تن is tonnes (تُن, ۲۰ تنی, ۲۰ تن گندم) or, far more often in the news, a count of people (پنج تن از
 * شهروندان, ۸۳۲ تن): the damma, the adjective, then what is weighed after it tell (see GOODS_AFTER_TON).
 */
function tonOrPeople(doc: PreparedText, i: number): QuantityUnit {
  if (hasDamma(doc, i)) return 'tonne';
  return doc.words[i] === TON_ADJECTIVE || GOODS_AFTER_TON.has(doc.words[i + 1] ?? '') ? 'tonne' : 'person';
}
const TON_ADJECTIVE = normalize('تنی').text;

/** چند هزار, عشرات الآلاف: a vague quantifier before makes the number no number. */
function isVague(table: PhraseTable<QuantityWord>, words: readonly string[], p: number): boolean {
  for (let k = Math.max(0, p - 2); k < p; k++) {
    const m = table.match(words, k, isVagueWord);
    if (m && m.end === p) return true;
  }
  return false;
}

/** الخامس عشر, القرن الحادي والعشرين, بیست و پنجم: parts of an ordinal are no cardinal number. */
function isOrdinal(grammar: NumberWordGrammar<unknown>, words: readonly string[], p: number, number: NumberAt): boolean {
  if (number.form === 'digits') return false;
  const before = words[p - 1];
  // أول خمس عينات, the first five samples: أول before a cardinal ranks it, it is no part of it.
  if (before !== undefined && before !== FIRST && before !== `و${FIRST}` && grammar.isOrdinal(before)) return true;
  const after = words[number.end];
  const next = after === 'و' ? words[number.end + 1] : undefined;
  return next !== undefined && grammar.isOrdinal(next);
}

/**
 * Finds the numbers in an Arabic or Persian text — digits of the three scripts with their separators
 * (1,344 / ١٬٣٤٤ / ۱٬۳۴۴, ۲٫۵), numbers in words with their gender and case forms (خمسة/خمس,
 * ثمانية/ثماني/ثمان, عشرون/عشرين, هشت, پانزده), compounds (ثلاثة آلاف وخمسمائة, سه هزار و پانصد) and mixed
 * forms (15 ألف, ۲.۵ میلیون) — with the unit that follows (كيلومتر, تُن, في المئة, درصد) and the qualifier
 * before (أكثر من, بیش از). Values are exact decimal strings.
 *
 * Vague quantities (آلاف, عشرات, صدها) and ordinals (الخامس, پنجم) are not numbers; neither are the
 * numbers inside a date, unless `includeDates` is set.
 *
 * @param text - An Arabic or Persian text, any length.
 * @param options - The language (detected when absent); whether to keep numbers that are part of dates.
 * @returns The numbers in reading order.
 *
 * @example
 * ```ts
 * import { extractNumbers } from 'muqabala';
 *
 * const tons = extractNumbers('ضُبط أكثر من ثمانية أطنان من المخدرات.')[0]!;
 * tons.value; // => '8'
 * tons.unit; // => 'tonne'
 * tons.qualifier; // => 'more-than'
 * tons.text; // => 'أكثر من ثمانية أطنان'
 *
 * extractNumbers('بیش از هشت تُن کشف شد.')[0]?.value; // => '8'
 * extractNumbers('تمتد الحدود على 1344 كيلومتراً.').map((n) => [n.value, n.unit]); // => [['1344', 'km']]
 * extractNumbers('بودجه ۲٫۵ میلیون دلار و تورم ۲۵ درصد است.').map((n) => [n.value, n.unit]);
 * // => [['2500000', 'USD'], ['25', 'percent']]
 * extractNumbers('وصل ثلاثة آلاف وخمسمائة لاجئ.')[0]?.value; // => '3500'
 * ```
 */
export function extractNumbers(text: string, options?: ExtractNumbersOptions): NumberMention[] {
  argument('extractNumbers', 'text', text, string);
  const checked = checkOptions('extractNumbers', options, EXTRACT_NUMBERS_OPTIONS);
  return readNumbers(prepareText(text, checked.language), checked);
}

const EXTRACT_NUMBERS_OPTIONS = { language: languageOption, includeDates: boolean, includeLabels: boolean };
