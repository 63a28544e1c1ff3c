// A body named by a short form of its name: the full name ends with a qualifier that a report leaves out once the
// body is known (مجلس الأمن الدولي / مجلس الأمن, کمیته امداد امام خمینی / کمیته امداد, بانک مرکزی جمهوری اسلامی ایران /
// بانک مرکزی). Only the end of a name is cut, and only words that say where the body belongs or whom it is named
// after, never what it does: sister bodies a word apart (بانک صادرات ایران / بانک توسعه صادرات ایران) differ inside.

import { entityKey, isLatinName, languageOfSpelling, lookupAdjective, lookupEntries } from './gazetteer.js';
import { homeOf } from './body-home.js';
import { splitHead } from './translated.js';
import { foldName, foldWords, lettersOf } from './phonetic.js';
import { bareKey, COMPOUND_SECONDS, isFeminine, isGivenName, lowerFirst, possessive } from './name-words.js';
import { isTitleWord } from './titles.js';
import { isSportingWord, SPORTING_WORDS } from './sporting.js';
import { different, type NameMatch } from './name-match.js';
import type { NameHead } from '../lexicon/name-heads.js';
import { memoize } from '../text/memo.js';

type MatchNames = (a: string, b: string, threshold: number) => NameMatch;

/**
 * Single words that qualify a body's name without naming another body: its scope (international, world), its
 * allegiance (Islamic, Shia, Sunni) and a club's "sporting". Arabic in both genders, Persian with and
 * without the ZWNJ (the key folds it). A body of another scope keeps another head word (a court, a fund), so the
 * word alone does not tell two bodies apart.
 */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  [
    'الدولي',
    'الدولية',
    'العالمي',
    'العالمية',
    'بین‌المللی',
    'جهانی',
    'الإسلامي',
    'الإسلامية',
    'اسلامی',
    'الشيعي',
    'الشيعية',
    'السني',
    'السنية',
    // A party's creed (حزب النور السلفي), which news leaves out once it is named. Not "popular" (الشعبية), which is
    // as often the name's own word (الجبهة الشعبية, الحشد الشعبي): لجان المقاومة alone is also Sudan's resistance committees.
    'السلفي',
    'السلفية',
    'سلفی',
    ...SPORTING_WORDS,
  ].map((w) => foldWords(w)),
);

/**
 * Single words that say what a body is without naming another, each with what it says: a church's rite and a
 * shrine's or a site's holiness (الكنيسة القبطية الأرثوذكسية, العتبة العباسية المقدسة; a church of another rite says
 * its own word, الكنيسة القبطية الكاثوليكية, which is not cut, and holiness names no other body), and a society's
 * charity (جمعية المقاصد الخيرية الإسلامية; not Persian خیریه, which heads a charity's name: مؤسسه خیریه). News names
 * the body without them once it is named.
 */
const DESCRIPTIVE_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['الأرثوذكسية', "the church's rite"],
      ['الأرثوذكسي', "the church's rite"],
      ['ارتدکس', "the church's rite"],
      ['المقدسة', 'that the site is holy'],
      ['المقدس', 'that the site is holy'],
      ['مقدس', 'that the site is holy'],
      ['الخيرية', 'that the body is a charity'],
    ] as const
  ).map(([w, what]) => [foldWords(w), what]),
);

/**
 * National, as an Arabic party's or movement's name ends with it (حزب الأمة القومي): news names the party without it.
 * Only after such a head, and only where the word is the head's adjective, not the name's: Arabic tells by gender
 * (القومي agrees with حزب, not with الأمة: {@link isFeminine}). Where it agrees with the word before it, it is part of the name (جبهة
 * التحرير الوطني, the front of national liberation); Persian ملی says nothing of which it qualifies (حزب عدالت ملی,
 * national justice), and is not cut.
 */
const NATIONAL_WORDS: ReadonlySet<string> = new Set(['الوطني', 'الوطنية', 'القومي', 'القومية'].map((w) => foldWords(w)));

/** Families of heads after which {@link NATIONAL_WORDS} are left out: parties, movements, fronts and groups. */
const NATIONAL_HEADS: ReadonlySet<string> = new Set(['party', 'group']);

/**
 * The sport a federation governs after its name (الاتحاد الآسيوي لكرة القدم): football, which news takes as said when
 * it names a continent's or a country's federation alone. Another sport is said (الاتحاد الآسيوي لكرة السلة), and a
 * short form that is another known body's name (الاتحاد الأفريقي, the African Union) stays that body.
 */
const FEDERATION_SPORT: ReadonlySet<string> = new Set(['لكرة القدم'].map((w) => foldWords(w)));

/** The words that open a federation's name, Arabic and Persian (الاتحاد, فدراسیون, کنفدراسیون). */
const FEDERATION_OPENERS: ReadonlySet<string> = new Set(
  ['الاتحاد', 'اتحاد', 'الكونفدرالية', 'اتحادیه', 'فدراسیون', 'کنفدراسیون'].map((w) => foldWords(w)),
);

/** Whether a word qualifies a body's name by its scope, allegiance or sport (الدولي, اسلامی, ورزشی): no body's own word. */
export function isQualifierWord(word: string): boolean {
  return QUALIFIER_WORDS.has(foldWords(word));
}

/**
 * Titles before an eponym at the end of a body's name (کمیته امداد امام خمینی, مستشفى الشهيد …): the body is
 * named after the person, and a report names it without him.
 */
const EPONYM_TITLES: ReadonlySet<string> = new Set(['امام', 'الإمام', 'آیت‌الله', 'آية الله', 'شهید', 'الشهيد'].map((w) => foldWords(w)));

/**
 * A company's business after its name (إعمار العقارية, مبادلة للاستثمار, شركة الإمارات للاتصالات): Arabic writes it
 * in the name's full form and leaves it out once the company is named. Not the sectors a group's sister companies
 * are told apart by inside the name (إعمار مولز), nor a word that opens the name (الاتصالات السعودية).
 */
const BUSINESS_WORDS: ReadonlySet<string> = new Set(
  ['العقارية', 'العقاري', 'القابضة', 'للاستثمار', 'للاستثمارات', 'للاتصالات', 'للعقارات', 'للتطوير العقاري'].map((w) => foldWords(w)),
);

/**
 * A company's legal form, and the English "Technologies" written in Arabic letters (هواوي تكنولوجيز), which its
 * registered name carries and news leaves out: read as its business is (only a company's name is cut of them).
 */
const REGISTERED_WORDS: ReadonlySet<string> = new Set(['المحدودة', 'تكنولوجيز', 'كوربوريشن', 'إنك'].map((w) => foldWords(w)));

/** A club's home town by its Arabic nisba where the nisba rules cannot derive it from the town's name (الدار البيضاء). */
const CLUB_HOMES: ReadonlyMap<string, string> = new Map([[foldWords('البيضاوي'), 'Casablanca']]);

/** Persian phrases of two words that close a body's name by its allegiance: the Islamic revolution. */
const QUALIFIER_PHRASES: ReadonlySet<string> = new Set(['انقلاب اسلامی', 'الثورة الإسلامية'].map((w) => foldWords(w)));

/** Persian words that give a state body's reach as the whole country (سازمان بازرسی کل کشور). */
const COUNTRY_SCOPE: ReadonlySet<string> = new Set(['کشور', 'کل کشور'].map((w) => foldWords(w)));

/** Words that open the land a front fights to free: Arabic لتحرير, Persian آزادی and برای آزادی. */
const LIBERATION: ReadonlySet<string> = new Set(['لتحرير', 'آزادی', 'آزادیبخش', 'برای آزادی'].map((w) => foldWords(w)));

/** The place of a phrase "for the liberation of" a known place (لتحرير فلسطين), or undefined. */
function liberationOf(words: readonly string[]): string | undefined {
  for (const n of [1, 2]) {
    if (words.length <= n || !LIBERATION.has(foldWords(words.slice(0, n).join(' ')))) continue;
    const place = lookupEntries(words.slice(n).join(' ')).find((e) => e.entity.type === 'place');
    if (place) return place.entity.name;
  }
  return undefined;
}

/** The first words of a kunya (أبو بكر, أم كلثوم), folded. */
const KUNYA: ReadonlySet<string> = new Set(['ابو', 'ابي', 'ابا', 'ام'].map((w) => foldWords(w)));

/** What a run of words at the end of a name is, when it qualifies the body; undefined when it names something. */
interface Qualifier {
  readonly what: string;
  /** Whether it names a country (ایران, الإيرانية), which makes a namesake in another country another body. */
  readonly country: boolean;
  /** The country it names, by its id (IR). */
  readonly countryId?: string;
  /** Whether it is a club's "sporting", which after another kind of body names another one (روزنامه کیهان ورزشی). */
  readonly sport?: boolean;
  /** Whether it is a company's business (العقارية, للاستثمار), which only a company's name is cut of. */
  readonly business?: boolean;
  /** The town a nisba says the bearer comes from (a club's home: البيضاوي, Casablanca). */
  readonly home?: string;
  /** Whether it is the person the body is named after, with his title (امام خمینی). */
  readonly eponym?: boolean;
  /** Whether it is "national" (القومي, ملی), which only a party's, a movement's or a front's name is cut of. */
  readonly national?: boolean;
  /** Whether it is a federation's sport (لكرة القدم), which only a federation's name is cut of. */
  readonly federation?: boolean;
  /** Whether it is a scope or allegiance word (الدولي, الإسلامي), which tells apart bodies named after one place. */
  readonly scope?: boolean;
}

function qualifierOf(words: readonly string[]): Qualifier | undefined {
  const text = words.join(' ');
  const k = foldWords(text);
  if (words.length === 1 && isSportingWord(k)) return { what: `${text}, a club's "sporting"`, country: false, sport: true };
  if (words.length === 1 && QUALIFIER_WORDS.has(k))
    return { what: `${text} says the body's scope or allegiance`, country: false, scope: true };
  const says = words.length === 1 ? DESCRIPTIVE_WORDS.get(k) : undefined;
  if (says) return { what: `${text} says ${says}`, country: false };
  if (words.length === 1 && NATIONAL_WORDS.has(k))
    return { what: `${text} says the body is national, in the gender of its head`, country: false, national: true };
  if (words.length === 2 && FEDERATION_SPORT.has(k))
    return { what: `${text} says the federation's sport`, country: false, federation: true };
  if (words.length === 1 && REGISTERED_WORDS.has(k))
    return { what: `${text} is a word of the company's registered name`, country: false, business: true };
  if (words.length <= 2 && BUSINESS_WORDS.has(k)) return { what: `${text} says the company's business`, country: false, business: true };
  const club = words.length === 1 ? CLUB_HOMES.get(k) : undefined;
  if (club) return { what: `${text} says the club's home town (${club})`, country: false, home: club };
  if (words.length === 2 && QUALIFIER_PHRASES.has(k)) return { what: `${text} says the body's allegiance`, country: false };
  // Persian کشور, کل کشور (of the country, of the whole country) after a state body's name (دیوان محاسبات کشور): its
  // reach, which a report leaves out.
  if (COUNTRY_SCOPE.has(k)) return { what: `${text} says the body's reach (the whole country)`, country: false };
  // The land a front or a movement fights to free (لتحرير فلسطين, برای آزادی فلسطین): its cause, not another body.
  const freed = liberationOf(words);
  if (freed) return { what: `${text} says the land it fights to free (${freed})`, country: false };
  // A country, by its name or its adjective (ایران, جمهوری اسلامی ایران, التونسي): the body's own country.
  const country = lookupEntries(text).find((e) => e.entity.type === 'place' && e.entity.kind === 'country');
  if (country) return { what: `${text} names the country (${country.entity.name})`, country: true, countryId: country.entity.id };
  const adjective = words.length === 1 ? lookupAdjective(entityKey(text), languageOfSpelling(text)) : undefined;
  if (adjective && adjective.entity.type === 'place' && adjective.entity.kind === 'country')
    return { what: `${text} says the country (${adjective.entity.name})`, country: true, countryId: adjective.entity.id };
  // A nisba of a place (الأندلسي, القيرواني, شیرازی): where a scholar or a body comes from.
  const place = words.length === 1 ? placeOfNisba(text) : undefined;
  if (place) return { what: `${text} says where the bearer comes from (${place})`, country: false, home: place };
  // The United Nations, whose organ the body is (شورای امنیت سازمان ملل).
  if (lookupEntries(text).some((e) => e.entity.id === 'UN')) return { what: `${text} names the body it belongs to`, country: false };
  // A person the body is named after, with his title (امام خمینی).
  const first = words[0];
  if (first && words.length >= 2 && words.length <= 3 && EPONYM_TITLES.has(foldWords(first)))
    return { what: `the body is named after ${text}`, country: false, eponym: true };
  return undefined;
}

/**
 * The place a nisba names (الأندلسي: al-Andalus, شیرازی: Shiraz, دهلوی: Delhi), a city or region the gazetteer knows, or undefined. Countries are read as countries (above).
 */
function placeOfNisba(word: string): string | undefined {
  const k = lettersOf(foldName(word));
  if (k.length < 5 || !k.endsWith('ي')) return undefined;
  const stem = k.slice(0, -1).replace(/^ال/u, '');
  // The nisba drops a town's final ة (قرطبة / القرطبي) and may write a final ی as وی (دهلی / دهلوی).
  for (const candidate of [stem, stem + 'ة', stem.endsWith('و') ? stem.slice(0, -1) + 'ي' : '']) {
    if (candidate.length < 3) continue;
    const place = lookupEntries(candidate).find(
      (e) => e.entity.type === 'place' && (e.entity.kind === 'city' || e.entity.kind === 'region'),
    );
    if (place) return place.entity.name;
  }
  return undefined;
}

/**
 * The places a name's words may be cut so that what follows is a run of qualifiers (a country after a scope word:
 * الرياضي التونسي), the cut that keeps most words first, each with what it leaves out. A run may be read more than
 * one way (شهید انقلاب اسلامی: an eponym, or شهید before the Islamic revolution), so every cut is tried. Remembered
 * by the words (written without spaces): both names of every comparison are read so, several times.
 */
function trailingQualifiers(words: readonly string[]): readonly QualifierCut[] {
  return qualifierCuts(words.join(' '));
}

/** A cut of a name's words (see {@link trailingQualifiers}): the words kept, and the qualifiers left out. */
interface QualifierCut {
  readonly cut: number;
  readonly what: readonly Qualifier[];
}

const qualifierCuts: (words: string) => readonly QualifierCut[] = /* @__PURE__ */ memoize((words: string) =>
  trailingQualifiersOnce(words.split(' ')),
);

function trailingQualifiersOnce(words: readonly string[]): readonly QualifierCut[] {
  // runs[p]: a reading of words[p…] as qualifiers, when there is one.
  const runs: (readonly Qualifier[] | undefined)[] = [];
  runs[words.length] = [];
  for (let p = words.length - 1; p >= 0; p--) {
    for (let n = 1; n <= 4 && p + n <= words.length; n++) {
      const after = runs[p + n];
      const q = after ? qualifierOf(words.slice(p, p + n)) : undefined;
      if (q && after) {
        runs[p] = [q, ...after];
        break;
      }
    }
  }
  const cuts: { cut: number; what: readonly Qualifier[] }[] = [];
  for (let p = words.length - 1; p >= 0; p--) {
    const what = runs[p];
    if (what) cuts.push({ cut: p, what });
  }
  return cuts;
}

/**
 * Compares a body's full name with a short form that leaves its trailing qualifiers out: a scope or allegiance word
 * (الدولي, ملی, اسلامی), its country (ایران, جمهوری اسلامی ایران, التونسي), the United Nations it belongs to, or the
 * eponym it is named after with his title (امام خمینی); and after a person's name, the nisba of the town or region he
 * comes from (ابن رشد القرطبي / ابن رشد). The short form must keep two words at least, not all of them given names (a
 * person's given names are not cut so), nor a kunya alone (أبو بكر), and the rest of the full name must be the short
 * form, not a part of it. Returns a partial match that says what was left out, or undefined.
 */
export function withoutQualifier(a: string, b: string, threshold: number, matchNames: MatchNames): NameMatch | undefined {
  // A Latin name has its own readings of heads and countries (latin-headed.ts).
  if (isLatinName(a) || isLatinName(b)) return undefined;
  const [wa, wb] = [a.trim().split(/\s+/u), b.trim().split(/\s+/u)];
  const club = clubOnBothSides(wa, wb, threshold, matchNames);
  if (club) return club;
  for (const [words, other, first] of [
    [wa, b, true],
    [wb, a, false],
  ] as const) {
    // Qualifiers on both sides are two bodies' (مجلس الأمن الروسي / شورای امنیت سازمان ملل), or need no cutting.
    // But a name may end with such words of its own (الجهاد الإسلامي, a known body; مطار الإمام الخميني, its eponym):
    // the cut must then keep them, and leave out only what follows (الجهاد الإسلامي الفلسطيني, مطار الإمام الخميني الدولي).
    const otherWords = other.trim().split(/\s+/u);
    // ("National" ending the other name is a party's own word: جنبش ملی is the short form of جنبش ملی اسلامی افغانستان.)
    const otherCuts = trailingQualifiers(otherWords).filter((c) => !c.what.every((q) => q.national));
    const qualified = otherCuts.length > 0;
    // Only a known body or an eponym ends with such words of its own; a scope or a country ending the other name is
    // its own qualifier (الجامعة اللبنانية / الجامعة اللبنانية الدولية are two universities). So does the short form of
    // a known body whose full name ends with its own country (جماعت اسلامی for جماعت اسلامی پاکستان).
    if (qualified && !isKnownBody(other) && !homeOf(words.join(' ')) && !otherCuts.some((c) => c.what.some((q) => q.eponym))) continue;
    for (const cut of trailingQualifiers(words)) {
      // The last word kept is the other's last, Arabic with its article or Persian without (الخميني / خمینی).
      if (qualified && !sameLastWord(words[cut.cut - 1] ?? '', otherWords[otherWords.length - 1] ?? '')) continue;
      const m = compareCut(words, cut, other, first, threshold, matchNames);
      if (m) return m;
    }
  }
  return undefined;
}

/** Whether two words are one as written, or once the Arabic article is off either (الخميني / خمینی). */
function sameLastWord(x: string, y: string): boolean {
  return foldWords(x) === foldWords(y) || (x.length > 0 && bareKey(x) === bareKey(y));
}

/** The longest cut of a name's words after which only a club's words follow (its "sporting", its home), if any. */
function clubCut(words: readonly string[]): { readonly cut: number; readonly what: readonly Qualifier[] } | undefined {
  const cuts = trailingQualifiers(words).filter((c) => c.cut >= 1 && c.what.every((q) => q.sport || q.home || q.countryId));
  return cuts[cuts.length - 1];
}

/**
 * One club named with another of its words on each side (الرجاء البيضاوي / الرجاء الرياضي: its home, its "sporting"):
 * compared without them, when one side says "sporting" (so both name a club) and no two homes differ (الوداد
 * البيضاوي / الوداد الفاسي, الأهلي المصري / الأهلي السعودي are two clubs). Returns the partial match, or undefined.
 */
function clubOnBothSides(wa: readonly string[], wb: readonly string[], threshold: number, matchNames: MatchNames): NameMatch | undefined {
  const [ca, cb] = [clubCut(wa), clubCut(wb)];
  if (!ca || !cb) return undefined;
  // A head of another kind of body makes its "sporting" another body (روزنامه ایران ورزشی, the sports paper).
  const heads = [splitHead(wa.join(' ')).head, splitHead(wb.join(' ')).head];
  if (heads.some((h) => h && h.family !== 'club')) return undefined;
  const all = [...ca.what, ...cb.what];
  const homes = new Set(all.flatMap((q) => (q.countryId ? [q.countryId] : q.home ? [q.home] : [])));
  if (!all.some((q) => q.sport) || homes.size > 1) return undefined;
  const [ra, rb] = [wa.slice(0, ca.cut).join(' '), wb.slice(0, cb.cut).join(' ')];
  const m = matchNames(ra, rb, threshold);
  if (!m.same || m.reason.kind === 'partial') return undefined;
  const detail = `Both name a club, each with words a club's name may leave out (${all.map((q) => q.what).join('; ')}); ${lowerFirst(m.reason.detail)}`;
  return { ...m, score: m.score * 0.95, reason: { ...m.reason, kind: 'partial', detail } };
}

/** Whether a name is one the gazetteer lists for an organisation. */
function isKnownBody(name: string): boolean {
  return lookupEntries(name).some((e) => e.entity.type === 'organization');
}

/**
 * Whether a name's words are given names only, with their titles and the parts of compound given names (سيد جمال الدين,
 * عبد الله): a person named so is not told apart from others by them, so a nisba after them is not cut.
 */
function onlyGivenNames(words: readonly string[]): boolean {
  return words.every((w) => {
    const k = lettersOf(foldName(w));
    // The name of God after عبد carries the article (عبد الكريم).
    const bare = k.startsWith('ال') ? k.slice(2) : k;
    return isGivenName(k) || isGivenName(bare) || COMPOUND_SECONDS.has(foldName(w)) || k === 'عبد' || isTitleWord(w);
  });
}

/** The rest of a name before a cut compared with the other name; the partial match that says what was cut, or undefined. */
function compareCut(
  words: readonly string[],
  cut: { readonly cut: number; readonly what: readonly Qualifier[] },
  other: string,
  first: boolean,
  threshold: number,
  matchNames: MatchNames,
): NameMatch | undefined {
  const rest = words.slice(0, cut.cut);
  // A club's one-word name with its "sporting" (الهلال الرياضي) is cut when the other name says it is a club (نادي
  // الهلال); without a club's head the word may make another body (الأهرام الرياضي, the paper's sports weekly).
  const otherHead = splitHead(other).head;
  // So is a club's one-word name with its home (السد القطري, الرجاء البيضاوي) against a club's name.
  // Or, without a head on either side, when the cut says both "sporting" and the club's country or town (الترجي
  // الرياضي التونسي): the two together say a club, which no paper's sports weekly is named with.
  const clubWords = cut.what.every((q) => q.sport || q.home || q.countryId);
  const saysClub = cut.what.some((q) => q.sport) && cut.what.some((q) => q.home || q.countryId) && !otherHead;
  const clubWord = rest.length === 1 && clubWords && (otherHead?.family === 'club' || saysClub);
  // And a company's one-word name with its business (إعمار العقارية): the business says it is a company.
  const companyWord =
    rest.length === 1 && cut.what.every((q) => q.business) && (!otherHead || otherHead.family === 'company') && !isGivenName(rest[0] ?? '');
  if ((rest.length < 2 && !clubWord && !companyWord) || onlyGivenNames(rest)) return undefined;
  // A kunya alone (أبو بكر) is borne by many: أبو بكر البغدادي is not the caliph.
  if (rest.length === 2 && KUNYA.has(lettersOf(foldName(rest[0] ?? '')))) return undefined;
  const restText = rest.join(' ');
  // A club's "sporting" is left out of a club's name, not of a newspaper's or a channel's: کیهان ورزشی is the sports
  // paper of کیهان, another one.
  const own = splitHead(restText);
  const head = own.head ?? otherHead;
  if (cut.what.some((q) => q.sport) && head && head.family !== 'club') return undefined;
  // A company's business is left out of a company's name only (وزارة الاتصالات is no company).
  if (cut.what.some((q) => q.business) && head && head.family !== 'company') return undefined;
  // "National" is left out of a party's, a movement's or a front's name only (روزنامه اعتماد ملی is another paper),
  // and only where its gender is the head's and not that of the word before it (حزب الأمة القومي).
  if (cut.what.some((q) => q.national)) {
    const word = words[cut.cut] ?? '';
    const before = rest[rest.length - 1] ?? '';
    const headWord = own.head ? (rest[0] ?? '') : '';
    if (
      !(head && NATIONAL_HEADS.has(head.family)) ||
      !headWord ||
      isFeminine(word) !== isFeminine(headWord) ||
      isFeminine(word) === isFeminine(before)
    )
      return undefined;
  }
  // A sport is left out of a federation's name only, and not where the rest names another known body (الاتحاد
  // الأفريقي, the African Union, for الاتحاد الأفريقي لكرة القدم, the CAF).
  if (
    cut.what.some((q) => q.federation) &&
    (!FEDERATION_OPENERS.has(foldWords(rest[0] ?? '')) || lookupEntries(restText).length > 0 || lookupEntries(other).length > 0)
  )
    return undefined;
  // A body of a kind a town has many of, named after the town alone (جامعة بيروت), is not the one named after the town
  // with a scope or allegiance (جامعة بيروت الدولية, بنك دبي الإسلامي): the word is what tells the two apart. A
  // facility a town has one of keeps it as a formal word (ميناء جدة الإسلامي, the port of Jeddah).
  const apart =
    cut.what.some((q) => q.scope) && head
      ? scopeTellsApart(words.slice(cut.cut).join(' '), own.head ? own.rest : restText, head)
      : undefined;
  if (apart) return different(apart);
  const countries = cut.what.flatMap((q) => (q.countryId ? [q.countryId] : []));
  // A body named after a place, with a country after it that does not hold the place (بنك القاهرة عمان: Cairo and
  // Amman, or Oman), is named after two places: another body than the one named after the first alone.
  const named = head?.role === 'institution' && countries.length > 0 ? placeEntity(own.head ? own.rest : restText) : undefined;
  if (named && head) {
    const holders = [named.id, named.id.split('/')[0] ?? named.id];
    if (!countries.some((c) => holders.includes(c)))
      return different(namedAfterTwoPlaces(words.slice(cut.cut).join(' '), named.name, head.kind));
  }
  if (cut.what.some((q) => q.country) && !countryMayGo(restText, other, head, countries, words.join(' '))) return undefined;
  // A known body's full name is its own: the rest, if known, must be another name of it (تحریک طالبان پاکستان is not
  // طالبان with its country).
  const [full, short] = [lookupEntries(words.join(' ')), lookupEntries(restText)];
  if (full.length > 0 && short.length > 0 && !short.some((e) => full.includes(e))) return undefined;
  let m = first ? matchNames(restText, other, threshold) : matchNames(other, restText, threshold);
  // (The club's or the company's head left out of the other is the one partial match taken: نادي الهلال / الهلال
  // الرياضي, شركة مبادلة للاستثمار / مبادلة.)
  const companyHead = cut.what.every((q) => q.business) && head?.family === 'company';
  // A body's head and its scope both left out of the other (حركة أحرار الشام الإسلامية / أحرار الشام): the rest
  // without its head must be the other name whole, as it would be with the scope written.
  let headLeft = '';
  // A club's one-word name, its head and its home left out (نادي الرجاء البيضاوي / الرجاء), counts as well: the home
  // says the club.
  const clubRest = own.head?.family === 'club' && clubWords;
  if (m.same && m.reason.kind === 'partial' && own.head && !otherHead && (own.rest.split(' ').length >= 2 || clubRest)) {
    const bare = first ? matchNames(own.rest, other, threshold) : matchNames(other, own.rest, threshold);
    if (bare.same && bare.reason.kind !== 'partial') {
      m = bare;
      headLeft = `The ${possessive(own.head.kind)} head ${own.headText} and `;
    }
  }
  if (!m.same || (m.reason.kind === 'partial' && !clubWord && !companyHead)) return undefined;
  // A known body's name cut to another known body's short form (صندوق پول عربی, the Arab Monetary Fund, is no short
  // form of the IMF's) is not that body.
  const entity = m.reason.entity;
  if (entity && full.length > 0 && !full.some((e) => e.entity.id === entity.id)) return undefined;
  const left = words.slice(cut.cut).join(' ');
  const detail = `${headLeft}${left} ${headLeft ? 'are' : 'is'} left out of the ${first ? 'second' : 'first'} name, a short form (${cut.what.map((q) => q.what).join('; ')}); ${lowerFirst(m.reason.detail)}`;
  return { ...m, score: m.score * 0.95, reason: { ...m.reason, kind: 'partial', detail } };
}

/**
 * Kinds of body a town has several of, each named after it with a word of its own: universities, schools, banks,
 * hospitals, institutes, companies, academies and newspapers (جامعة بيروت, جامعة بيروت العربية, الجامعة الأمريكية في
 * بيروت). Not ports, airports or stadiums, which a town has one of and whose formal name adds a scope to it.
 */
const MANY_PER_PLACE: ReadonlySet<string> = new Set([
  'university',
  'school',
  'bank',
  'hospital',
  'institute',
  'company',
  'academy',
  'newspaper',
]);

/**
 * Whether a word of scope or allegiance after a body's name (الدولية, الإسلامي) tells it from the body of the same
 * kind named after the same place alone: a university, a bank or a school a town has several of. Says so, or undefined.
 */
export function scopeTellsApart(word: string, rest: string, head: NameHead): string | undefined {
  const place = MANY_PER_PLACE.has(head.family) ? placeNamed(rest) : undefined;
  return place
    ? `${word} tells apart two bodies named after ${place}: ${article(head.kind)} ${head.kind} named after a place with a word of scope or allegiance is another than the one named after the place alone.`
    : undefined;
}

/** The English indefinite article before a head's kind (an airport, a port). */
export function article(kind: string): string {
  // A u said yu takes a (a university).
  return /^[aeio]|^u(?!ni)/u.test(kind) ? 'an' : 'a';
}

/**
 * Why a body named after a place with a second place after it (بنك القاهرة عمان) is another than the one named after
 * the first alone: `second` as written, the first place's name and the head's kind.
 */
export function namedAfterTwoPlaces(second: string, first: string, kind: string): string {
  return `${second} names another place than ${first}: ${article(kind)} ${kind} named after both is another than the one named after ${first} alone.`;
}

/** The place a body's rest names by its name (بيروت), or undefined. */
function placeEntity(rest: string): { readonly id: string; readonly name: string } | undefined {
  return lookupEntries(rest).find((e) => e.entity.type === 'place')?.entity;
}

/** The place a body's rest names alone (بيروت, اللبنانية: a town, a province or a country, or its adjective), or undefined. */
function placeNamed(rest: string): string | undefined {
  const place = placeEntity(rest);
  if (place) return place.name;
  const adjective = rest.trim().includes(' ') ? undefined : lookupAdjective(entityKey(rest), languageOfSpelling(rest));
  return adjective?.entity.type === 'place' ? adjective.entity.name : undefined;
}

/**
 * Kinds of body whose one name is borne in several countries, each by another body: parties and movements (the
 * Kurdistan Democratic Party of Iraq and that of Iran, the Taliban of Afghanistan and of Pakistan) and newspapers.
 * After their head a country is part of the name. Not clubs: a club is named by its country or town beside a
 * namesake (الأهلي المصري / الأهلي السعودي, told apart when both are said), and without it wherever the text is about
 * one club (نادي السد for السد القطري).
 */
const NAMESAKES_ABROAD: ReadonlySet<string> = new Set(['party', 'group', 'newspaper']);

/**
 * Whether a country may be left out of a body's name: a known body's own country may (حزب الله اللبناني), another
 * may not; for a body not known so, not after the head of a kind of body that bears one name in several countries.
 * The full name's own home counts too: the country its name ends with is then its own.
 */
function countryMayGo(rest: string, other: string, head: NameHead | undefined, countries: readonly string[], full: string): boolean {
  // A known body's listed name may leave its head out (أرامكو for شركة أرامكو): its home is read without it too. A
  // known body whose full name ends with its own country (حزب وحدت اسلامی افغانستان) is named without it at home.
  const home = [rest, other].map((n) => homeOf(n) ?? homeOf(splitHead(n).rest)).find((h) => h !== undefined) ?? homeOf(full);
  if (home) return countries.every((c) => c === home);
  return !(head && NAMESAKES_ABROAD.has(head.family));
}
