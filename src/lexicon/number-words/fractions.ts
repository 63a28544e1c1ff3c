import { memoize } from '../../text/memo.js';
import { normalize } from '../../text/normalize.js';
import type { Decimal } from './decimal.js';
import type { NumberWordGrammar } from './grammar.js';

/** A fraction read from words: ثلثا, ربع, دو سوم, ثلاثة أرباع. */
export interface FractionMatch {
  readonly numerator: number;
  readonly denominator: number;
  /** Index one past the last word read. */
  readonly end: number;
  /** Length of the proclitic (و, ب, ل …) glued to the first word, which is not part of the fraction. */
  readonly clitic: number;
}

const fold = (w: string): string => normalize(w).text;

/** Arabic fraction words and their denominators (نصف 2 … عشر 10), as written without the article. */
const ARABIC_PARTS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['نصف', 2],
      ['ثلث', 3],
      ['ربع', 4],
      ['خمس', 5],
      ['سدس', 6],
      ['سبع', 7],
      ['ثمن', 8],
      ['تسع', 9],
      ['عشر', 10],
    ] as const
  ).map(([w, d]) => [fold(w), d]),
);
/**
 * The parts that are also cardinal numbers (خمس "five", سبع, تسع, عشر) or another word (ثمن "price"): a
 * fraction only before a definite noun (خمس السكان, a fifth of the population; خمس سنوات is five years) or,
 * with the article, after a bound or a preposition (نحو الخمس).
 */
const ARABIC_AMBIGUOUS = new Set(['خمس', 'سبع', 'ثمن', 'تسع', 'عشر'].map(fold));
/** Duals: ثلثا / ثلثي (two thirds). Not خمسا, far more often five in the accusative than two fifths. */
const ARABIC_DUALS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['ثلثا', 3],
      ['ثلثي', 3],
    ] as const
  ).map(([w, d]) => [fold(w), d]),
);
/** Pronouns glued to a fraction: ثلثيها (two thirds of them), نصفهم (half of them). */
// Not ه: folded, خمسة (five) would read as خمسه (its fifth).
const PRONOUN_SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'نا', 'كم'].map(fold);
/** Plurals after a cardinal: ثلاثة أرباع (three quarters), أربعة أخماس. */
const ARABIC_PLURALS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['أثلاث', 3],
      ['أرباع', 4],
      ['أخماس', 5],
      ['أسداس', 6],
      ['أسباع', 7],
      ['أثمان', 8],
      ['أتساع', 9],
      ['أعشار', 10],
    ] as const
  ).map(([w, d]) => [fold(w), d]),
);
/** What makes ربع and نصف something else: ربع النهائي (the quarter-final), نصف النهائي (the semi-final). */
const FINALS = new Set(['النهائي', 'نهائي', 'النهائية', 'نهائية'].map(fold));
/** After these نصف is the verb "we describe" (نحن نصف, أن نصف, لا نصف), not a half. */
const BEFORE_VERB = new Set(['نحن', 'أن', 'لن', 'لم', 'لا', 'كي', 'لكي', 'ان'].map(fold));
const HALF_AR = fold('نصف');
/** A fraction before a demonstrative is of what it points at: ثلث هؤلاء المرضى. */
const DEMONSTRATIVES = new Set(['هؤلاء', 'هذه', 'هذا', 'تلك', 'ذلك', 'أولئك'].map(fold));
const ARTICLE = 'ال';

const PERSIAN_PARTS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['نصف', 2],
      ['ثلث', 3],
      ['ربع', 4],
      ['نیمی', 2],
    ] as const
  ).map(([w, d]) => [fold(w), d]),
);
const HALF_FA = fold('نیم');

/** What the reader needs to know about the words around a fraction. */
export interface FractionContext {
  /** Whether a bound or a preposition comes just before (نحو, أكثر من, إلى, حدود). */
  readonly bounded: boolean;
  /** Whether the word is a scale word (مليون, میلیون) or a unit: نصف مليون, ربع ساعة. */
  isScaleOrUnit(word: string, at: number): boolean;
  /** Whether the word is an ordinal: الربع الثاني is the second quarter of a year, no fraction. */
  isOrdinal(word: string): boolean;
  /** Whether a number or a counted unit comes just before (ساعتين ونصف: two hours and a half). */
  readonly afterNumber?: boolean;
}

/** An Arabic fraction at `words[p]`: الخمس, ثلثي, ربع مليون, ثلاثة أرباع. */
export function arabicFraction(
  words: readonly string[],
  p: number,
  grammar: NumberWordGrammar<unknown>,
  context: FractionContext,
): FractionMatch | undefined {
  const word = words[p];
  if (word === undefined) return undefined;
  // ثلاثة أرباع, وثلاثة أرباع: a cardinal, then a plural part.
  const plural = ARABIC_PLURALS.get(words[p + 1] ?? '');
  if (plural !== undefined) {
    const glued = ARABIC_PROCLITICS.find((c) => word.startsWith(c) && grammar.isNumberWord(word.slice(c.length))) ?? '';
    const count = grammar.isNumberWord(word.slice(glued.length)) ? grammar.parse([word.slice(glued.length)], 0) : undefined;
    const n = count ? Number(count.value.units) / 10 ** count.value.scale : NaN;
    if (count && Number.isInteger(n) && n >= 1 && n < plural)
      return { numerator: n, denominator: plural, end: p + 2, clitic: glued.length };
  }
  const read = arabicPartOf(word);
  if (!read) return undefined;
  const { clitic, definite, bare, pronoun, dual, part } = read;
  // ونصف after a number is "and a half" (ساعتين ونصف), which the number's own reading keeps.
  if (clitic === 'و' && context.afterNumber) return undefined;
  const next = words[p + 1];
  if (next !== undefined && (FINALS.has(next) || context.isOrdinal(next))) return undefined;
  if (bare === HALF_AR && !definite && BEFORE_VERB.has(words[p - 1] ?? '')) return undefined;
  const beforeWhole = pronoun !== undefined || (next !== undefined && (next.startsWith(ARTICLE) || DEMONSTRATIVES.has(next)));
  const scaled = next !== undefined && context.isScaleOrUnit(next, p + 1);
  const ambiguous = ARABIC_AMBIGUOUS.has(bare) && dual === undefined;
  const ok = ambiguous
    ? definite
      ? context.bounded
      : beforeWhole
    : dual !== undefined || definite || beforeWhole || scaled || context.bounded;
  return ok ? { numerator: dual !== undefined ? 2 : 1, denominator: part, end: p + 1, clitic: clitic.length } : undefined;
}

const ARABIC_PROCLITICS = ['وب', 'ول', 'و', 'ف', 'ب', 'ل'];

/** An Arabic word read as a part (a fraction's denominator word), with what it carries around it. */
interface ArabicPart {
  /** The proclitic glued on (و, بال …), or `''`. */
  readonly clitic: string;
  /** Whether the part has the article. */
  readonly definite: boolean;
  /** The part word without clitic, article or pronoun. */
  readonly bare: string;
  /** The pronoun suffix (ثلثيها, نصفهم), if any: the fraction is of a whole named before. */
  readonly pronoun: string | undefined;
  /** The denominator when the word is a dual (ثلثي: two thirds). */
  readonly dual: number | undefined;
  readonly part: number;
}

/**
 * What a word gives as a part, from its letters alone, or undefined when it is none: asked at every word of a
 * text, where most are no part, and the same words recur.
 */
const arabicPartOf = /* @__PURE__ */ memoize((word: string): ArabicPart | undefined => {
  const clitic =
    ARABIC_PROCLITICS.find(
      (c) => word.startsWith(c) && isPart(c.endsWith('ل') && word.startsWith(`${c}ل`) ? word.slice(c.length - 1) : word.slice(c.length)),
    ) ?? '';
  // ل before the article drops its alef: للنصف is ل + النصف.
  const stem = clitic.endsWith('ل') && word.startsWith(`${clitic}ل`) ? `ا${word.slice(clitic.length)}` : word.slice(clitic.length);
  const definite = stem.startsWith(ARTICLE);
  let bare = definite ? stem.slice(2) : stem;
  const pronoun =
    !definite && !ARABIC_PARTS.has(bare) && !ARABIC_DUALS.has(bare)
      ? PRONOUN_SUFFIXES.find((x) => bare.endsWith(x) && isPart(bare.slice(0, -x.length)))
      : undefined;
  if (pronoun) bare = bare.slice(0, -pronoun.length);
  const dual = ARABIC_DUALS.get(bare);
  const part = dual ?? ARABIC_PARTS.get(bare);
  return part === undefined ? undefined : { clitic, definite, bare, pronoun, dual, part };
});
function isPart(word: string): boolean {
  const bare = word.startsWith(ARTICLE) ? word.slice(2) : word;
  return (
    ARABIC_PARTS.has(bare) ||
    ARABIC_DUALS.has(bare) ||
    PRONOUN_SUFFIXES.some(
      (x) => bare.endsWith(x) && (ARABIC_PARTS.has(bare.slice(0, -x.length)) || ARABIC_DUALS.has(bare.slice(0, -x.length))),
    )
  );
}

/**
 * Whether a fraction can start with this word in a language, leaving aside a cardinal before a part (ثلاثة
 * أرباع, دو سوم), which starts with a number word: a part (نصف, الثلث, ربع) or نیم.
 */
export function mayStartFraction(word: string, language: 'ar' | 'fa'): boolean {
  return language === 'ar' ? arabicPartOf(word) !== undefined : word === HALF_FA || PERSIAN_PARTS.has(word);
}

/** A Persian fraction at `words[p]`: دو سوم, یک چهارم, نصف, نیمی, ربع, نیم before a scale or a unit. */
export function persianFraction(
  words: readonly string[],
  p: number,
  grammar: NumberWordGrammar<unknown>,
  context: FractionContext,
): FractionMatch | undefined {
  const word = words[p];
  if (word === undefined) return undefined;
  const next = words[p + 1];
  // دو سوم, سه چهارم: a cardinal, then an ordinal in -م (not -مین, not اول), is a fraction.
  const count = grammar.isNumberWord(word) ? grammar.parse(words, p) : undefined;
  if (count && count.end === p + 1 && next !== undefined && !next.endsWith(fold('مین')) && context.isOrdinal(next)) {
    const d = grammar.ordinal(words, p + 1);
    const n = Number(count.value.units) / 10 ** count.value.scale;
    const denominator = d ? Number(d.value.units) : NaN;
    if (d && d.end === p + 2 && Number.isInteger(n) && denominator >= 2 && denominator <= 100 && n >= 1 && n < denominator)
      return { numerator: n, denominator, end: p + 2, clitic: 0 };
    return undefined;
  }
  // دو ثلث, دو-ثلث: a cardinal, then a part word.
  if (count && count.end === p + 1) {
    const at = words[p + 1] === '-' ? p + 2 : p + 1;
    const part = PERSIAN_PARTS.get(words[at] ?? '');
    const n = Number(count.value.units) / 10 ** count.value.scale;
    if (part !== undefined && Number.isInteger(n) && n >= 1 && n < part) return { numerator: n, denominator: part, end: at + 1, clitic: 0 };
  }
  if (word === HALF_FA)
    return next !== undefined && context.isScaleOrUnit(next, p + 1) ? { numerator: 1, denominator: 2, end: p + 1, clitic: 0 } : undefined;
  const part = PERSIAN_PARTS.get(word);
  if (part === undefined || (next !== undefined && context.isOrdinal(next))) return undefined;
  return { numerator: 1, denominator: part, end: p + 1, clitic: 0 };
}

/** Significant decimals kept for a fraction that does not end (two thirds is 0.6667). */
const PLACES = 4;

/** The value of a fraction: exact when it ends in decimals (0.25, 0.4), rounded to four places otherwise. */
export function fractionValue(f: Pick<FractionMatch, 'numerator' | 'denominator'>): Decimal {
  let d = f.denominator;
  while (d % 2 === 0) d /= 2;
  while (d % 5 === 0) d /= 5;
  if (d === 1) {
    // Exact: scale up until the division ends.
    for (let scale = 0; scale <= 12; scale++) {
      const units = (BigInt(f.numerator) * 10n ** BigInt(scale)) / BigInt(f.denominator);
      if (units * BigInt(f.denominator) === BigInt(f.numerator) * 10n ** BigInt(scale)) return { units, scale };
    }
  }
  const scaled = (BigInt(f.numerator) * 10n ** BigInt(PLACES + 1)) / BigInt(f.denominator);
  return { units: (scaled + 5n) / 10n, scale: PLACES };
}
