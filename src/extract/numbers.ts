import { ARABIC_DECADES, arabicNumbers, spellArabicOrdinal } from '../lexicon/number-words/ar.js';
import { isDigitRun, parseNumeral, startsWithDigit, toDecimalString, type Decimal } from '../lexicon/number-words/decimal.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import type { NumberWordGrammar } from '../lexicon/number-words/grammar.js';
import { ARABIC_CLITICS, type PhraseTable } from '../lexicon/phrases.js';
import { GOODS_AFTER_TON, quantityWords, type NumberQualifier, type QuantityUnit, type QuantityWord } from '../lexicon/quantity-words.js';
import { argument, boolean, options as checkOptions, string } from '../contract/validate.js';
import { languageOption, type Language, type LanguageTag } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import { readDates } from './dates.js';
import { prepareText, sourceSpan, touching, type PreparedText } from './document.js';

export type { NumberQualifier, QuantityUnit } from '../lexicon/quantity-words.js';

/** A number found in a text. */
export interface NumberMention {
  /** The words of the number as written, with its qualifier and unit: `source.slice(start, end)`. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit in the caller's string. */
  readonly start: number;
  /** Offset one past the last code unit in the caller's string. */
  readonly end: number;
  /** The exact value as a decimal string (`'1344'`, `'2500000'`, `'2.5'`): no rounding, however many digits. */
  readonly value: string;
  /** What the number counts or measures, when a unit word follows it (كيلومتراً, تُن, في المئة, درصد). */
  readonly unit?: QuantityUnit;
  /** How a word before the number bounds it (أكثر من, بیش از, نحو, حدود). */
  readonly qualifier?: NumberQualifier;
  /** Written in digits only, in words only, or digits with a scale word (15 ألف, ۲.۵ میلیون). */
  readonly form: 'digits' | 'words' | 'mixed';
}

/** Options for {@link extractNumbers}. */
export interface ExtractNumbersOptions {
  /** The language of the text (see {@link LanguageTag}); detected with `detectLanguage` when absent. */
  language?: LanguageTag;
  /** Also return the numbers that are part of a date (the 29 and the 2025 of 29 يناير 2025). Default `false`. */
  includeDates?: boolean;
}

interface NumberAt {
  readonly value: Decimal;
  readonly end: number;
  readonly clitic: number;
  readonly form: NumberMention['form'];
  /** One word that is also an ordinary word (یک "a", نه "no", واحد "single"): a number only with a unit after it. */
  readonly ambiguousAlone: boolean;
}

// سی is 30 and the letter C in transliterations (بی بی سی, سی ان ان, می سی سی پی).
const AMBIGUOUS_ALONE = new Set(['واحد', 'واحدة', 'یک', 'نه', 'سی'].map((w) => normalize(w).text));
// میلیون ها, صد ها: the plural suffix written apart makes a scale word vague.
const PLURAL = normalize('ها').text;
// لست ("I am not") and بست are not ل/ب + ست ("six").
const NO_CLITIC = new Set([normalize('ست').text]);
const PERCENT = '%';
const ARABIC_COMMA = '،';
const ORDINAL_SUFFIXES = new Set(['م', 'ام', 'مین', 'امین'].map((w) => normalize(w).text));
// الساعة 4.40, ساعت ۶: the number after "the hour" is a time of day.
const HOUR = new Set(['الساعة', 'ساعت'].map((w) => normalize(w).text));
const DAMMA = 0x064f;

function grammarFor(language: Language): NumberWordGrammar<unknown> {
  return language === 'fa' ? persianNumbers : arabicNumbers;
}

/** Reads every number of a prepared text, left to right. */
export function readNumbers(doc: PreparedText, options: Omit<ExtractNumbersOptions, 'language'> = {}): NumberMention[] {
  const { words, tokens, language } = doc;
  const grammar = grammarFor(language);
  const table = quantityWords(language);
  const dates = options.includeDates ? [] : readDates(doc);
  const sourceOffset = (i: number): number => doc.normalized.offsets[(tokens[i] as { start: number }).start] as number;
  const mentions: NumberMention[] = [];
  let d = 0;
  let taken = 0; // tokens before this index belong to a mention already
  for (let i = 0; i < words.length; ) {
    // Numbers inside a date are the date's.
    const at = sourceOffset(i);
    while (d < dates.length && (dates[d] as { end: number }).end <= at) d++;
    if (d < dates.length && (dates[d] as { start: number }).start <= at) {
      i++;
      continue;
    }
    const skip = notAQuantity(doc, i);
    if (skip !== undefined) {
      i = skip;
      continue;
    }
    const qualifier = table.match(words, i, (w) => w.role === 'qualifier');
    const p = qualifier ? qualifier.end : i;
    const number = yearRangeEnd(doc, p) ?? (language === 'ar' ? decadeOfCentury(doc, p) : undefined) ?? numberAt(doc, grammar, p, !qualifier);
    if (!number || isVague(table, words, p) || isOrdinal(grammar, words, p, number) || (language === 'fa' && (words[number.end] === PLURAL || decadeAlone(doc, p, number)))) {
      i = number && !qualifier ? number.end : i + 1;
      continue;
    }
    let first = qualifier ? i : p;
    let end = number.end;
    let unit = unitAt(doc, table, end);
    if (unit) end = unit.end;
    // %25, as Arabic text often writes it.
    if (!unit && words[p - 1] === PERCENT && p - 1 >= taken && touching(doc, p - 1) && !qualifier) {
      unit = { unit: 'percent', end };
      first = p - 1;
    }
    if (number.ambiguousAlone && !unit) {
      i = number.end;
      continue;
    }
    const span = sourceSpan(doc, first, end, first === i && qualifier ? qualifier.clitic : first === p ? number.clitic : 0);
    mentions.push({
      ...span,
      value: toDecimalString(number.value),
      ...(unit ? { unit: unit.unit } : {}),
      ...(qualifier && qualifier.value.role === 'qualifier' ? { qualifier: qualifier.value.qualifier } : {}),
      form: number.form,
    });
    i = taken = end;
  }
  return mentions;
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
  const fullAt = DASHES.has(words[p + 1] ?? '') && touching(doc, p) && touching(doc, p + 1) ? p + 2
    : DASHES.has(words[p - 1] ?? '') && touching(doc, p - 2) && touching(doc, p - 1) ? p - 2 : -1;
  const full = isDigitRun(words[fullAt] ?? '', 4, 4) ? Number(words[fullAt]) : NaN;
  if (!(full >= 1000 && full < 2200)) return undefined;
  let year = Math.floor(full / 100) * 100 + Number(words[p]);
  if (year <= full) year += 100;
  // A range of some years (1998-02); 12-2024 is a month and a year, not 2024 to 2112.
  if (year - full > MAX_RANGE_YEARS) return undefined;
  const value = parseNumeral(String(year));
  return value && { value, end: p + 1, clitic: 0, form: 'digits', ambiguousAlone: false };
}

// ثلاثينيات, والأربعينيات, للتسعينيات: a decade word (see ARABIC_DECADES) with its article and proclitic.
const DECADE = /^(?:[وفب]?ال|لل|[وفبل])?(\S+ينيات)$/u;
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
  const tens = ARABIC_DECADES.get(DECADE.exec(words[p] ?? '')?.[1] ?? '');
  if (tens === undefined) return undefined;
  let k = p + 1;
  if (words[k] === 'من') k++;
  if (words[k] !== CENTURY) return undefined;
  k++;
  for (const { ordinal, start } of CENTURIES) {
    if (!ordinal.every((w, j) => words[k + j] === w)) continue;
    const value = parseNumeral(String(start + tens));
    // No decade word starts with و, ف, ب or ل: such a first letter is a proclitic, left out of the span.
    const clitic = /^[وفبل]/u.test(words[p] as string) ? 1 : 0;
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
      digits += `,${words[end + 1] as string}`;
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
  const read = grammar.isNumberWord(word) ? grammar.parse(words, p) : undefined;
  if (read) return { value: read.value, end: read.end, clitic: 0, form: read.digits ? 'mixed' : 'words', ambiguousAlone: read.end === p + 1 && AMBIGUOUS_ALONE.has(word) };
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
      return { value: inner.value, end: p + length, clitic: c.length, form: inner.digits ? 'mixed' : 'words', ambiguousAlone: alone };
    }
  }
  return undefined;
}

/**
 * Digits that are no quantity — a time of day (4:40, ۱۲:۳۰:۰۰, الساعة 4.40, ساعت ۶) or a Persian ordinal
 * (89م, ۲۵ام, ۱۲ امین) — and the index after them; `undefined` for anything else.
 */
function notAQuantity(doc: PreparedText, i: number): number | undefined {
  const words = doc.words;
  const word = words[i] as string;
  if (!startsWithDigit(word)) return undefined;
  let end = i + 1;
  while (words[end] === ':' && touching(doc, end - 1) && touching(doc, end) && isDigitRun(words[end + 1] ?? '', 2, 2)) end += 2;
  if (end > i + 1 && word.length <= 2) return end;
  if (HOUR.has(words[i - 1] ?? '')) return i + 1;
  const suffix = words[i + 1] ?? '';
  if (doc.language === 'fa' && ORDINAL_SUFFIXES.has(suffix) && (suffix !== 'م' || touching(doc, i))) return i + 2;
  return undefined;
}

/** Persian writes 2.5 as ۲/۵ too; read so only before درصد, % or a scale word, where it cannot be a date or a fraction of days. */
function slashDecimal(doc: PreparedText, p: number): NumberAt | undefined {
  const words = doc.words;
  const fraction = words[p + 2];
  if (words[p + 1] !== '/' || fraction === undefined || !touching(doc, p) || !touching(doc, p + 1) || !startsWithDigit(fraction)) return undefined;
  const value = parseNumeral(`${words[p]}.${fraction}`);
  if (!value) return undefined;
  const grammar = grammarFor('fa');
  const scaled = grammar.parse([`${words[p]}.${fraction}`, ...words.slice(p + 3, p + 6)], 0);
  if (scaled && scaled.end > 1) return { value: scaled.value, end: p + 2 + scaled.end, clitic: 0, form: 'mixed', ambiguousAlone: false };
  const unit = quantityWords('fa').match(words, p + 3, (w) => w.role === 'unit' && w.unit === 'percent');
  return unit ? { value, end: p + 3, clitic: 0, form: 'digits', ambiguousAlone: false } : undefined;
}

function unitAt(doc: PreparedText, table: PhraseTable<QuantityWord>, i: number): { unit: QuantityUnit; end: number } | undefined {
  const m = table.match(doc.words, i, (w) => w.role === 'unit');
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
  const token = doc.tokens[i] as { start: number; end: number };
  const { offsets, source } = doc.normalized;
  for (let k = offsets[token.start] as number; k < (offsets[token.end] as number); k++) if (source.charCodeAt(k) === DAMMA) return 'tonne';
  return doc.words[i] === TON_ADJECTIVE || GOODS_AFTER_TON.has(doc.words[i + 1] ?? '') ? 'tonne' : 'person';
}
const TON_ADJECTIVE = normalize('تنی').text;

/** چند هزار, عشرات الآلاف: a vague quantifier before makes the number no number. */
function isVague(table: PhraseTable<QuantityWord>, words: readonly string[], p: number): boolean {
  for (let k = Math.max(0, p - 2); k < p; k++) {
    const m = table.match(words, k, (w) => w.role === 'vague');
    if (m && m.end === p) return true;
  }
  return false;
}

/** الخامس عشر, القرن الحادي والعشرين, بیست و پنجم: parts of an ordinal are no cardinal number. */
function isOrdinal(grammar: NumberWordGrammar<unknown>, words: readonly string[], p: number, number: NumberAt): boolean {
  if (number.form === 'digits') return false;
  const before = words[p - 1];
  if (before !== undefined && grammar.isOrdinal(before)) return true;
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

const EXTRACT_NUMBERS_OPTIONS = { language: languageOption, includeDates: boolean };
