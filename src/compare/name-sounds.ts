import { alignSpellings, foldName, lettersOf, spellingWeight, type AlignedLetters } from '../names/phonetic.js';
import { neighbours } from '../names/sound-classes.js';

/**
 * Letters that write vowels or a glottal stop, not a consonant of their own: a step with one of them is no
 * change of consonant. و and ي write v, w and y as often as vowels: they count as consonants (of their
 * neighbourhoods) where they stand against one.
 */
const VOWELISH = new Set(['ا', 'ى', 'ء', 'ه', 'ة', 'آ', 'أ', 'إ', 'ئ', 'ؤ']);
const GLIDES = new Set(['و', 'ي', 'ی']);

const vowelish = (letters: string): boolean => letters.length > 0 && [...letters].every((c) => VOWELISH.has(c));

/** The folded letters of a word, as compareNames reports the words of a name it could not match. */
export function foldedLetters(word: string): string {
  return lettersOf(foldName(word));
}

/** How two spellings of a word differ: their letter-by-letter alignment, as compareNames makes it. */
export function letterSteps(x: string, y: string): readonly AlignedLetters[] {
  return alignSpellings(lettersOf(foldName(x)), lettersOf(foldName(y))).steps;
}

/**
 * What two spellings of a word that compareNames calls different are, from the steps of their alignment:
 * - `respelled`: one consonant stands against one of another sound and the rest is written alike (بيلوسوف /
 *   بيلوكوف: س and ك): another name, as a slip or a substitution makes it;
 * - `close`: the consonants that differ write neighbouring sounds (روزنشتاين / رزنستاین: ش and س), are
 *   written on one side only, stand against vowel letters, or are the same consonants in another order
 *   (فلاكسمان / فکلسمن): one name spelled two ways, by ear;
 * - `unrelated`: several consonants of other sounds: two words that only look alike.
 */
/**
 * How alike two words must be for one consonant of another sound to make a respelling of one into the other,
 * rather than two words that only share some letters (مارتن / میریویتر).
 */
export const RESPELLED_SIMILARITY = 0.65;
/**
 * The same, for a word that stands where the other name has its word while the rest of the two names is one
 * (جوزيبي كونتي / جوکپه کونته): the shared words say the two words are in one place, so less alike suffices.
 */
export const RESPELLED_BESIDE_SHARED = 0.55;

/** {@link spellingChange} of two words, with the similarity a respelling needs. */
export function wordChange(
  x: string,
  y: string,
  similarity = letterSimilarity(x, y),
  respelledAt = RESPELLED_SIMILARITY,
): 'respelled' | 'close' | 'unrelated' {
  const change = spellingChange(letterSteps(x, y));
  return change === 'respelled' && similarity < respelledAt ? 'unrelated' : change;
}

export function spellingChange(steps: readonly AlignedLetters[]): 'respelled' | 'close' | 'unrelated' {
  let far = 0;
  let consonants = 0;
  for (const step of steps) {
    if (step.kind === 'same') continue;
    // Vowel letters written, dropped or changed, and a glide against a vowel, change no consonant.
    if (
      step.kind !== 'different' ||
      vowelish(step.a) ||
      vowelish(step.b) ||
      (glide(step.a) && (!step.b || vowelish(step.b))) ||
      (glide(step.b) && !step.a)
    )
      continue;
    if (!step.a || !step.b || neighbours(step.a, step.b)) consonants++;
    else far++;
  }
  // Consonants written on one side or of neighbouring sounds, more than half the shorter word has, make another
  // word however alike they sound (فليك / بلينكوف: ن and ف more against three consonants).
  if (far === 0) return consonants >= 2 && consonants > skeletonSize(steps) / 2 ? 'unrelated' : 'close';
  if (far === 1 && consonants === 0) return 'respelled';
  return sameConsonants(steps) ? 'close' : 'unrelated';
}

/**
 * Whether two spellings have the same consonants (`min` at least) in the same order once vowel letters and
 * glides are set aside (روس / راس, مون جاي / مون جه): short names that differ only in how their vowels are written, which the letter
 * model is too strict to call one name when a word has three letters or fewer.
 */
export function sameSkeleton(x: string, y: string, min = 2): boolean {
  const a = skeleton(x);
  return a.length >= min && a === skeleton(y);
}

const glide = (letters: string): boolean => letters.length > 0 && [...letters].every((c) => GLIDES.has(c));

/** Whether the two spellings of an alignment have the same consonants, in whatever order (فلاكسمان / فکلسمن). */
function sameConsonants(steps: readonly AlignedLetters[]): boolean {
  const count = new Map<string, number>();
  for (const s of steps) {
    for (const c of s.a) if (!VOWELISH.has(c)) count.set(c, (count.get(c) ?? 0) + 1);
    for (const c of s.b) if (!VOWELISH.has(c)) count.set(c, (count.get(c) ?? 0) - 1);
  }
  return [...count.values()].every((n) => n === 0);
}

/**
 * How alike two names are by their letters alone, 0–1, whatever the gazetteer says they name: سانت مارتن and
 * سنت مارتین (two islands to CLDR, one name to a reader) are alike; فرنسا and بلژیک are not.
 */
export function letterSimilarity(x: string, y: string): number {
  const a = foldedLetters(x);
  const b = foldedLetters(y);
  return Math.max(0, 1 - alignSpellings(a, b).cost / Math.max(spellingWeight(a), spellingWeight(b), 1));
}

/**
 * Whether two words begin with the same consonant sound, or with neighbouring ones: a name is known by its
 * onset, which transliterations keep (سبيث / اسپیته) and words that only look alike do not (لوفين / تلیفون).
 */
export function sameOnset(x: string, y: string): boolean {
  const a = [...foldedLetters(x)].find((c) => !VOWELISH.has(c));
  const b = [...foldedLetters(y)].find((c) => !VOWELISH.has(c));
  return !!a && !!b && (a === b || neighbours(a, b));
}

/** The consonants of a spelling, vowel letters and glides set aside (روس → رس). */
function skeleton(word: string): string {
  return [...foldedLetters(word)].filter((c) => !VOWELISH.has(c) && !GLIDES.has(c)).join('');
}

/** How many consonants the shorter of two aligned spellings has. */
function skeletonSize(steps: readonly AlignedLetters[]): number {
  return Math.min(skeleton(steps.map((s) => s.a).join('')).length, skeleton(steps.map((s) => s.b).join('')).length);
}
