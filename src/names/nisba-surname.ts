// A person's surname made from a word or a place by a surname ending, against that word alone: علی لاریجانی is a
// man, لاریجان the town his family is named after; مسعود پزشکیان a man, پزشکان a plural (doctors). The letters
// let the ending go as a vowel letter written on one side only; a given name before the surname says the longer
// name is a person, and the shorter one lacks the ending that makes a word into a family's name.

import { different, type NameMatch } from './name-match.js';
import { isGivenName } from './name-words.js';

/**
 * The surname ending the longer of two folded words has where the shorter has none or the plural ان: the nisba ي
 * (لاريجاني against لاريجان), or the Persian ان of descent after it (پزشكيان against پزشكان). Else undefined.
 */
function endingOver(surname: string, word: string): string | undefined {
  if (word.length >= 3 && surname === `${word}ي`) return 'ي';
  if (word.length >= 4 && word.endsWith('ان') && surname.endsWith('يان') && surname.slice(0, -3) === word.slice(0, -2)) return 'يان';
  return undefined;
}

/**
 * A partial match of a person's name (a given name, then a surname) with one word that is the surname without its
 * ending: the word the family is named after, not the person. Returns the finding, or undefined.
 */
export function surnameAgainstItsWord(m: NameMatch): NameMatch | undefined {
  if (!m.same || m.reason.kind !== 'partial' || m.reason.parts.length !== 1) return undefined;
  const { unmatched } = m.reason;
  const part = m.reason.parts[0];
  if (!part) return undefined;
  // The side with the words left over is the person's; the other is the one word.
  const [person, surname, word] =
    unmatched.a.length > 0 && unmatched.b.length === 0
      ? [unmatched.a, part.a, part.b]
      : unmatched.b.length > 0 && unmatched.a.length === 0
        ? [unmatched.b, part.b, part.a]
        : [];
  if (!person || !surname || !word || !person.some((w) => isGivenName(w))) return undefined;
  const ending = endingOver(surname, word);
  if (!ending) return undefined;
  return different(
    `${surname} ends in ${ending}, which makes a family's name of ${word}: ${person.join(' ')} ${surname} is a person, ${word} the word or place the name comes from.`,
  );
}
