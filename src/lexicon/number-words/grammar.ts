import { add, decimal, multiply, parseNumeral, startsWithDigit, type Decimal } from './decimal.js';
import { extend } from '../../contract/extend.js';

/** A number read from words (and digits with scale words: `15 ألف`, `۲.۵ میلیون`). */
export interface NumberWordsMatch {
  readonly value: Decimal;
  /** Index one past the last word read. */
  readonly end: number;
  /** Whether digits took part (`15 ألف`). */
  readonly digits: boolean;
}

/** The number-word grammar of one language: a reader and the generator the exhaustive tests use. */
export interface NumberWordGrammar<SpellOptions> {
  readonly language: 'ar' | 'fa';
  /**
   * Reads the longest number that starts at `words[from]`. `words` are tokens of `normalize`d text.
   * A number in digits alone is not read here (the caller reads digits); digits followed by a scale word are.
   */
  parse(words: readonly string[], from: number): NumberWordsMatch | undefined;
  /** Writes a non-negative integer out in words, in the form the options choose. */
  spell(n: bigint | number, options?: SpellOptions): string;
  /** Whether a (normalized) word is an ordinal number word (الخامس, پنجم, بیستمین): such words start no number. */
  isOrdinal(word: string): boolean;
  /**
   * Reads the ordinal number in words that starts at `words[from]` (الخامس عشر, الحادية والعشرين, ثالث,
   * بیست و پنجمین, نخستین) and its value; `undefined` when none starts there.
   */
  ordinal(words: readonly string[], from: number): NumberWordsMatch | undefined;
  /** Whether an ordinal in words can start with this (normalized) word: a cheap test before {@link ordinal}. */
  mayStartOrdinal(word: string): boolean;
  /** Whether a number in words can start with this (normalized) word: a cheap test before {@link parse}. */
  isNumberWord(word: string): boolean;
}

/** Below a thousand, read by a language's own rules. */
export interface SmallNumber {
  readonly value: number;
  readonly next: number;
}

/** A scale word: ألف/آلاف/ألفان, مليون, هزار, میلیون …; `count` is what it means alone (ألفان = 2), 0 when it cannot stand alone (آلاف). */
export interface ScaleWord {
  readonly value: bigint;
  readonly count: 0 | 1 | 2;
}

/** What a language gives the shared reader, which handles scales, groups and the conjunction و. */
export interface NumberWordRules {
  /** Reads a number below 1000 at `words[p]`; when `conj`, it must be introduced by و (see {@link afterConjunction}). */
  below1000(words: readonly string[], p: number, conj: boolean): SmallNumber | undefined;
  scale(word: string): ScaleWord | undefined;
  /** The word for one half (نصف, نیم) in `X و نیم` and `مليون ونصف`. */
  readonly half: string;
}

/**
 * The word after the conjunction و at `words[p]`: either `و` is a token of its own (Persian, and Arabic
 * typed with a space) or it is glued to the word (Arabic وخمسون). `undefined` when no و is there.
 */
export function afterConjunction(words: readonly string[], p: number): { word: string; next: number } | undefined {
  const w = words[p];
  if (w === undefined) return undefined;
  if (w === 'و') {
    const next = words[p + 1];
    return next === undefined ? undefined : { word: next, next: p + 2 };
  }
  return w.length > 1 && w.charCodeAt(0) === 0x0648 ? { word: w.slice(1), next: p + 1 } : undefined;
}

/** The word at `p`, after a conjunction when `conj`. */
export function wordAt(words: readonly string[], p: number, conj: boolean): { word: string; next: number } | undefined {
  if (conj) return afterConjunction(words, p);
  const w = words[p];
  return w === undefined ? undefined : { word: w, next: p + 1 };
}

interface Group {
  readonly value: Decimal;
  readonly scale: bigint;
  readonly next: number;
  readonly digits: boolean;
  /** A scale word standing alone (ألف, ألفان): the form that may repeat a scale (مئة ألف وألف). */
  readonly bare: boolean;
}

const HALF: Decimal = { units: 5n, scale: 1 };

/** Reads numbers in words with the shared structure of Arabic and Persian: groups of (below 1000) × scale, joined by و, largest first. */
export function readNumberWords(rules: NumberWordRules, words: readonly string[], from: number): NumberWordsMatch | undefined {
  const first = readGroup(rules, words, from, false);
  if (!first) return undefined;
  let total = first.value;
  let last = first.scale;
  let next = first.next;
  let digits = first.digits;
  let repeated = false;
  // ۲.۸۹ میلیون و سی…: a scaled decimal takes no further group (the و begins other words).
  while (last > 1n && first.value.scale === 0) {
    const g = readGroup(rules, words, next, true);
    if (!g) break;
    if (g.scale < last) {
      last = g.scale;
      repeated = false;
    } else if (g.scale === last && g.bare && !repeated) {
      // مئة ألف وألف (101,000): the classical form repeats the scale word for a last one or two.
      repeated = true;
    } else break;
    total = add(total, g.value);
    next = g.next;
    digits ||= g.digits;
  }
  return { value: total, end: next, digits };
}

function readGroup(rules: NumberWordRules, words: readonly string[], p: number, conj: boolean): Group | undefined {
  let multiplier: Decimal | undefined;
  let next: number;
  let digits = false;
  // Bare (a scale word with no count before it, ألف alone) only on the path that returns early below.
  const bare = false;
  const small = rules.below1000(words, p, conj);
  if (small) {
    multiplier = decimal(small.value);
    next = small.next;
  } else {
    const at = wordAt(words, p, conj);
    const numeral = at && startsWithDigit(at.word) ? parseNumeral(at.word) : undefined;
    if (at && numeral) {
      multiplier = numeral;
      next = at.next;
      digits = true;
    } else if (at) {
      const alone = rules.scale(at.word);
      if (!alone || alone.count === 0) return undefined;
      multiplier = multiply(decimal(alone.count), decimal(alone.value));
      next = at.next;
      const chained = chainScales(rules, words, next, multiplier, alone.value);
      return withHalfAfter(rules, words, extend(chained, { digits, bare: chained.next === next }));
    } else return undefined;
  }
  // X و نیم میلیون: a half between the multiplier and its scale.
  const half = afterConjunction(words, next);
  if (half && half.word === rules.half && rules.scale(words[half.next] ?? '')) {
    multiplier = add(multiplier, HALF);
    next = half.next;
  }
  // X و نیم, خمسة ونصف with no scale after: X and a half.
  if (!rules.scale(words[next] ?? '') && !digits && multiplier.scale === 0) {
    const alone = afterConjunction(words, next);
    if (alone && alone.word === rules.half) return { value: add(multiplier, HALF), scale: 1n, next: alone.next, digits, bare };
  }
  const s = rules.scale(words[next] ?? '');
  if (!s) {
    if (digits || multiplier.scale > 0) return undefined;
    return { value: multiplier, scale: 1n, next, digits, bare };
  }
  const chained = chainScales(rules, words, next + 1, multiply(multiplier, decimal(s.value)), s.value);
  return withHalfAfter(rules, words, extend(chained, { digits, bare }));
}

/** ألف مليار (10^12): a scale word multiplied by a larger one that follows it. */
function chainScales(
  rules: NumberWordRules,
  words: readonly string[],
  next: number,
  value: Decimal,
  scale: bigint,
): { value: Decimal; scale: bigint; next: number } {
  let s = rules.scale(words[next] ?? '');
  while (s && s.value > scale) {
    value = multiply(value, decimal(s.value));
    scale *= s.value;
    next++;
    s = rules.scale(words[next] ?? '');
  }
  return { value, scale, next };
}

/** مليون ونصف, مليونين ونصف المليون (2.5 million): a half after a scale word is half of that scale. */
function withHalfAfter(rules: NumberWordRules, words: readonly string[], g: Group): Group {
  const half = afterConjunction(words, g.next);
  if (!half || half.word !== rules.half || g.scale === 1n) return g;
  const article = words[half.next];
  const named = article !== undefined && article.startsWith('ال') && rules.scale(article.slice(2))?.value === g.scale;
  return { ...g, value: add(g.value, multiply(HALF, decimal(g.scale))), next: named ? half.next + 1 : half.next };
}
