// A place the text names with one head against a known place listed with a word of another kind before the same name
// (استان کردستان, a province, against اقلیم کردستان, the Kurdistan Region): the text states two heads, and so two places.

import { different, type NameMatch } from './name-match.js';
import { tokensOf } from './name-words.js';
import { languageOfSpelling, lookupEntries } from './gazetteer.js';
import type { NameHead } from '../lexicon/name-heads.js';

/**
 * A name with an administrative head (`headed`, its head `head`, the rest `rest`) against a known place whose listed
 * name is one other word and that rest (`other`), the word being no form of the head in that name's language: the place the list
 * names with its own head, not the one the text heads otherwise. Returns the finding, or undefined.
 */
export function anotherHeadListed(headed: string, head: NameHead, rest: string, other: string): NameMatch | undefined {
  if (head.role !== 'admin') return undefined;
  const [restWords, otherWords] = [tokensOf(rest), tokensOf(other)];
  const first = otherWords[0];
  if (!first || otherWords.length !== restWords.length + 1 || otherWords.slice(1).join(' ') !== restWords.join(' ')) return undefined;
  // A form of the head in the other name's language (Arabic إقليم heads a province, Persian اقلیم a region).
  const language = languageOfSpelling(other);
  const forms = language === 'ar' ? head.ar : language === 'fa' ? head.fa : [...head.ar, ...head.fa];
  if (forms.some((f) => tokensOf(f).join(' ') === first)) return undefined;
  // Not a country: a province named like one is told apart from it later, the country said (ولاية جورجيا / جمهورية جورجيا).
  const place = lookupEntries(other).find((e) => e.entity.type === 'place' && e.entity.kind !== 'country');
  if (!place) return undefined;
  return different(
    `${headed.trim()} names ${head.kind === 'province' ? 'a province' : `a ${head.kind}`}; ${other.trim()}, as the list names ${place.entity.name}, heads the name with another word: two places.`,
    { entity: place.entity },
  );
}
