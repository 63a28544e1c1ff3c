// A Latin acronym against a name in Arabic script that translates the words it abbreviates (NBK / بنك الكويت الوطني,
// NSC / شورای امنیت ملی): each word is read through the lists that translate names — the generic heads, the
// English words of bodies, the gazetteer's places and their adjectives — and the English words' first letters must
// be the acronym's letters, each used once. English and Arabic order the words differently (National Bank of Kuwait,
// بنك الكويت الوطني), so the letters are matched as a set, and every word of the name must give one.

import { entityKey, lookupAdjective, lookupEntries, withoutArticle } from './gazetteer.js';
import { matched, type NameMatch } from './name-match.js';
import { englishGlosses } from './lexicon-words.js';
import { englishHeads } from '../lexicon/english-heads.js';
import { nameHeads } from '../lexicon/name-heads.js';

// Three to six capitals: two letters match too many names by chance.
const ACRONYM = /^[A-Z]{3,6}$/u;
/** Words an acronym leaves out (في, و, از): English drops "of", "in" and "and" from acronyms alike. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['في', 'فی', 'و', 'از', 'به', 'برای', 'من']);

/** An English translation of a word, and the initials it gives an acronym. */
interface Gloss {
  readonly english: string;
  readonly initials: string;
}

let glosses: Map<string, Gloss[]> | undefined;

/** The initials of an English phrase (foreign affairs → FA). */
function initialsOf(english: string): string {
  return english
    .split(/[\s-]+/u)
    .filter((w) => w.length > 0 && w !== 'of' && w !== 'the' && w !== 'and')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** Each folded Arabic or Persian form of a generic head, and the initials of its family's English heads. */
function glossTable(): Map<string, Gloss[]> {
  if (glosses) return glosses;
  const table = new Map<string, Gloss[]>();
  const add = (form: string, english: string): void => {
    if (/\s/u.test(form.trim())) return;
    const key = entityKey(form);
    for (const k of [key, withoutArticle(key) ?? key]) {
      let list = table.get(k);
      if (!list) table.set(k, (list = []));
      if (!list.some((g) => g.english === english)) list.push({ english, initials: initialsOf(english) });
    }
  };
  const byFamily = new Map<string, string[]>();
  for (const h of englishHeads()) byFamily.set(h.family, [...(byFamily.get(h.family) ?? []), h.words.join(' ')]);
  for (const head of nameHeads())
    for (const form of [...head.ar, ...head.fa]) for (const e of byFamily.get(head.family) ?? []) add(form, e);
  glosses = table;
  return table;
}

/** The initials one word of a name may give: its English translations' or its place's, or none. */
function glossesOfWord(word: string): Gloss[] {
  const key = entityKey(word);
  // Proclitics before the word (للاستثمار, والمساواة): the preposition or conjunction is no word of the acronym.
  const bare = key.replace(/^(?:و(?=.{3})|لل(?=.{2})|ل(?=ال)|بال(?=.{2}))/u, '');
  const out: Gloss[] = [];
  for (const k of new Set([key, bare, withoutArticle(bare) ?? bare, `ال${bare}`])) {
    // The English words of bodies first, then the English heads of the word's family, as the one table had them.
    for (const english of englishGlosses(k)) out.push({ english, initials: initialsOf(english) });
    for (const g of glossTable().get(k) ?? []) out.push(g);
    const place = lookupEntries(k).find((e) => e.entity.type === 'place') ?? lookupAdjective(k);
    if (place) {
      const name = place.entity.name;
      out.push({ english: name, initials: name.charAt(0).toUpperCase() }, { english: name, initials: initialsOf(name) });
    }
  }
  return out;
}

/** The glosses, one per word, that spell the letters, each letter used once; undefined when none do. */
function spells(options: readonly (readonly Gloss[])[], letters: readonly string[]): Gloss[] | undefined {
  const [first, ...rest] = options;
  if (!first) return letters.length === 0 ? [] : undefined;
  for (const g of first) {
    const left = [...letters];
    let fits = true;
    for (const c of g.initials) {
      const at = left.indexOf(c);
      if (at < 0) {
        fits = false;
        break;
      }
      left.splice(at, 1);
    }
    const tail = fits ? spells(rest, left) : undefined;
    if (tail) return [g, ...tail];
  }
  return undefined;
}

/**
 * A Latin acronym (three to six capitals) against a name in Arabic script whose every word translates a word of
 * the acronym's English expansion, in any order. Returns the match, or undefined.
 */
export function matchAcronymGloss(a: string, b: string): NameMatch | undefined {
  const [acronym, full] = ACRONYM.test(a.trim()) ? [a.trim(), b.trim()] : [b.trim(), a.trim()];
  if (!ACRONYM.test(acronym) || /[A-Za-z]/u.test(full)) return undefined;
  const words = full.split(/[\s\u200c]+/u).filter((w) => w.length > 0 && !FUNCTION_WORDS.has(entityKey(w)));
  if (words.length < 2 || words.length > acronym.length) return undefined;
  // A name the gazetteer knows is matched by its own names and acronyms before this (PNG, not PGN, for بابوا غينيا
  // الجديدة): the free order of the letters is for names no list holds.
  if (lookupEntries(full).length > 0) return undefined;
  const options = words.map(glossesOfWord);
  if (options.some((o) => o.length === 0)) return undefined;
  const chosen = spells(options, [...acronym]);
  if (!chosen) return undefined;
  const read = words.map((w, k) => `${w} ${chosen[k]?.english ?? ''}`).join(', ');
  return matched(
    'convention',
    1,
    `${acronym} abbreviates the English name of ${full}, whose words translate as its letters say (${read}).`,
  );
}
