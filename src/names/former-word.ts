// A place's former name that is also an ordinary word or a given name (Persian ناصری, Ahvaz's Qajar name and a
// nisba; Arabic طيبة, Thebes, and "kind"; معسكر, Mascara, and "camp"): the gazetteer never finds the place by it, so
// the word in a text stays a word, but against one of the place's own names (اهواز, الأقصر, Luxor) it is that place.

import { entityKey, isLatinName, latinKey, lookupAside, lookupEntries, withoutArticle, type GazetteerEntry } from './gazetteer.js';
import { describeConvention, describeEntity, formOf } from './match-describe.js';
import { matched, type NameMatch } from './name-match.js';

/** How sure a match through a former name that is also a word is: the other name has said which place is meant. */
const FORMER_WORD_SCORE = 0.95;

/**
 * Whether one of two names is a former name of a place that is also a word or a given name, and the other is one of
 * that place's own names (or another such former name of it): the match, said as the old name against the current
 * one, or undefined.
 */
export function formerWordMatch(a: string, b: string): NameMatch | undefined {
  const asideA = lookupAside(a);
  const asideB = lookupAside(b);
  if (asideA.length === 0 && asideB.length === 0) return undefined;
  const place = (mine: readonly GazetteerEntry[], other: string, otherAside: readonly GazetteerEntry[]): GazetteerEntry | undefined => {
    if (mine.length === 0) return undefined;
    // A Latin name only as the place's English name: its other Latin names may spell the word itself (Ashraf / اشرف).
    const latin = isLatinName(other);
    const named = lookupEntries(other);
    return mine.find((e) => (named.includes(e) && (!latin || latinKey(other) === latinKey(e.entity.name))) || otherAside.includes(e));
  };
  const entry = place(asideA, b, asideB) ?? place(asideB, a, asideA);
  // The word with the article and without it (الجديدة / جديدة) is the word and its noun phrase, not two names.
  const [ka, kb] = [entityKey(a), entityKey(b)];
  if (!entry || withoutArticle(ka) === kb || withoutArticle(kb) === ka) return undefined;
  const latin = [a, b].find(isLatinName)?.trim();
  const word = latin === undefined ? undefined : (latin === a.trim() ? b : a).trim();
  const form = word === undefined ? undefined : formOf(word, entry);
  if (latin === undefined || word === undefined || form === undefined || form === 'latin')
    return matched('convention', FORMER_WORD_SCORE, describeConvention(a.trim(), b.trim(), entry), entry.entity);
  const e = describeEntity(entry.entity);
  const why = form.reason ? ` — ${form.reason}` : '';
  const what = form.form === 'historical' ? `an old name of ${e}${why}` : `a name of ${e} that is also a word or a given name`;
  return matched('convention', FORMER_WORD_SCORE, `${word} is ${what}; ${latin} is its English name.`, entry.entity);
}
