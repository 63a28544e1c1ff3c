import { memoize } from '../../text/memo.js';
import { foldText, normalize } from '../../text/normalize.js';
import {
  readNumberWords,
  wordAt,
  type NumberWordGrammar,
  type NumberWordsMatch,
  type NumberWordRules,
  type ScaleWord,
  type SmallNumber,
} from './grammar.js';
import { elementAt } from '../../contract/element-at.js';

/** How {@link persianNumbers}.spell writes a number. */
export interface PersianSpellOptions {
  /** Join the parts of a number below 1000 with a zero-width non-joiner (بیست‌وپنج) instead of spaces (بیست و پنج). */
  glued?: boolean;
  /** Write 100–900 as a unit and صد (سه صد, the Dari habit) instead of one word (سیصد). */
  hundredsApart?: boolean;
  /** Write 100 as یکصد and 1000 as یک هزار. */
  explicitOne?: boolean;
  /** Use the spoken spellings شیش, پونزده, هیفده, هیجده. */
  colloquial?: boolean;
}

type Atom =
  | { kind: 'zero' }
  | { kind: 'unit'; value: number } // 1–9
  | { kind: 'teen'; value: number } // 10–19
  | { kind: 'tens'; value: number } // 20–90
  | { kind: 'hundreds'; value: number } // صد … نهصد
  | { kind: 'compound'; value: number }; // a compound typed as one word once its ZWNJs are gone: بیست‌وپنج

const fold = (word: string): string => normalize(word).text;

const UNITS = ['', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'];
const TEENS = ['ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'];
const TENS = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'];
const HUNDREDS = ['', 'صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'];
const COLLOQUIAL: Readonly<Record<string, string>> = { شش: 'شیش', پانزده: 'پونزده', هفده: 'هیفده', هجده: 'هیجده' };
const OTHER_SPELLINGS: readonly [string, Atom][] = [
  ['شیش', { kind: 'unit', value: 6 }],
  ['پونزده', { kind: 'teen', value: 15 }],
  ['هیفده', { kind: 'teen', value: 17 }],
  ['هیجده', { kind: 'teen', value: 18 }],
  ['هژده', { kind: 'teen', value: 18 }],
  ['یکصد', { kind: 'hundreds', value: 100 }],
];
const SCALES: readonly (readonly [string, bigint])[] = [
  ['تریلیون', 10n ** 12n],
  ['میلیارد', 10n ** 9n],
  ['میلیون', 10n ** 6n],
  ['هزار', 1000n],
];
const SAD = fold('صد');

const ATOMS = new Map<string, Atom>();
for (let i = 1; i <= 9; i++) {
  ATOMS.set(fold(elementAt(UNITS, i)), { kind: 'unit', value: i });
  ATOMS.set(fold(elementAt(TENS, i)), { kind: 'tens', value: i * 10 });
  ATOMS.set(fold(elementAt(HUNDREDS, i)), { kind: 'hundreds', value: i * 100 });
}
for (let i = 0; i <= 9; i++) ATOMS.set(fold(elementAt(TEENS, i)), { kind: 'teen', value: 10 + i });
ATOMS.delete('');
for (const [w, atom] of OTHER_SPELLINGS) ATOMS.set(fold(w), atom);
ATOMS.set(fold('صفر'), { kind: 'zero' });
// Dari writes ملیون and ملیارد (ملیون‌ها), as Arabic does, beside the Iranian میلیون and میلیارد.
const OTHER_SCALE_SPELLINGS: readonly (readonly [string, bigint])[] = [
  ['ملیون', 10n ** 6n],
  ['ملیارد', 10n ** 9n],
  ['ترلیون', 10n ** 12n],
];
const SCALE_WORDS = new Map<string, ScaleWord>([...SCALES, ...OTHER_SCALE_SPELLINGS].map(([w, value]) => [fold(w), { value, count: 1 }]));
// ۲.۸ میلیاردی, ده میلیونی: with ی the number qualifies a noun; alone (تظاهرات میلیونی) it counts nothing.
for (const [w, value] of [...SCALES, ...OTHER_SCALE_SPELLINGS]) SCALE_WORDS.set(fold(`${w}ی`), { value, count: 0 });

function below100(words: readonly string[], p: number, conj: boolean): SmallNumber | undefined {
  const at = wordAt(words, p, conj);
  const first = at && atom(at.word);
  if (!at || !first || first.kind === 'hundreds' || (first.kind === 'compound' && first.value >= 100)) return undefined;
  if (first.kind === 'zero') return { value: 0, next: at.next };
  if (first.kind === 'tens') {
    // Tens come before the units: بیست و پنج.
    const unit = wordAt(words, at.next, true);
    const u = unit && atom(unit.word);
    if (unit && u?.kind === 'unit') return { value: first.value + u.value, next: unit.next };
  }
  return { value: first.value, next: at.next };
}

function below1000(words: readonly string[], p: number, conj: boolean): SmallNumber | undefined {
  const at = wordAt(words, p, conj);
  if (!at) return undefined;
  const first = atom(at.word);
  let hundreds = 0;
  let next = at.next;
  if (first?.kind === 'hundreds') hundreds = first.value;
  else if (first?.kind === 'compound' && first.value >= 100) return { value: first.value, next };
  else if (first?.kind === 'unit') {
    // Dari writes سه صد, دو صد for سیصد, دویست; and سه صد‌و‌بیست with the rest glued to صد.
    const after = words[at.next] ?? '';
    const glued = after.startsWith(SAD) ? atom(after) : undefined;
    if (after === SAD) {
      hundreds = first.value * 100;
      next = at.next + 1;
    } else if (glued?.kind === 'compound' && glued.value > 100 && glued.value < 200) {
      return { value: first.value * 100 + glued.value - 100, next: at.next + 1 };
    }
  }
  if (hundreds === 0) return below100(words, p, conj);
  const rest = below100(words, next, true);
  return rest ? { value: hundreds + rest.value, next: rest.next } : { value: hundreds, next };
}

const RULES: NumberWordRules = { below1000, scale: (w) => SCALE_WORDS.get(w), half: fold('نیم') };

function spellBelow1000(n: number, o: PersianSpellOptions): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const word = (w: string): string => (o.colloquial ? (COLLOQUIAL[w] ?? w) : w);
  if (h > 0) {
    if (o.hundredsApart) parts.push(`${word(elementAt(UNITS, h))} صد`);
    else parts.push(h === 1 && o.explicitOne ? 'یکصد' : elementAt(HUNDREDS, h));
  }
  if (rest >= 20) {
    parts.push(elementAt(TENS, Math.floor(rest / 10)));
    if (rest % 10) parts.push(word(elementAt(UNITS, rest % 10)));
  } else if (rest >= 10) parts.push(word(elementAt(TEENS, rest - 10)));
  else if (rest > 0) parts.push(word(elementAt(UNITS, rest)));
  return parts.join(o.glued ? '\u200cو\u200c' : ' و ');
}

function spell(n: bigint | number, options?: PersianSpellOptions): string {
  let rest = BigInt(n);
  if (rest < 0n) throw new RangeError('spell: the number must not be negative');
  if (rest >= 10n ** 15n) throw new RangeError('spell: numbers from 10^15 up have no words here');
  const o = options ?? {};
  if (rest === 0n) return 'صفر';
  const parts: string[] = [];
  for (const [scale, value] of SCALES) {
    const m = Number(rest / value);
    rest %= value;
    if (m === 0) continue;
    // 1000 is هزار (یک هزار when asked); a million and up always say یک.
    if (m === 1 && value === 1000n && !o.explicitOne) parts.push(scale);
    else parts.push(`${spellBelow1000(m, o)} ${scale}`);
  }
  if (rest > 0n) parts.push(spellBelow1000(Number(rest), o));
  return parts.join(' و ');
}

// Compounds typed with ZWNJs lose them in normalize and become one word: بیست‌وپنج → بيستوپنج. Each opens with
// its hundreds (سيصد, يكصد) or, below 100, its tens (بيست): the compounds are kept in groups by that first part,
// and a group is spelled and folded when a word first opens with its first part (most words open with none, and
// spelling every compound below 1000 cost ≈ 40 ms at the first Persian word).
const GLUED_SPELLINGS: readonly PersianSpellOptions[] = [
  { glued: true },
  { glued: true, explicitOne: true },
  { glued: true, colloquial: true },
  { glued: true, explicitOne: true, colloquial: true },
];

interface CompoundGroup {
  /** The folded first parts its compounds open with. */
  readonly opens: readonly string[];
  readonly from: number;
  readonly to: number;
  /** Folded compound → its value, once spelled. */
  compounds?: Map<string, number>;
}

// Hundreds 1–9 (100 also as یکصد), then the tens 20–90 below 100: 21–29, …, 91–99.
const COMPOUND_GROUPS: readonly CompoundGroup[] = [
  ...HUNDREDS.slice(1).map((w, k) => ({
    opens: k === 0 ? [fold(w), fold('یکصد')] : [fold(w)],
    from: (k + 1) * 100,
    to: (k + 1) * 100 + 99,
  })),
  ...TENS.slice(2).map((w, k) => ({ opens: [fold(w)], from: (k + 2) * 10 + 1, to: (k + 2) * 10 + 9 })),
];

function compoundsOf(group: CompoundGroup): Map<string, number> {
  if (group.compounds) return group.compounds;
  const compounds = new Map<string, number>();
  for (let n = group.from; n <= group.to; n++) {
    for (const o of GLUED_SPELLINGS) {
      // foldText is normalize's fold without its offsets, which would be made in vain here.
      const glued = foldText(spellBelow1000(n, o));
      if (!ATOMS.has(glued) && !compounds.has(glued)) compounds.set(glued, n);
    }
  }
  group.compounds = compounds;
  return compounds;
}

/**
 * The value of a folded compound of 21–999 typed as one word (بيستوپنج), or undefined: of the compounds so
 * spelled, the smallest number (as one table of them all, filled from 21 up and keeping the first, would give).
 */
export function persianCompoundValue(word: string): number | undefined {
  let value: number | undefined;
  for (const group of COMPOUND_GROUPS) {
    if (!group.opens.some((first) => word.startsWith(first))) continue;
    const n = compoundsOf(group).get(word);
    if (n !== undefined && (value === undefined || n < value)) value = n;
  }
  return value;
}

const COMPOUND_ATOMS: Atom[] = [];

function atom(word: string): Atom | undefined {
  const simple = ATOMS.get(word);
  if (simple) return simple;
  const n = persianCompoundValue(word);
  return n === undefined ? undefined : (COMPOUND_ATOMS[n] ??= { kind: 'compound', value: n });
}

/** Persian ordinal of n ≥ 1 with the suffix م (بیست و پنجم) or مین (بیست و پنجمین); یکم for 1. */
export function spellPersianOrdinal(n: number, suffix: 'م' | 'مین' = 'م', options?: PersianSpellOptions): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('spellPersianOrdinal: n ≥ 1');
  const cardinal = spell(n, options);
  if (cardinal.endsWith('سه')) return `${cardinal.slice(0, -2)}سو${suffix}`;
  if (cardinal.endsWith('سی')) return `${cardinal}\u200cا${suffix}`;
  return cardinal + suffix;
}

const ORDINAL_WORDS = new Set(['اول', 'اولین', 'نخست', 'نخستین', 'سوم', 'سومین'].map(fold));
// The ordinals whose stem is not the cardinal: اول and نخست are first, سوم is three (سه), یکم is one.
const IRREGULAR_ORDINALS = new Map<string, string>(
  [
    ['اول', 'یک'],
    ['اولین', 'یک'],
    ['نخست', 'یک'],
    ['نخستین', 'یک'],
    ['سوم', 'سه'],
    ['سومین', 'سه'],
  ].map(([o, c]) => [fold(o as string), fold(c as string)]),
);

/**
 * The cardinal word an ordinal word is made from (پنجمین → پنج, سی‌ام → سی, سوم → سه), if it is one: asked of
 * every word in ‑م of a text, kept per word.
 */
const ordinalStem = /* @__PURE__ */ memoize(ordinalStemOnce);

function ordinalStemOnce(word: string): string | undefined {
  const irregular = IRREGULAR_ORDINALS.get(word);
  if (irregular) return irregular;
  for (const suffix of ['مين', 'ام', 'م']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    // سوم inside a compound: بیست و سوم, بیست‌وسومین.
    const cardinal = stem.endsWith('سو') ? `${stem.slice(0, -2)}سه` : stem;
    if (cardinal.length > 0 && (atom(cardinal) !== undefined || SCALE_WORDS.has(cardinal))) return cardinal;
  }
  return undefined;
}

/** بیست و پنجمین, چهل و چهارم, صدم: the cardinal read with its last word's ordinal suffix taken off. */
function readOrdinal(words: readonly string[], from: number): NumberWordsMatch | undefined {
  // The ordinal word ends the number: look for it a few words on, past the و of a compound.
  for (let k = from; k < Math.min(words.length, from + 9); k++) {
    const stem = ordinalStem(elementAt(words, k));
    if (stem === undefined) {
      if (atom(elementAt(words, k)) === undefined && !SCALE_WORDS.has(elementAt(words, k)) && words[k] !== 'و') return undefined;
      continue;
    }
    const window = [...words.slice(from, k), stem];
    const read = readNumberWords(RULES, window, 0);
    return read && read.end === window.length ? { value: read.value, end: k + 1, digits: false } : undefined;
  }
  return undefined;
}

/**
 * Persian cardinal numbers in words: units, teens, tens, hundreds (and the Dari سه صد), هزار, میلیون,
 * میلیارد, compounds with و (also typed as one word, بیست‌وپنج), «و نیم» for a half, the spoken
 * spellings (شیش, هیجده), and digits with scale words (۲.۵ میلیون).
 */
export const persianNumbers: NumberWordGrammar<PersianSpellOptions> = {
  language: 'fa',
  parse: (words, from) => readNumberWords(RULES, words, from),
  spell,
  isNumberWord: (word) => atom(word) !== undefined || SCALE_WORDS.has(word),
  isOrdinal(word) {
    if (ORDINAL_WORDS.has(word)) return true;
    const stem = word.endsWith('مين')
      ? word.slice(0, -3)
      : word.endsWith('ام')
        ? word.slice(0, -2)
        : word.endsWith('م')
          ? word.slice(0, -1)
          : '';
    return stem.length > 0 && (atom(stem) !== undefined || SCALE_WORDS.has(stem));
  },
  ordinal: readOrdinal,
  // readOrdinal's first word: an ordinal, or a word of the cardinal before it (بیست و پنجمین).
  mayStartOrdinal: (word) => ordinalStem(word) !== undefined || atom(word) !== undefined || SCALE_WORDS.has(word) || word === 'و',
};
