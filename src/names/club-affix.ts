// The affixes of sports clubs and companies in Latin letters (FC, CF, SV, VfB, the founding year of Schalke 04,
// a Russian Concern), which Arabic and Persian newsrooms mostly leave out: the club or company with or without
// its affix is one body. And the generic words of English club names (Rangers, United), which alone name no one club.

import { foldName, lettersOf } from './phonetic.js';
import type { NameMatch } from './name-match.js';

/**
 * Abbreviations of the kind of club a name carries, written before or after it, as each language abbreviates them:
 * Football Club (FC, AFC), Club de Fútbol (CF), Sport-Club, Sportverein and the German forms (SC, SV, TSV, VfB, VfL,
 * BSC, RB for RasenBallsport), the Italian and French Associazione and Association Sportiva (AS, AC, SS, SSC, US,
 * OGC), the Dutch Philips Sport Vereniging (PSV), the Spanish Club Deportivo, Unión and Sociedad Deportiva (CD, UD,
 * SD, RCD), the Slavic and Nordic Fudbalski, Sportovní and Nogometni Klub (FK, SK, NK, HNK, GNK, BK, IF), the
 * Portuguese and Brazilian Sport Lisboa, Clube de Regatas, Esporte Clube (SL, CR, EC). Compared as written:
 * an English word in capitals is not one (AS is, As is not).
 */
const CLUB_AFFIXES = new Set(
  'FC AFC CF SC SV TSV VfB VfL BSC RB AS AC SS SSC OGC PSV CD UD SD RCD FK SK NK HNK GNK BK IF SL CR EC'.split(' '),
);

/** The English heads of clubs, read as heads when they follow the name (latin-headed.ts). */
const ENGLISH_HEADS = new Set(['FC', 'AFC', 'SC']);

/** Words a company's name carries for its legal or corporate form that Arabic and Persian leave out: a Russian concern (концерн). */
const COMPANY_AFFIXES = new Set(['concern']);

/** A founding year in a club's name: 04 of Schalke 04, 05 of Mainz 05, 1860 of TSV 1860; not any number (Apollo 11). */
const CLUB_YEAR = /^(?:0\d|1[89]\d\d)$/u;

/** A Latin name without its club or company affixes, and the affixes taken off, or undefined when it has none. */
export function withoutAffix(
  latin: string,
): { readonly rest: string; readonly affixes: readonly string[]; readonly club: boolean } | undefined {
  const words = latin.trim().split(/\s+/u);
  const isClubAffix = (w: string): boolean => CLUB_AFFIXES.has(w.replace(/\./gu, ''));
  const isAffix = (w: string): boolean => isClubAffix(w) || COMPANY_AFFIXES.has(w.toLowerCase()) || CLUB_YEAR.test(w);
  const affixes = words.filter(isAffix);
  const rest = words.filter((w) => !isAffix(w));
  const club = affixes.some(isClubAffix);
  // An English club's head after its name (Sepahan FC) is the head latin-headed.ts leaves out, which keeps a club
  // named after its city apart from the city (Paris FC is not باريس); the affix before the name, or another
  // language's, is the club's own (FC Porto, Valencia CF).
  if (ENGLISH_HEADS.has(words[words.length - 1] ?? '')) return undefined;
  // A year alone is taken off only in a name of one word besides it (Schalke 04), where it can be nothing else.
  const year = affixes.some((w) => CLUB_YEAR.test(w));
  if (affixes.length === 0 || rest.length === 0 || (year && !club && rest.length > 1)) return undefined;
  return { rest: rest.join(' '), affixes, club: club || year };
}

/** The explanation for a match once the affixes are taken off. */
export function describeAffix(affixes: readonly string[], club: boolean, other: string): string {
  const list = affixes.join(' and ');
  const kind = club
    ? affixes.every((w) => CLUB_YEAR.test(w))
      ? "the club's founding year"
      : "the club's affix"
    : "the company's corporate form";
  return `${list} ${affixes.length > 1 ? 'are' : 'is'} ${kind}, which ${other.trim()} leaves out`;
}

/**
 * Generic words of English clubs' names, in Latin letters and as Arabic and Persian write them (folded): a name
 * that shares only such a word with another names another club (Queens Park Rangers is not Rangers).
 */
const CLUB_WORDS = new Set(
  [
    'rangers',
    'rovers',
    'wanderers',
    'united',
    'city',
    'athletic',
    'albion',
    'county',
    'town',
    'hotspur',
    'رينجرز',
    'رنجرز',
    'رانجرز',
    'روفرز',
    'روورز',
    'واندررز',
    'وندررز',
    'يونايتد',
    'يونايتيد',
    'سيتي',
    'ستي',
    'اتلتيك',
    'اتلتيكو',
    'البيون',
    'آلبيون',
    'كاونتي',
    'تاون',
    'هوتسبير',
    'هاتسپر',
    'هاتسپور',
  ].map((w) => (/[a-z]/u.test(w) ? w : lettersOf(foldName(w)))),
);

/**
 * Words that open a club's name before its town (Racing, Sporting, Real, Atlético, Deportivo, Olympique, Dynamo,
 * Lokomotiv, Spartak, Inter), in Latin letters and as Arabic and Persian write them (folded): the town without one
 * is the town, or another club of it (Racing Santander is not Santander).
 */
const CLUB_OPENERS = new Set(
  [
    'racing',
    'sporting',
    'real',
    'atletico',
    'atlético',
    'deportivo',
    'olympique',
    'dynamo',
    'dinamo',
    'lokomotiv',
    'spartak',
    'inter',
    'راسينغ',
    'راسينگ',
    'راسينج',
    'سبورتينغ',
    'اسپورتينگ',
    'سپورتينگ',
    'ريال',
    'رئال',
    'اتلتيكو',
    'ديبورتيفو',
    'دپورتيوو',
    'اولمبيك',
    'المپيك',
    'دينامو',
    'ديناموي',
    'لوكوموتيف',
    'لوكوموتيو',
    'سبارتاك',
    'اسپارتاك',
    'انتر',
    'اينتر',
  ].map((w) => (/[a-z]/u.test(w) ? w : lettersOf(foldName(w)))),
);

const inSet = (set: ReadonlySet<string>, word: string): boolean => {
  const latin = word.trim().toLowerCase();
  return /[a-z]/u.test(latin) ? set.has(latin) : set.has(lettersOf(foldName(word)));
};
const clubWord = (word: string): boolean => inSet(CLUB_WORDS, word);

/**
 * Whether a partial match is not one club: it shares nothing but a generic word of club names (Rangers against
 * Queens Park Rangers), or the words one name lacks are a club's opening word (Racing Santander against Santander).
 * Returns the word that says so, or undefined.
 */
export function clubApart(m: NameMatch): string | undefined {
  const { parts, unmatched } = m.reason;
  if (m.reason.kind !== 'partial' || parts.length === 0) return undefined;
  if (parts.every((p) => p.a.split(/\s+/u).every(clubWord) || p.b.split(/\s+/u).every(clubWord))) return parts[0]?.a;
  const left = [...unmatched.a, ...unmatched.b];
  return left.length > 0 && left.every((w) => inSet(CLUB_OPENERS, w)) ? left.join(' ') : undefined;
}
