// The Arabic sound masculine plural in two cases: -ون in the nominative, -ين in the accusative and genitive
// (الحوثيون / الحوثيين, المجاهدون / المجاهدين). A name of a group written as such a plural keeps its case
// ending from the sentence around it, so the two endings are one name.

import { foldName, lettersOf } from './phonetic.js';

// The stem before the ending: a nisba (حوثي) or a noun with the article (المجاهد), of four letters or more, so
// that a name that merely ends in -ين or -ون (بوتين, حسين) is not read as a plural.
const MIN_STEM = 4;

/**
 * When two names are one Arabic plural in its two cases, the second written with the first's ending (so that
 * the rest of the comparison sees one spelling); undefined otherwise.
 */
export function pluralInOtherCase(a: string, b: string): string | undefined {
  const [ka, kb] = [lettersOf(foldName(a.trim())), lettersOf(foldName(b.trim()))];
  if (a.trim().includes(' ') || b.trim().includes(' ')) return undefined;
  const endA = ka.slice(-2);
  const endB = kb.slice(-2);
  if (!((endA === 'ون' && endB === 'ين') || (endA === 'ين' && endB === 'ون'))) return undefined;
  const stem = ka.slice(0, -2);
  if (stem !== kb.slice(0, -2) || stem.length < MIN_STEM || !(stem.endsWith('ي') || stem.startsWith('ال'))) return undefined;
  return b.trim().slice(0, -2) + endA;
}
