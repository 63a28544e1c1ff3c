// The number forms read at one position of a prepared text: digits and number words (numberAt), ordinals,
// fractions, duals, "one and a half", year ranges, decades, numbers less by a part; the words around a number that
// decide whether it counts (a unit, a vague or ordinal word). extractNumbers (numbers.ts) walks the text with them.

import { elementAt } from '../contract/element-at.js';
import {
  toDecimalString,
  startsWithDigit,
  type Decimal,
  multiply,
  decimal,
  parseNumeral,
  isDigitRun,
  add,
} from '../lexicon/number-words/decimal.js';
import {
  type FractionMatch,
  persianFraction,
  arabicFraction,
  fractionValue,
  type FractionContext,
  mayStartFraction,
} from '../lexicon/number-words/fractions.js';
import type { NumberWordGrammar } from '../lexicon/number-words/grammar.js';
import { touching, type PreparedText } from './document.js';
import { quantityWords, GOODS_AFTER_TON, type QuantityWord } from '../lexicon/quantity-words.js';
import { ARABIC_CLITICS, PhraseTable } from '../lexicon/phrases.js';
import { isHourWord, type NumberRole } from './number-labels.js';
import type { QuantityUnit } from '../lexicon/quantity-words.js';
import { type NumberMention } from './number-mention.js';
import { normalize } from '../text/normalize.js';
import { memoize } from '../text/memo.js';
import { arabicDecade, arabicNumbers, spellArabicOrdinal } from '../lexicon/number-words/ar.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import type { Language } from '../text/language.js';
import { AMBIGUOUS_ALONE, AND_HALF, ARABIC_COMMA, DAMMA, DAR, EXCEPT, FIRST, NO_CLITIC, PERCENT, SAD } from './number-signs.js';

export interface NumberAt {
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
/** An ordinal in words (الخامس عشر, الحادية والعشرين, بیست و پنجمین), as a label. */
export function ordinalAt(
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
export function fractionAt(
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

export class FractionContextAt implements FractionContext {
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

export const OF_FA = normalize('از').text;
export const isUnit = (w: QuantityWord): boolean => w.role === 'unit';
export const isDual = (w: QuantityWord): boolean => w.role === 'dual';
export const isQualifier = (w: QuantityWord): boolean => w.role === 'qualifier';
export const isVagueWord = (w: QuantityWord): boolean => w.role === 'vague';
export const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل']);
export const isNumberish = (grammar: NumberWordGrammar<unknown>, word: string): boolean =>
  startsWithDigit(word) || grammar.isNumberWord(word);
/** Prepositions that, like a bound, show a fraction with the article is one: إلى النصف, بمقدار الربع. */

export const BOUNDING_PREPOSITIONS = new Set(['الى', 'بمقدار', 'نحو', 'من'].map((w) => normalize(w).text));
export function scaleOf(grammar: NumberWordGrammar<unknown>, word: string): bigint | undefined {
  if (!grammar.isNumberWord(word)) return undefined;
  const m = grammar.parse([word], 0);
  return m && m.end === 1 && m.value.scale === 0 && m.value.units >= 1000n && /^10+$/u.test(m.value.units.toString())
    ? m.value.units
    : undefined;
}
/** An Arabic dual that counts two by itself (يومين, حالتين, مترين): the number 2 with its unit. */
export function dualAt(doc: PreparedText, table: PhraseTable<QuantityWord>, p: number): (NumberAt & { unit: QuantityUnit }) | undefined {
  if (doc.language !== 'ar') return undefined;
  const m = table.match(doc.words, p, isDual);
  if (!m || m.value.role !== 'dual') return undefined;
  return { value: decimal(2), end: m.end, clitic: m.clitic, form: 'words', ambiguousAlone: false, unit: m.value.unit };
}
/** عامًا ونصف, ساعة ونصف: the counted noun alone, then a half, is one and a half of it. */
export function oneAndAHalf(
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
export function leadingDot(doc: PreparedText, p: number): NumberAt | undefined {
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
export function otherReading(doc: PreparedText, p: number, number: NumberAt): string | undefined {
  if (number.end !== p + 1) return undefined;
  const word = elementAt(doc.words, p);
  const m = /^(\d{1,3})([.,])(\d{3})$/u.exec(word);
  if (!m || m[3] === '000') return undefined;
  const other = parseNumeral(number.value.scale > 0 ? `${elementAt(m, 1)}${elementAt(m, 3)}` : `${elementAt(m, 1)}.${elementAt(m, 3)}`);
  return other && toDecimalString(other);
}
export const DASHES = new Set(['-', '\u2013']);
export const MAX_RANGE_YEARS = 30;
/**
 * The abbreviated year of a range written with a full one, on either side (1950-53, and 53-1950 as
 * right-to-left text stores it): the 53 is 1953, the year the range ends, not the number 53.
 */
export function yearRangeEnd(doc: PreparedText, p: number): NumberAt | undefined {
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
export const CENTURY = normalize('القرن').text;
// The centuries a decade is named in, by their ordinals as القرن takes them (القرن التاسع عشر … الحادي والعشرين).
export const CENTURIES = [19, 20, 21].map((c) => ({ ordinal: normalize(spellArabicOrdinal(c)).text.split(' '), start: (c - 1) * 100 }));
/**
 * A decade with its century (ثلاثينيات القرن العشرين, الأربعينيات من القرن التاسع عشر) is its first year, as
 * the other language writes it in digits (دهه ۱۹۳۰). Without the century (الثلاثينيات, also an age) it is
 * no number to compare.
 */
export function decadeOfCentury(doc: PreparedText, p: number): NumberAt | undefined {
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
export const DECADE_FA = normalize('دهه').text;
/** دهه ۳۰, دهه سی: a decade without its century (the 1930s, or the 1330s of the Solar Hijri calendar) is no number to compare. */
export function decadeAlone(doc: PreparedText, p: number, number: NumberAt): boolean {
  return doc.words[p - 1] === DECADE_FA && Number(toDecimalString(number.value)) < 100;
}
export function numberAt(doc: PreparedText, grammar: NumberWordGrammar<unknown>, p: number, clitic: boolean): NumberAt | undefined {
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

export function lessBy(grammar: NumberWordGrammar<unknown>, words: readonly string[], number: NumberAt): NumberAt {
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
export function compare(x: Decimal, y: Decimal): number {
  const diff = add(x, { units: -y.units, scale: y.scale });
  return diff.units === 0n ? 0 : diff.units > 0n ? 1 : -1;
}
/** Persian writes 2.5 as ۲/۵ too; read so only before درصد, % or a scale word, where it cannot be a date or a fraction of days. */

export function slashDecimal(doc: PreparedText, p: number): NumberAt | undefined {
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
export function unitAt(doc: PreparedText, table: PhraseTable<QuantityWord>, i: number): { unit: QuantityUnit; end: number } | undefined {
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

export function tonOrPeople(doc: PreparedText, i: number): QuantityUnit {
  if (hasDamma(doc, i)) return 'tonne';
  return doc.words[i] === TON_ADJECTIVE || GOODS_AFTER_TON.has(doc.words[i + 1] ?? '') ? 'tonne' : 'person';
}
export const TON_ADJECTIVE = normalize('تنی').text;
/** چند هزار, عشرات الآلاف: a vague quantifier before makes the number no number. */
export function isVague(table: PhraseTable<QuantityWord>, words: readonly string[], p: number): boolean {
  for (let k = Math.max(0, p - 2); k < p; k++) {
    const m = table.match(words, k, isVagueWord);
    if (m && m.end === p) return true;
  }
  return false;
}
/** الخامس عشر, القرن الحادي والعشرين, بیست و پنجم: parts of an ordinal are no cardinal number. */
export function isOrdinal(grammar: NumberWordGrammar<unknown>, words: readonly string[], p: number, number: NumberAt): boolean {
  if (number.form === 'digits') return false;
  const before = words[p - 1];
  // أول خمس عينات, the first five samples: أول before a cardinal ranks it, it is no part of it.
  if (before !== undefined && before !== FIRST && before !== `و${FIRST}` && grammar.isOrdinal(before)) return true;
  const after = words[number.end];
  const next = after === 'و' ? words[number.end + 1] : undefined;
  return next !== undefined && grammar.isOrdinal(next);
}
/**
 * Whether some reading of the number reader can start at a token with this word: a number in digits or words
 * (with a clitic glued to its first word: وخمسة), an ordinal, a fraction's part, a decade, or a word of the
 * quantity table (a qualifier such as نحو, a dual such as يومين, a unit). Every reading at a token asks one of
 * these of the token's word before anything else, so at any other word (most words of a text) none is tried.
 * Kept per word: the same words recur.
 */
export function mayStartNumber(language: Language, word: string): boolean {
  return (language === 'ar' ? mayStartArabic : mayStartPersian)(word);
}

function mayStartOnce(language: Language, word: string): boolean {
  const grammar = grammarFor(language);
  if (startsWithDigit(word) || grammar.isNumberWord(word) || grammar.mayStartOrdinal(word)) return true;
  if (quantityWords(language).has(word) || mayStartFraction(word, language)) return true;
  if (language !== 'ar') return false;
  if (arabicDecade(word) !== undefined) return true;
  // A proclitic glued to the first number word (وخمسة, بثلاثة, وثلاثة أرباع): any short prefix, a superset
  // of the clitics the readers take off.
  for (let k = 1; k <= 3 && k < word.length; k++) if (grammar.isNumberWord(word.slice(k))) return true;
  return false;
}

const mayStartArabic = /* @__PURE__ */ memoize((word: string) => mayStartOnce('ar', word));
const mayStartPersian = /* @__PURE__ */ memoize((word: string) => mayStartOnce('fa', word));

export function grammarFor(language: Language): NumberWordGrammar<unknown> {
  return language === 'fa' ? persianNumbers : arabicNumbers;
}
/** Whether the token as written carries a damma (تُن, نُه). */

export function hasDamma(doc: PreparedText, i: number): boolean {
  const { offsets, source } = doc.normalized;
  for (let k = elementAt(offsets, elementAt(doc.starts, i)); k < elementAt(offsets, elementAt(doc.ends, i)); k++)
    if (source.charCodeAt(k) === DAMMA) return true;
  return false;
}
