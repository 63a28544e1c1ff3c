import { foldText, type NormalizeOptions } from '../text/normalize.js';
import { isArabicLetter } from '../text/chars.js';
import { memoize, memoize2 } from '../text/memo.js';
import {
  CONSONANT_WEIGHT,
  CORRESPONDENCES,
  DIGRAPHS,
  HARD_COST,
  VOWEL_COSTS,
  VOWEL_LETTERS,
  VOWEL_WEIGHT,
  WEAK_LETTERS,
} from './orthography.js';

/**
 * How one letter (or letter pair) of one spelling lines up with the other spelling:
 * - `same`: the same letter;
 * - `variant`: letters that write the same sound in the two conventions (غ / گ for g);
 * - `vowel`: one vowel letter for another, or a vowel letter for ع/ء;
 * - `extra`: written on one side only (a vowel letter, a glottal, a doubled consonant);
 * - `different`: letters that do not write the same sound, or a consonant written on one side only.
 */
export type LetterStepKind = 'same' | 'variant' | 'vowel' | 'extra' | 'different';

/** One step of a {@link SpellingAlignment}: what stands in each spelling at this point. */
export interface AlignedLetters {
  /** The letter(s) of the first spelling, or `''` when the first spelling has nothing here. */
  readonly a: string;
  /** The letter(s) of the second spelling, or `''`. */
  readonly b: string;
  /** What kind of correspondence this is. */
  readonly kind: LetterStepKind;
  /** For `variant` steps, the sound both letters write ("g", "p", "ch"). */
  readonly sound?: string;
  /** The cost this step adds, 0 for `same`, 1 for an unrelated consonant. */
  readonly cost: number;
}

/** The cheapest way to read one spelling as the other, letter by letter. */
export interface SpellingAlignment {
  /** Sum of the step costs. */
  readonly cost: number;
  /** The steps, in reading order. */
  readonly steps: readonly AlignedLetters[];
}

const NAME_FOLDS: NormalizeOptions = { yeh: false, tehMarbuta: false, hamza: false };

/**
 * Folds a name for comparison: the letter folds of {@link normalize} (hamza forms, ک/ك, diacritics, ZWNJ),
 * Persian ی read as ي, hamza on a seat (ئ ؤ) read as ء (a glottal, not the vowel of its seat), and two Arabic letters kept: the alef maksura ى, because a final ى is a vowel a
 * (بخارى = بخارا) while a final ي is often the adjective ending, and teh marbuta ة, which Persian writes
 * ه at the end of a word and ت inside a compound (هبة الله / هبت‌الله).
 */
export const foldName: (name: string) => string = /* @__PURE__ */ memoize(foldNameOnce);

function foldNameOnce(name: string): string {
  // Persian closes a word part that ends in the vowel e with ZWNJ (شانزه‌لیزه): that ه is the vowel, read as ة.
  const folded = foldText(name.includes('\u200c') ? name.replace(/ه\u200c(?=\p{L})/gu, 'ة\u200c') : name, NAME_FOLDS);
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x06cc || c === 0x06d0 || c === 0x06cd || c === 0x06ce) out += 'ي';
    else if (c === 0x0626 || c === 0x0624 || c === 0x0678 || c === 0x0676) out += 'ء';
    else if (c === 0x06c0 || c === 0x06c2 || c === 0x06c3 || c === 0x06d5 || c === 0x06be || c === 0x06c1) out += 'ه';
    else out += folded[i];
  }
  return out;
}

/** A folded name with ة read as ه, for telling whether two spellings are the same letters. */
export function identityKey(folded: string): string {
  return folded.replaceAll('ة', 'ه');
}

/** The Arabic-script letters of a folded name, without spaces, punctuation or anything else. */
export function lettersOf(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) if (isArabicLetter(folded.charCodeAt(i))) out += folded[i];
  return out;
}

interface PairCost {
  readonly cost: number;
  readonly sound: string;
}

const PAIRS = new Map<string, PairCost>();
for (const { letters, sound, cost } of CORRESPONDENCES) {
  for (const x of letters) {
    for (const y of letters) {
      if (x === y) continue;
      const key = x + y;
      const known = PAIRS.get(key);
      if (!known || known.cost > cost) PAIRS.set(key, { cost, sound });
    }
  }
}

/**
 * Whether the letter at `i` writes a vowel: ا و ي ى ة anywhere, and ه at the end of the name or before a
 * final اي, where Persian writes the vowel e (خامنه‌ای, کره‌ای).
 */
function isVowelAt(word: string, i: number): boolean {
  const c = word[i] as string;
  if (VOWEL_LETTERS.includes(c) || c === 'ة') return true;
  return c === 'ه' && (i === word.length - 1 || (i === word.length - 3 && word.endsWith('اي')));
}

function isWeak(c: string): boolean {
  return WEAK_LETTERS.includes(c);
}

/** Whether the letter at `i` counts as a consonant of the name's skeleton. */
export function isSkeletonLetter(word: string, i: number): boolean {
  return !isVowelAt(word, i) && !isWeak(word[i] as string);
}

/** The weight of a folded letter string: consonants 1, vowel and glottal letters ½. */
export function spellingWeight(word: string): number {
  let w = 0;
  for (let i = 0; i < word.length; i++) w += isSkeletonLetter(word, i) ? CONSONANT_WEIGHT : VOWEL_WEIGHT;
  return w;
}

/** How many skeleton consonants a folded letter string has. */
export function skeletonSize(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) if (isSkeletonLetter(word, i)) n++;
  return n;
}

function substitution(x: string, y: string, xFinal: boolean, yFinal: boolean, xVowel: boolean, yVowel: boolean, xInitial: boolean, yInitial: boolean): AlignedLetters {
  if (x === y) return { a: x, b: y, kind: 'same', cost: 0 };
  if (xFinal && yFinal) {
    const ends = x + y;
    if (ends === 'يى' || ends === 'ىي') return { a: x, b: y, kind: 'variant', sound: 'final a', cost: 0.05 };
    if (ends === 'يه' || ends === 'هي') return { a: x, b: y, kind: 'variant', sound: 'final e', cost: VOWEL_COSTS.finalE };
    if ('اهىة'.includes(x) && 'اهىة'.includes(y)) return { a: x, b: y, kind: 'vowel', cost: VOWEL_COSTS.finalAlef };
  }
  if ((x === 'ه' && xInitial && yVowel) || (y === 'ه' && yInitial && xVowel)) return { a: x, b: y, kind: 'vowel', sound: 'silent h', cost: VOWEL_COSTS.silentH };
  const pair = PAIRS.get(x + y);
  if (pair) return { a: x, b: y, kind: 'variant', sound: pair.sound, cost: pair.cost };
  const xv = xVowel;
  const yv = yVowel;
  if (xv && yv) return { a: x, b: y, kind: 'vowel', cost: VOWEL_COSTS.changed };
  if ((xv && isWeak(y)) || (yv && isWeak(x))) return { a: x, b: y, kind: 'vowel', cost: VOWEL_COSTS.glottal };
  return { a: x, b: y, kind: 'different', cost: HARD_COST };
}

/** Cost of a letter written in one spelling only, given its neighbours in that spelling. */
function indelCost(word: string, i: number): number {
  const c = word[i] as string;
  const final = i === word.length - 1;
  if (i > 0 && word[i - 1] === c && !VOWEL_LETTERS.includes(c)) return VOWEL_COSTS.doubled;
  if (final && (c === 'ا' || c === 'ه' || c === 'ى' || c === 'ة')) return VOWEL_COSTS.finalDropped;
  // Persian puts an alef before a word-initial s-cluster (not s+l: اسلام is no سلام).
  if (i === 0 && c === 'ا' && (word[1] === 'س' || word[1] === 'ش') && word.length > 3 && 'پتطكقگبدمنوفژ'.includes(word[2] as string)) return VOWEL_COSTS.prothetic;
  if (isVowelAt(word, i)) return VOWEL_COSTS.dropped;
  if (isWeak(c)) return VOWEL_COSTS.glottalDropped;
  if (c === 'ه' && i === 0 && word.length > 2 && VOWEL_LETTERS.includes(word[1] as string)) return VOWEL_COSTS.silentH;
  return HARD_COST;
}

function indelStep(a: string, b: string, at: number, cost: number): AlignedLetters {
  if (cost >= HARD_COST) return { a, b, kind: 'different', cost };
  if (at === 0 && (a || b) === 'ه' && cost === VOWEL_COSTS.silentH) return { a, b, kind: 'extra', sound: 'silent h', cost };
  return { a, b, kind: 'extra', cost };
}

const OP_SUB = 1;
const OP_DEL = 2; // a letter of a only
const OP_INS = 3; // a letter of b only
const OP_DIGRAPH_A = 4; // two letters of a for one of b
const OP_DIGRAPH_B = 5; // one letter of a for two of b

const DIGRAPH_FIRST = new Set(DIGRAPHS.map((d) => d.pair[0] as string));
// Substitutions depend only on the two letters and whether each is final and a vowel: computed once each.
const SUBSTITUTIONS = new Map<number, AlignedLetters>();

function substitutionOf(a: string, b: string, i: number, j: number, vowelA: Uint8Array, vowelB: Uint8Array): AlignedLetters {
  const x = a[i] as string;
  const y = b[j] as string;
  const xFinal = i === a.length - 1;
  const yFinal = j === b.length - 1;
  // A number, not a string: this runs for every cell of every alignment.
  const flags = (xFinal ? 1 : 0) | (yFinal ? 2 : 0) | ((vowelA[i] as number) << 2) | ((vowelB[j] as number) << 3) | (i === 0 ? 16 : 0) | (j === 0 ? 32 : 0);
  const key = (x.charCodeAt(0) * 65536 + y.charCodeAt(0)) * 64 + flags;
  let step = SUBSTITUTIONS.get(key);
  if (!step) {
    step = substitution(x, y, xFinal, yFinal, vowelA[i] === 1, vowelB[j] === 1, i === 0, j === 0);
    SUBSTITUTIONS.set(key, step);
  }
  return step;
}

function digraphCost(pair: string, letter: string): Digraph | undefined {
  for (const d of DIGRAPHS) if (d.pair === pair && d.letter === letter) return d;
  return undefined;
}
type Digraph = (typeof DIGRAPHS)[number];

/**
 * Aligns two folded letter strings (see {@link foldName} and {@link lettersOf}) at the lowest cost under
 * the orthography's correspondences: a weighted edit distance whose substitution, insertion and
 * deletion costs depend on which letters are involved and where they stand.
 */
export const alignSpellings: (a: string, b: string) => SpellingAlignment = /* @__PURE__ */ memoize2(alignSpellingsOnce);

function alignSpellingsOnce(a: string, b: string): SpellingAlignment {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  const vowelA = Uint8Array.from(a, (_, i) => (isVowelAt(a, i) ? 1 : 0));
  const vowelB = Uint8Array.from(b, (_, i) => (isVowelAt(b, i) ? 1 : 0));
  const dropA = Float64Array.from(a, (_, i) => indelCost(a, i));
  const dropB = Float64Array.from(b, (_, j) => indelCost(b, j));
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = i * width + j;
      const c = cost[here] as number;
      if (c === Infinity) continue;
      let to: number;
      let value: number;
      if (i < n && j < m) {
        to = here + width + 1;
        value = c + substitutionOf(a, b, i, j, vowelA, vowelB).cost;
        if (value < (cost[to] as number)) {
          cost[to] = value;
          back[to] = OP_SUB;
        }
      }
      if (i < n) {
        to = here + width;
        value = c + (dropA[i] as number);
        if (value < (cost[to] as number)) {
          cost[to] = value;
          back[to] = OP_DEL;
        }
      }
      if (j < m) {
        to = here + 1;
        value = c + (dropB[j] as number);
        if (value < (cost[to] as number)) {
          cost[to] = value;
          back[to] = OP_INS;
        }
      }
      if (i + 1 < n && j < m && DIGRAPH_FIRST.has(a[i] as string)) {
        const d = digraphCost(a.slice(i, i + 2), b[j] as string);
        to = here + 2 * width + 1;
        if (d && c + d.cost < (cost[to] as number)) {
          cost[to] = c + d.cost;
          back[to] = OP_DIGRAPH_A;
        }
      }
      if (i < n && j + 1 < m && DIGRAPH_FIRST.has(b[j] as string)) {
        const d = digraphCost(b.slice(j, j + 2), a[i] as string);
        to = here + width + 2;
        if (d && c + d.cost < (cost[to] as number)) {
          cost[to] = c + d.cost;
          back[to] = OP_DIGRAPH_B;
        }
      }
    }
  }
  const steps: AlignedLetters[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const op = back[i * width + j];
    if (op === OP_SUB) {
      i--;
      j--;
      steps.push(substitutionOf(a, b, i, j, vowelA, vowelB));
    } else if (op === OP_DEL) {
      i--;
      const c = indelCost(a, i);
      steps.push(indelStep(a[i] as string, '', i, c));
    } else if (op === OP_INS) {
      j--;
      const c = indelCost(b, j);
      steps.push(indelStep('', b[j] as string, j, c));
    } else if (op === OP_DIGRAPH_A) {
      i -= 2;
      j--;
      const d = digraphCost(a.slice(i, i + 2), b[j] as string) as Digraph;
      steps.push({ a: d.pair, b: d.letter, kind: 'variant', sound: d.sound, cost: d.cost });
    } else {
      i--;
      j -= 2;
      const d = digraphCost(b.slice(j, j + 2), a[i] as string) as Digraph;
      steps.push({ a: d.letter, b: d.pair, kind: 'variant', sound: d.sound, cost: d.cost });
    }
  }
  steps.reverse();
  return { cost: cost[n * width + m] as number, steps };
}
