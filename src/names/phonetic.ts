/* eslint-disable no-restricted-syntax -- an inner loop over typed arrays within its own bounds: elementAt() per cell
   measurably slows the aligner, so plain indexing stays here (see src/contract/element-at.ts). */
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
  SEATED_HAMZA,
  LENGTH_H,
  NASAL_BEFORE_B,
  NASAL_BEFORE_B_COST,
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

/**
 * Pashto letters that Dari and Persian write with their own letter in the same names (لښکرګاه / لشکرگاه, ننګرهار /
 * ننگرهار, ډنډ / دند): ګ as گ, ښ as ش, and the retroflex ټ ډ ړ as ت د ر. Not ځ, څ and ږ, which Persian writes
 * several ways.
 */
const PASHTO_LETTERS: ReadonlyMap<number, string> = new Map([
  [0x06ab, 'گ'],
  [0x069a, 'ش'],
  [0x067c, 'ت'],
  [0x0689, 'د'],
  [0x0693, 'ر'],
]);

/** Whether one letter is a Pashto letter and the other the letter Persian writes for it (ګ گ, ښ ش, ې ی). */
export function isPashtoPair(x: string, y: string): boolean {
  // ې, Pashto's e, is folded with the other forms of ye (ی ي).
  const persian = (p: string, q: string): boolean => PASHTO_LETTERS.get(p.charCodeAt(0)) === q || (p === 'ې' && (q === 'ی' || q === 'ي'));
  return x.length === 1 && y.length === 1 && (persian(x, y) || persian(y, x));
}

function foldNameOnce(name: string): string {
  // Persian closes a word part that ends in the vowel e with ZWNJ (شانزه‌لیزه): that ه is the vowel, read as ة.
  const folded = foldText(name.includes('\u200c') ? name.replace(/ه\u200c(?=\p{L})/gu, 'ة\u200c') : name, NAME_FOLDS);
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x06cc || c === 0x06d0 || c === 0x06cd || c === 0x06ce) out += 'ي';
    else if (c === 0x0626 || c === 0x0624 || c === 0x0678 || c === 0x0676) out += 'ء';
    else if (c === 0x06c0 || c === 0x06c2 || c === 0x06c3 || c === 0x06d5 || c === 0x06be || c === 0x06c1) out += 'ه';
    else out += PASHTO_LETTERS.get(c) ?? folded.charAt(i);
  }
  return out;
}

/**
 * A name's words folded to their letters, one space between them (جمهوری اسلامی ایران → جمهوري اسلامي ايران): the key
 * of word lists whose entries may be phrases. A ZWNJ joins, as it does in the word (بین‌المللی is one word).
 */
export function foldWords(text: string): string {
  return text
    .trim()
    .split(/\s+/u)
    .map((w) => lettersOf(foldName(w)))
    .join(' ');
}

/** A folded name with ة read as ه, for telling whether two spellings are the same letters. */
export function identityKey(folded: string): string {
  return folded.replaceAll('ة', 'ه');
}

/** The Arabic-script letters of a folded name, without spaces, punctuation or anything else. */
export function lettersOf(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) if (isArabicLetter(folded.charCodeAt(i))) out += folded.charAt(i);
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

function substitution(
  x: string,
  y: string,
  xFinal: boolean,
  yFinal: boolean,
  xVowel: boolean,
  yVowel: boolean,
  xInitial: boolean,
  yInitial: boolean,
  beforeLabial: boolean,
): AlignedLetters {
  if (x === y) return { a: x, b: y, kind: 'same', cost: 0 };
  // An n before b or p is said m, and spellings write it either way (استانبول / استامبول, جنبلاط / جمبلاط).
  if (beforeLabial && ((x === 'ن' && y === 'م') || (x === 'م' && y === 'ن')))
    return { a: x, b: y, kind: 'variant', sound: NASAL_BEFORE_B, cost: NASAL_BEFORE_B_COST };
  if (xFinal && yFinal) {
    const ends = x + y;
    if (ends === 'يى' || ends === 'ىي') return { a: x, b: y, kind: 'variant', sound: 'final a', cost: 0.05 };
    if (ends === 'يه' || ends === 'هي') return { a: x, b: y, kind: 'variant', sound: 'final e', cost: VOWEL_COSTS.finalE };
    if ('اهىة'.includes(x) && 'اهىة'.includes(y)) return { a: x, b: y, kind: 'vowel', cost: VOWEL_COSTS.finalAlef };
  }
  if ((x === 'ه' && xInitial && yVowel) || (y === 'ه' && yInitial && xVowel))
    return { a: x, b: y, kind: 'vowel', sound: 'silent h', cost: VOWEL_COSTS.silentH };
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
  // ي and و say y and w (v) where no vowel can be, at the start of a word (ينبع is no النبع) and between two alefs
  // (حلفايا is no حلفا): there they are consonants, which no spelling leaves out.
  if ((c === 'ي' || c === 'و') && (i === 0 || (word[i - 1] === 'ا' && word[i + 1] === 'ا'))) return HARD_COST;
  // Persian puts an alef before a word-initial s-cluster (not s+l: اسلام is no سلام).
  if (i === 0 && c === 'ا' && (word[1] === 'س' || word[1] === 'ش') && word.length > 3 && 'پتطكقگبدمنوفژ'.includes(word[2] as string))
    return VOWEL_COSTS.prothetic;
  // So it does before the nasal clusters that open African names, ng and mb (انگولو / نغولو, امبوتو / مبوتو).
  if (i === 0 && c === 'ا' && word.length > 4 && /^ا(?:ن[گغ]|م[بپ])/u.test(word)) return VOWEL_COSTS.prothetic;
  if (isVowelAt(word, i)) return VOWEL_COSTS.dropped;
  // Persian seats a hamza between a vowel and a final e (اوئه for Ōe, هوئه for Huế), where Arabic writes the vowels only.
  if (c === 'ء' && i === word.length - 2 && word[i + 1] === 'ه' && i > 0 && VOWEL_LETTERS.includes(word[i - 1] as string))
    return VOWEL_COSTS.hamzaBeforeE;
  if (isWeak(c)) return VOWEL_COSTS.glottalDropped;
  if (c === 'ه' && i === 0 && word.length > 2 && VOWEL_LETTERS.includes(word[1] as string)) return VOWEL_COSTS.silentH;
  // German h after a long vowel and before l, m, n or r marks the length and is not said (Mahler / مالر, Brahms /
  // برامس, Kohl): one spelling writes it, another not.
  if (c === 'ه' && i > 1 && 'او'.includes(word[i - 1] as string) && 'لمنر'.includes(word[i + 1] ?? '')) return VOWEL_COSTS.lengthH;
  return HARD_COST;
}

function indelStep(a: string, b: string, at: number, cost: number): AlignedLetters {
  if (cost >= HARD_COST) return { a, b, kind: 'different', cost };
  if (at === 0 && (a || b) === 'ه' && cost === VOWEL_COSTS.silentH) return { a, b, kind: 'extra', sound: 'silent h', cost };
  if ((a || b) === 'ه' && cost === VOWEL_COSTS.lengthH) return { a, b, kind: 'extra', sound: LENGTH_H, cost };
  if ((a || b) === 'ء' && cost === VOWEL_COSTS.hamzaBeforeE) return { a, b, kind: 'extra', sound: SEATED_HAMZA, cost };
  return { a, b, kind: 'extra', cost };
}

const OP_SUB = 1;
const OP_DEL = 2; // a letter of a only
const OP_INS = 3; // a letter of b only
const OP_DIGRAPH_A = 4; // two letters of a for one of b
const OP_DIGRAPH_B = 5; // one letter of a for two of b

const DIGRAPH_FIRST = new Set(DIGRAPHS.map((d) => d.pair[0] as string));
// Substitutions depend only on the two letters and whether each is final, initial and a vowel: computed once
// each, and kept under a small integer (a letter's number, see letterId, and the flags), so that the lookup in
// every cell of every alignment hashes a small integer.
const SUBSTITUTIONS = new Map<number, AlignedLetters>();
/** Each letter met, numbered from 0 in the order met: Arabic-script letters, and whatever else a caller folds. */
const LETTER_IDS = new Map<number, number>();
/** Letter numbers below this make a substitution's key; letters met later (only odd input has so many) are looked up by a string key. */
const MAX_LETTER_IDS = 4096;
const WIDE_SUBSTITUTIONS = new Map<string, AlignedLetters>();

function letterId(code: number): number {
  let id = LETTER_IDS.get(code);
  if (id === undefined) {
    id = LETTER_IDS.size;
    LETTER_IDS.set(code, id);
  }
  return id;
}

function substitutionOf(
  a: string,
  b: string,
  i: number,
  j: number,
  vowelA: Uint8Array,
  vowelB: Uint8Array,
  idA: Uint16Array,
  idB: Uint16Array,
  labialA: Uint8Array,
  labialB: Uint8Array,
): AlignedLetters {
  const xFinal = i === a.length - 1;
  const yFinal = j === b.length - 1;
  // A number, not a string: this runs for every cell of every alignment.
  const flags =
    (xFinal ? 1 : 0) |
    (yFinal ? 2 : 0) |
    ((vowelA[i] as number) << 2) |
    ((vowelB[j] as number) << 3) |
    (i === 0 ? 16 : 0) |
    (j === 0 ? 32 : 0) |
    (((labialA[i] as number) & (labialB[j] as number)) << 6);
  const x = idA[i] as number;
  const y = idB[j] as number;
  if (x >= MAX_LETTER_IDS || y >= MAX_LETTER_IDS) {
    const wide = `${a[i] as string}${b[j] as string}${flags}`;
    let step = WIDE_SUBSTITUTIONS.get(wide);
    if (!step)
      WIDE_SUBSTITUTIONS.set(
        wide,
        (step = substitution(
          a[i] as string,
          b[j] as string,
          xFinal,
          yFinal,
          vowelA[i] === 1,
          vowelB[j] === 1,
          i === 0,
          j === 0,
          flags >= 64,
        )),
      );
    return step;
  }
  const key = (x * MAX_LETTER_IDS + y) * 128 + flags;
  let step = SUBSTITUTIONS.get(key);
  if (!step) {
    step = substitution(a[i] as string, b[j] as string, xFinal, yFinal, vowelA[i] === 1, vowelB[j] === 1, i === 0, j === 0, flags >= 64);
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

/** What the alignment reads of one letter string at every letter, worked out once per string (names recur). */
interface Letters {
  /** Whether it writes a vowel (see {@link isVowelAt}). */
  readonly vowel: Uint8Array;
  /** The cost of leaving it out (see {@link indelCost}). */
  readonly drop: Float64Array;
  /** Its letter number (see {@link letterId}). */
  readonly ids: Uint16Array;
  /** Whether a digraph (تش, دج, تس) may start there. */
  readonly digraph: Uint8Array;
  /** Whether the next letter is ب or پ, before which an n is said m. */
  readonly labial: Uint8Array;
}

const lettersRead: (word: string) => Letters = /* @__PURE__ */ memoize((word: string): Letters => {
  const n = word.length;
  const vowel = new Uint8Array(n);
  const drop = new Float64Array(n);
  const ids = new Uint16Array(n);
  const digraph = new Uint8Array(n);
  const labial = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const next = word[i + 1];
    labial[i] = next === 'ب' || next === 'پ' ? 1 : 0;
    vowel[i] = isVowelAt(word, i) ? 1 : 0;
    drop[i] = indelCost(word, i);
    ids[i] = Math.min(letterId(word.charCodeAt(i)), MAX_LETTER_IDS);
    if (i + 1 < n && DIGRAPH_FIRST.has(word[i] as string)) digraph[i] = 1;
  }
  return { vowel, drop, ids, digraph, labial };
});

/** The alignment's tables, reused from one alignment to the next (an alignment allocates only its steps). */
let costTable = new Float64Array(256);
let backTable = new Uint8Array(256);

function alignSpellingsOnce(a: string, b: string): SpellingAlignment {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const size = (n + 1) * width;
  if (costTable.length < size) {
    costTable = new Float64Array(Math.max(size, costTable.length * 2));
    backTable = new Uint8Array(costTable.length);
  }
  const cost = costTable;
  const back = backTable;
  cost.fill(Infinity, 0, size);
  back.fill(0, 0, size);
  const { vowel: vowelA, drop: dropA, ids: idA, digraph: pairA, labial: labialA } = lettersRead(a);
  const { vowel: vowelB, drop: dropB, ids: idB, digraph: pairB, labial: labialB } = lettersRead(b);
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
        value = c + substitutionOf(a, b, i, j, vowelA, vowelB, idA, idB, labialA, labialB).cost;
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
      if (j < m && pairA[i] === 1) {
        const d = digraphCost(a.slice(i, i + 2), b[j] as string);
        to = here + 2 * width + 1;
        if (d && c + d.cost < (cost[to] as number)) {
          cost[to] = c + d.cost;
          back[to] = OP_DIGRAPH_A;
        }
      }
      if (i < n && pairB[j] === 1) {
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
      steps.push(substitutionOf(a, b, i, j, vowelA, vowelB, idA, idB, labialA, labialB));
    } else if (op === OP_DEL) {
      i--;
      steps.push(indelStep(a[i] as string, '', i, dropA[i] as number));
    } else if (op === OP_INS) {
      j--;
      steps.push(indelStep('', b[j] as string, j, dropB[j] as number));
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
