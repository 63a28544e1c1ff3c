// The consonant sounds of Arabic-script letters by neighbourhood: which letters a transliteration by ear confuses,
// and a cheap count of whether two words can be one name at all, before any letter alignment is made.
import { foldName, lettersOf } from './phonetic.js';

/**
 * Letters that write neighbouring sounds, which a transliteration by ear confuses for one another: hissing and
 * hushing sounds and the interdentals (s, sh, z, th, ch), dental stops (t, d, th), velars and the letters a
 * Latin "ch", "g" or "j" is read as (k, q, g, gh, kh, j, ch, sh: Michael / Michel), labials (b, p, f, v, w),
 * liquids (l, r), throat sounds (h, kh, ʿ, ʾ). A letter may sit in two neighbourhoods (ث is th, near both s
 * and t).
 */
const NEIGHBOURHOODS: readonly string[] = ['سشصزژثذظچ', 'تطدضثذظز', 'كکقگغخجچش', 'بپفوڤ', 'لر', 'هحخعء', 'ويیجى'];

/** Whether some letter of `a` and some letter of `b` write neighbouring sounds (one neighbourhood holds both). */
export const neighbours = (a: string, b: string): boolean =>
  NEIGHBOURHOODS.some((n) => [...a].some((c) => n.includes(c)) && [...b].some((c) => n.includes(c)));

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
    bags.set(word, (bag = soundBag(lettersOf(foldName(word)))));
  }
  return bag;
}

/**
 * Whether two names may be one spelled two ways, by a cheap count: two thirds of the consonant sounds of the
 * shorter are in the longer, and neither has more than twice the other's. Two spellings of one name pass; it
 * spares the letter alignment for the many pairs of words that have nothing in common. With `oneChanged`,
 * one consonant of another sound is allowed besides (a short name respelled: هیکس / هیتس).
 */
export function maySoundAlike(x: string, y: string, oneChanged = false): boolean {
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
  return (shared + (oneChanged ? 1 : 0)) * 3 >= 2 * Math.min(na, nb) && Math.max(na, nb) <= 2 * Math.max(1, Math.min(na, nb));
}
