// A title with the family name against the given name with it (آیت‌الله مکارم شیرازی / ناصر مکارم شیرازی).

import { languageOfSpelling, entityKey } from './gazetteer.js';
import { FATHER_PARTICLES, isGivenName, lowerFirst } from './name-words.js';
import type { NameMatch } from './name-match.js';

type MatchNames = (a: string, b: string, threshold: number) => NameMatch;

/** A given name of one word, or one written as two given names joined (محمدرضا, امیرعلی). */
function isGivenWord(word: string): boolean {
  if (isGivenName(word)) return true;
  const key = entityKey(word);
  for (let i = 2; i <= key.length - 2; i++) if (isGivenName(key.slice(0, i)) && isGivenName(key.slice(i))) return true;
  return false;
}

/**
 * A person is named by a title and the family name (آیت‌الله مکارم شیرازی, مهندس موسوی) or by the given name and
 * the family name (ناصر مکارم شیرازی): the title stands where the given name would. Not after بن, which makes
 * what follows a father's name (محمد بن سلمان). `titles` and `rest` are the
 * titled name cut (see splitTitles), `other` the name without a title. The other must open with one given name
 * and the rest be the titled name's family name. Not when what follows the given name opens with a given name
 * in a name whose letters do not say Persian: an Arabic chain names the father there (علي عبد الله صالح, the
 * son of عبد الله صالح). Returns the partial match, or undefined.
 */
export function titleForGivenName(
  titles: readonly string[],
  rest: string,
  other: string,
  threshold: number,
  matchNames: MatchNames,
): NameMatch | undefined {
  const words = other.trim().split(/\s+/u);
  const [given = '', next = ''] = words;
  if (titles.length === 0 || words.length < 2 || !isGivenWord(given) || FATHER_PARTICLES.has(entityKey(next))) return undefined;
  if (isGivenName(next) && languageOfSpelling(other) !== 'fa' && languageOfSpelling(rest) !== 'fa') return undefined;
  const family = words.slice(1).join(' ');
  const m = matchNames(rest, family, threshold);
  if (!m.same || m.reason.kind === 'partial') return undefined;
  const detail = `${titles.join(' ')} ${titles.length > 1 ? 'are titles' : 'is a title'}, which with the family name ${rest.trim()} names the person whose given name ${given} the other writes; ${lowerFirst(m.reason.detail)}`;
  return { ...m, score: m.score * 0.9, reason: { ...m.reason, kind: 'partial', detail } };
}
