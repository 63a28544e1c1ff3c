import type { NumberMention } from '../extract/number-mention.js';
import { arabicDecade, arabicNumbers } from '../lexicon/number-words/ar.js';
import type { Decimal } from '../lexicon/number-words/decimal.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import { numbersInsideWord } from '../lexicon/number-words/inside-words.js';
import { quantityWords } from '../lexicon/quantity-words.js';
import type { Side } from '../model/types.js';
import { foldText, normalize } from '../text/normalize.js';
import { cutTokens } from '../text/tokens.js';
import { splitGlued } from '../text/glued.js';
import type { NumberWordGrammar } from '../lexicon/number-words/grammar.js';
import { isOrdinaryWord } from '../names/find/ordinary-words.js';
import { entityKey, type NameLanguage } from '../names/gazetteer.js';
import type { ComparisonContext } from './context.js';
import { agreesAfterConversion } from './conversions.js';
import { sentencesOf } from './mentions.js';

/** A number of the detector: a mention, and whether it is part of a date. */
interface Found extends NumberMention {
  readonly inDate: boolean;
}

/** A number that may be a year of the Gregorian calendar. */
const yearLike = (m: NumberMention): boolean => /^\d{4}$/u.test(m.value) && Number(m.value) >= 1000 && Number(m.value) <= 2100;

const plainNumber = (d: Decimal | undefined): number | undefined => (d === undefined ? undefined : Number(d.units) / 10 ** d.scale);

/** The value of a number as a plain number, whatever its role: a time of day gives its hour (6:00 is 6). */
function plainValue(m: NumberMention): number {
  return m.role === 'time' ? Number(m.value.split(':')[0]) : Number(m.value);
}

/**
 * What the other side of a bead (and its neighbours) shows of a number that found no pair, which makes it
 * a number written another way rather than a number left out:
 *
 * - the same value in any role: an ordinal for a count (شارع 125 / خیابان ۱۲۵‌ام), a year inside a date,
 *   the hour of a time of day (في الساعة السادسة / ۶ ساعت);
 * - a value it converts to (20 feet / 6 metres), there or beside it on its own side (۲۰ فوت (۶ متر));
 * - a share written as a fraction for a percentage without its unit (النصف / 50);
 * - a number inside a word: الرباعية / چهار نفره, IL6 for الإنترلوكين 6, an English title (Five Lives);
 * - a century that holds a year (دهه 2000 / القرن الواحد والعشرين);
 * - a vague quantity that stands for it (عشرات, چندین, dozens).
 */
export function counterpartEvidence(
  ctx: ComparisonContext,
  found: { readonly a: readonly (readonly Found[])[]; readonly b: readonly (readonly Found[])[] },
  sameValue: (x: NumberMention, y: NumberMention) => boolean,
): { explains(side: Side, m: Found, bead: number): boolean } {
  const sentencesNear = (side: Side, bead: number): number[] =>
    [bead - 1, bead, bead + 1].flatMap((k) => (ctx.beads[k] ? [...sentencesOf(ctx.beads[k], side)] : []));
  const near = (side: Side, bead: number): Found[] => sentencesNear(side, bead).flatMap((s) => found[side][s] ?? []);
  const words = (side: Side, sentences: readonly number[]): string[] =>
    sentences.flatMap((s) => cutTokens(foldText(ctx[side].sentences[s]?.text ?? '')).map((t) => t.text));
  return {
    explains(side, m, bead) {
      const other: Side = side === 'a' ? 'b' : 'a';
      const there = near(other, bead);
      const value = plainValue(m);
      if (there.some((y) => sameValue(m, y) || agreesAfterConversion(m, y) || plainValue(y) === value)) return true;
      if (near(side, bead).some((y) => y !== m && agreesAfterConversion(m, y))) return true;
      if (m.unit === undefined && there.some((y) => y.role === 'fraction' && Math.abs(Number(y.value) * 100 - value) <= 0.5)) return true;
      const theirWords = words(other, sentencesNear(other, bead));
      if (yearLike(m) && showsYear(theirWords, ctx[other].language, Number(m.value))) return true;
      if (theirWords.some((w) => numbersInsideWord(w).includes(value))) return true;
      // نه هواپیما for تسع طائرات: a number word the other side's reader set aside as ambiguous (نه is also
      // "not", شش "lung", یک "a") still shows the value.
      const grammar = ctx[other].language === 'fa' ? persianNumbers : arabicNumbers;
      if (theirWords.some((w, i) => grammar.isNumberWord(w) && plainNumber(grammar.parse(theirWords, i)?.value) === value)) return true;
      // ثلاثمرات for ثلاث مرات: a number word run together with the word after it.
      const ownLanguage = ctx[other].language;
      if (ownLanguage !== 'unknown' && theirWords.some((w) => gluedNumber(w, grammar, ownLanguage) === value)) return true;
      // دیلی بیست / ديلي بيست: a number word that the other side writes as a word of a name is a name.
      const written = foldText(m.text);
      if (m.form === 'words' && !written.includes(' ') && theirWords.includes(written)) return true;
      const language = ctx[other].language;
      if (language === 'unknown') return false;
      const table = quantityWords(language);
      const own = words(other, ctx.beads[bead] ? sentencesOf(ctx.beads[bead], other) : []);
      return own.some((_, i) => table.match(own, i, (w) => w.role === 'vague') !== undefined);
    },
  };
}

/**
 * The value of a number word that opens a word run together with the next (ثلاثمرات: ثلاث and مرات), when what
 * follows it is a word of the language; `undefined` for a word that only begins like one (ثلاثاء, Tuesday).
 */
function gluedNumber(
  word: string,
  grammar: Pick<NumberWordGrammar<unknown>, 'isNumberWord' | 'parse'>,
  language: NameLanguage,
): number | undefined {
  const parts = splitGlued(
    word,
    (head, tail) => grammar.isNumberWord(head) && tail.length >= 3 && isOrdinaryWord(entityKey(tail), language),
  );
  return parts ? plainNumber(grammar.parse(parts, 0)?.value) : undefined;
}

const DECADE_FA = normalize('دهه').text;
const CENTURY = new Set(['القرن', 'قرن'].map((w) => normalize(w).text));

/**
 * Whether the sentences (folded words) show a year in another form than a date: the bare number (انتخابات
 * 2016), a decade whose tens are the year's (الستينيات for 1960, دهه ۶۰), or the century that holds it
 * (القرن الواحد والعشرين for 2000–2009 … the 2000s).
 */
export function showsYear(words: readonly string[], language: 'ar' | 'fa' | 'unknown', year: number): boolean {
  const grammar = language === 'fa' ? persianNumbers : arabicNumbers;
  const tens = year % 100;
  return words.some((w, i) => {
    if (w === String(year)) return true;
    // 53-1950, 1950-53: the later year of a range, abbreviated.
    if (
      /^\d\d$/u.test(w) &&
      Number(w) === tens &&
      [words[i - 2], words[i + 2]].some((x) => x !== undefined && /^\d{4}$/u.test(x) && Math.abs(Number(x) - year) <= 30)
    )
      return true;
    const decade = arabicDecade(w);
    if (decade !== undefined && year % 10 === 0 && decade === tens) return true;
    if (w === DECADE_FA && year % 10 === 0) {
      const next = words[i + 1] ?? '';
      const n = /^\d+$/u.test(next)
        ? Number(next)
        : plainNumber(grammar.isNumberWord(next) ? grammar.parse(words, i + 1)?.value : undefined);
      if (n === tens || n === year) return true;
    }
    if (CENTURY.has(w)) {
      const ordinal = grammar.ordinal(words, i + 1) ?? arabicNumbers.ordinal(words, i + 1);
      const century = plainNumber(ordinal?.value);
      if (century !== undefined && century === Math.ceil(year / 100) + (year % 100 === 0 ? 1 : 0)) return true;
    }
    return false;
  });
}
