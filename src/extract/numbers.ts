import { add, startsWithDigit, toDecimalString } from '../lexicon/number-words/decimal.js';
import { quantityWords } from '../lexicon/quantity-words.js';
import { argument, boolean, options as checkOptions, string } from '../contract/validate.js';
import { languageOption, type LanguageTag } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import { readDates } from './dates.js';
import type { DateMention } from './date-mention.js';
import { prepareText, sourceSpan, touching, type PreparedText } from './document.js';
import { labelAt } from './number-labels.js';
import { elementAt } from '../contract/element-at.js';
import {
  decadeAlone,
  decadeOfCentury,
  dualAt,
  fractionAt,
  grammarFor,
  hasDamma,
  isOrdinal,
  isQualifier,
  isVague,
  leadingDot,
  mayStartNumber,
  numberAt,
  oneAndAHalf,
  ordinalAt,
  otherReading,
  unitAt,
  yearRangeEnd,
} from './number-forms.js';
import { AND_HALF } from './number-signs.js';
import { PERCENT } from './number-signs.js';
import type { NumberMention } from './number-mention.js';

export type { NumberQualifier, QuantityUnit } from '../lexicon/quantity-words.js';
export type { NumberRole } from './number-labels.js';

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

// میلیون ها, صد ها: the plural suffix written apart makes a scale word vague.
const PLURAL = normalize('ها').text;
// شش is six and a lung (مرض مزمن شش), نه nine and "no": alone, a number only before the noun it counts.
const NOUN_OR_NUMBER = new Set(['شش'].map((w) => normalize(w).text));
const NINE_WITH_DAMMA = normalize('نه').text;
/** Function words after which شش is no number: it is the noun (شش‌ها, شش و قلب, در شش). */
const NOT_COUNTED = new Set(['ها', 'های', 'و', 'را', 'که', 'است', 'بود'].map((w) => normalize(w).text));
// سه ماهه دوم, شش ماهه اول: a period of so many months or years, then an ordinal, names a quarter or a half.
const PERIOD_WORDS = new Set(['ماهه', 'ساله'].map((w) => normalize(w).text));
// The words that join the two ends of a range: 4 إلى 7 أيام, ۴ تا ۷ روز, بين 3 و4 أشهر, 1–4.
const RANGE_JOINS = new Set(['-', '\u2013', 'الى', 'حتى', 'و', 'تا', 'الي'].map((w) => normalize(w).text));

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
  const sourceOffset = (i: number): number => doc.normalized.offsets[starts[i] ?? 0] ?? 0;
  const read: Read[] = [];
  const push = (
    first: number,
    end: number,
    clitic: number,
    mention: Omit<NumberMention, 'text' | 'start' | 'end'>,
    label = false,
  ): void => {
    // Assigned, not spread: see extend (contract/extend.ts).
    read.push({ mention: Object.assign(sourceSpan(doc, first, end, clitic), mention), first, end, label });
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
    // Most words start nothing the reader reads: no reading is tried there.
    if (!mayStartNumber(language, elementAt(words, i))) {
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
