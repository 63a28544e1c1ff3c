// One name inside a longer one whose extra word is an ordinary word: the longer is a phrase or another body, not
// the name with a part more (شهر نيسان, the month, against Nissan; بانک توسعه صادرات against بانک صادرات).

import { isGivenName, isOrdinary, tokensOf } from './name-words.js';
import { splitHead } from './translated.js';
import { droppableHead } from '../lexicon/name-heads.js';
import { isTitleWord } from './titles.js';
import { different, type NameMatch } from './name-match.js';

/** The words of a name that say what it is, its generic head (حزب, وزارت) taken off. */
function specificWords(name: string): string[] {
  const { head, rest } = splitHead(name);
  const words = head && droppableHead(head) ? rest : name;
  return /[A-Za-z]/u.test(words) ? words.trim().split(/[\s-]+/u) : tokensOf(words);
}

/**
 * A partial match that is two things: the longer name is, besides its generic head, two ordinary words of the
 * language, one of which is the shorter name, and the other no given name, no title, no head. A person's name has
 * names beside the one shared (جمال عبد الناصر / عبد الناصر: جمال is a given name), and a name after a word that
 * says what it names is still the name (شركة أبل: أبل is no word); but a phrase of two words (إعادة الإعمار, القرآن
 * الكريم) or a body named by what it does (بانک توسعه صادرات, حزب وحدت اسلامی) is not the one word inside it.
 * Returns the finding, or undefined when the match stands.
 */
export function phraseAroundName(a: string, b: string, m: NameMatch): NameMatch | undefined {
  if (!m.same || m.reason.kind !== 'partial') return undefined;
  const { a: ua, b: ub } = m.reason.unmatched;
  if (ua.length + ub.length !== 1) return undefined;
  const word = ua[0] ?? ub[0] ?? '';
  const [longer, shorter] = ua.length > 0 ? [a, b] : [b, a];
  const head = splitHead(`${word} ${word}`).head;
  if (!isOrdinary(word) || isGivenName(word) || isTitleWord(word) || (head && droppableHead(head))) return undefined;
  const words = specificWords(longer);
  if (specificWords(shorter).length !== 1 || words.length !== 2) return undefined;
  // A name after a word that says what it names (شركة أبل, فندق هيلتون) is the name: only a phrase of two ordinary
  // words (إعادة الإعمار, توسعه صادرات) is one.
  if (!words.every((w) => isOrdinary(w))) return undefined;
  // An acronym is named with a word that says what it is (COP28, مؤتمر كوب 28).
  if (/^[A-Z0-9-]+$/u.test(shorter.trim())) return undefined;
  return different(
    `${longer.trim()} is a phrase of two ordinary words, ${words.join(' and ')}, not ${shorter.trim()} with a part more: ${word} makes another thing of it.`,
  );
}
