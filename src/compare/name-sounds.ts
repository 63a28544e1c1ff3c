import { alignSpellings, foldName, lettersOf, spellingWeight, type AlignedLetters } from '../names/phonetic.js';

/**
 * Letters that write neighbouring sounds, which a transliteration by ear confuses for one another: hissing and
 * hushing sounds and the interdentals (s, sh, z, th, ch), dental stops (t, d, th), velars and the affricates
 * written for them (k, q, g, gh, kh, j, ch), labials (b, p, f, v, w), liquids (l, r), throat sounds (h, kh,
 * ʿ, ʾ). A letter may sit in two neighbourhoods (ث is th, near both s and t).
 */
const NEIGHBOURHOODS: readonly string[] = ['سشصزژثذظچ', 'تطدضثذظ', 'كکقگغخجچ', 'بپفوڤ', 'لر', 'هحخعء'];

/** The folded letters of a word, as compareNames reports the words of a name it could not match. */
export function foldedLetters(word: string): string {
  return lettersOf(foldName(word));
}

/** How two spellings of a word differ: their letter-by-letter alignment, as compareNames makes it. */
export function letterSteps(x: string, y: string): readonly AlignedLetters[] {
  return alignSpellings(lettersOf(foldName(x)), lettersOf(foldName(y))).steps;
}

/**
 * How the consonants of two spellings differ, from the steps of their alignment: `neighbouring` when every
 * consonant that differs stands for a neighbouring sound (روزنشتاين / رزنستاین: ش and س), or only vowels and
 * endings differ; `different` when a consonant stands against one of another sound (بيلوسوف / بيلوكوف: س and
 * ك), which makes another name; `dropped` when a consonant is written on one side only.
 */
export function differentSounds(steps: readonly AlignedLetters[]): 'neighbouring' | 'different' | 'dropped' {
  let dropped = false;
  for (const step of steps) {
    if (step.kind !== 'different') continue;
    if (!step.a || !step.b) {
      dropped = true;
      continue;
    }
    if (!NEIGHBOURHOODS.some((n) => [...step.a].some((c) => n.includes(c)) && [...step.b].some((c) => n.includes(c)))) return 'different';
  }
  return dropped ? 'dropped' : 'neighbouring';
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

/** The neighbourhood of each consonant (its first one), for a quick look at whether two words can be alike. */
const SOUND_CLASS = new Map<string, number>();
NEIGHBOURHOODS.forEach((letters, k) => {
  for (const c of letters) if (!SOUND_CLASS.has(c)) SOUND_CLASS.set(c, k);
});
const VOWEL_LETTERS = new Set(['ا', 'و', 'ي', 'ى', 'ی', 'ء', 'آ', 'أ', 'إ', 'ئ', 'ؤ', 'ة', 'ه']);

/** The consonants of a folded word as sound classes: a letter of no neighbourhood stands for itself. */
function soundBag(folded: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const c of folded) {
    if (VOWEL_LETTERS.has(c)) continue;
    const k = SOUND_CLASS.has(c) ? String(SOUND_CLASS.get(c)) : c;
    bag.set(k, (bag.get(k) ?? 0) + 1);
  }
  return bag;
}

const bags = new Map<string, Map<string, number>>();
const BAG_MEMO = 20_000;

function bagOf(word: string): Map<string, number> {
  let bag = bags.get(word);
  if (!bag) {
    if (bags.size >= BAG_MEMO) bags.clear();
    bags.set(word, (bag = soundBag(foldedLetters(word))));
  }
  return bag;
}

/**
 * Whether two names may be one spelled two ways, by a cheap count: two thirds of the consonant sounds of the
 * shorter are in the longer, and neither has more than twice the other's. Two spellings of one name pass; it
 * spares the letter alignment for the many pairs of words that have nothing in common.
 */
export function maySoundAlike(x: string, y: string): boolean {
  const a = bagOf(x);
  const b = bagOf(y);
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const [k, n] of a) {
    na += n;
    shared += Math.min(n, b.get(k) ?? 0);
  }
  for (const n of b.values()) nb += n;
  return shared * 3 >= 2 * Math.min(na, nb) && Math.max(na, nb) <= 2 * Math.max(1, Math.min(na, nb));
}
