// An English word for a country's people or things (Indonesian, Iranian, Saudi) in a name that Arabic and
// Persian translate by the country's adjective or name (المستشفى الإندونيسي, شرکت ملی گاز ایران).

import { memoize } from '../text/memo.js';
import { entityKey, lookupAdjective, lookupEntries } from './gazetteer.js';

/**
 * Demonyms that no ending rule derives from the country's English name, with that name as the gazetteer lists
 * it. Written for the project.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  german: 'Germany',
  turkish: 'Turkey',
  french: 'France',
  british: 'United Kingdom',
  spanish: 'Spain',
  dutch: 'Netherlands',
  greek: 'Greece',
  saudi: 'Saudi Arabia',
  american: 'United States',
  emirati: 'United Arab Emirates',
  swiss: 'Switzerland',
  swedish: 'Sweden',
  danish: 'Denmark',
  polish: 'Poland',
  finnish: 'Finland',
  irish: 'Ireland',
  norwegian: 'Norway',
  filipino: 'Philippines',
  thai: 'Thailand',
  belgian: 'Belgium',
  peruvian: 'Peru',
  argentine: 'Argentina',
  cypriot: 'Cyprus',
  portuguese: 'Portugal',
  lebanese: 'Lebanon',
  chinese: 'China',
  maltese: 'Malta',
};

/**
 * The English endings of demonyms, each with what to put back to get the country's name, in the order they are
 * tried (Indonesian → Indonesia before Indonesi·an; Iraqi → Iraq; Afghan → Afghanistan; Moroccan → Morocco).
 */
const ENDINGS: readonly (readonly [ending: string, back: string])[] = [
  ['n', ''],
  ['ian', ''],
  ['ian', 'y'],
  ['ian', 'e'],
  ['i', ''],
  ['', 'a'],
  ['ese', ''],
  ['an', 'o'],
  ['', 'istan'],
  ['', 'stan'],
];

/** The country an English demonym names (its gazetteer id), if any. */
export const demonymCountry: (word: string) => string | undefined = /* @__PURE__ */ memoize((word: string): string | undefined => {
  const lower = word.toLowerCase();
  if (lower.length < 4 || !/^[a-z]+$/u.test(lower)) return undefined;
  const irregular = IRREGULAR[lower];
  const candidates = irregular
    ? [irregular]
    : ENDINGS.filter(([ending]) => lower.endsWith(ending) && lower.length - ending.length >= 3).map(
        ([ending, back]) => lower.slice(0, lower.length - ending.length) + back,
      );
  for (const name of candidates) {
    const country = lookupEntries(name.charAt(0).toUpperCase() + name.slice(1)).find((e) => e.entity.kind === 'country');
    if (country) return country.entity.id;
  }
  return undefined;
});

/**
 * Whether an Arabic-script word names a country, or is its adjective (الإندونيسي, ایران, السعودية), or is an Arabic
 * name of the country that is its adjective too, with the article an adjective takes (السورية: سورية is Syria).
 */
export function namesCountry(arabic: string, id: string): boolean {
  if (lookupEntries(arabic).some((e) => e.entity.id === id) || lookupAdjective(entityKey(arabic))?.entity.id === id) return true;
  const bare = ARTICLE.test(arabic) ? arabic.replace(ARTICLE, '') : undefined;
  return bare !== undefined && lookupEntries(bare).some((e) => e.entity.id === id && e.entity.kind === 'country');
}

// The Arabic article before a word of three letters or more.
const ARTICLE = /^\s*ال(?=\S{3})/u;
