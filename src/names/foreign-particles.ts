// The particles inside European names (de, di, da, do, du, del, van, von, der), which each language writes as it
// hears them: Arabic دي for French de, Persian دو as French says it, د for Spanish de (غي دي موباسان / گی دو
// موپاسان, فاسكو دا غاما / واسکو دو گاما). Between two parts that match, one is the other's particle.

import { foldName } from './phonetic.js';
import { elementAt } from '../contract/element-at.js';

// The Arabic-script spellings of the particles, by the particle they write: of and of the (de, di, da, do, du,
// del, della, dos, das, des), Dutch and German van and von, their articles der and den. A particle of one family
// against one of another is another name (Luis de X is not Luis von X).
const FAMILIES: readonly string[] = ['دي دى دو د ده دا دل ديل دلا ديلا دوس داس ديس دس', 'فان ون فون فن', 'دير در دن'];
const FAMILY: ReadonlyMap<string, number> = new Map(FAMILIES.flatMap((f, k) => f.split(' ').map((w) => [foldName(w), k] as const)));

/**
 * When two names (folded words) leave exactly one word each unmatched, both a European name's particle inside the
 * name (not its first or last word), at the same place among the matched words: why they are one particle.
 * Undefined otherwise.
 */
export function sameForeignParticle(
  a: readonly string[],
  missingA: readonly number[],
  b: readonly string[],
  missingB: readonly number[],
): string | undefined {
  if (missingA.length !== 1 || missingB.length !== 1) return undefined;
  const [i, j] = [elementAt(missingA, 0), elementAt(missingB, 0)];
  const inside = (words: readonly string[], k: number): boolean => k > 0 && k < words.length - 1;
  if (!inside(a, i) || !inside(b, j) || a.length - i !== b.length - j) return undefined;
  const [x, y] = [elementAt(a, i), elementAt(b, j)];
  const family = FAMILY.get(x);
  if (family === undefined || FAMILY.get(y) !== family) return undefined;
  return `${x} and ${y} are one particle of a European name (${family === 0 ? 'de, da, du' : family === 1 ? 'van, von' : 'der, den'}), which each language writes as it hears it`;
}
