// Names with a head word (رودخانه دجله, جامعة طهران) and names the lexicon translates word by word: heads are
// compared as kinds, the rests as names (through the whole comparison, passed in to keep the import graph acyclic).

import { describeDifferences } from './describe.js';
import { elementAt } from '../contract/element-at.js';
import {
  type GazetteerEntry,
  type NameLanguage,
  entityKey,
  isLatinName,
  languageOfSpelling,
  lookupAdjective,
  lookupCountry,
  lookupEntries,
} from './gazetteer.js';
import { linkWords, type SpellWords, splitHead, headsOfFamily, type HeadedName, sharedHead, type WordLink } from './translated.js';
import { englishGlosses, isDictionaryWord, isLexiconPhraseWord } from './lexicon-words.js';
import { comparePart } from './spelling-parts.js';
import { compoundArticleLeftOut } from './compound-article.js';
import { foldName, identityKey, lettersOf } from './phonetic.js';
import { tokensOf, withoutEzafe, lowerFirst, joinPhrases, bareKey, upperFirst, possessive } from './name-words.js';
import { type NameMatch, different, type NameMatchReason, type NameMatchKind, matched } from './name-match.js';
import { isNativeName } from './native-names.js';
import { isFeminine, isGivenName } from './name-words.js';
import { BODIES_OF_THEIR_OWN, droppableHead, type NameHead } from '../lexicon/name-heads.js';
import { describeEntity } from './match-describe.js';
import { portOfPortTown, portTown } from './port-town.js';
import { isTitleWord } from './titles.js';
import { article, isQualifierWord, namedAfterTwoPlaces, scopeTellsApart } from './qualifier.js';
import { isSportingWord } from './sporting.js';
import { countryOfCity, homeOf, regionName } from './body-home.js';
import { NAMESAKE_NEWSPAPER_TITLES } from '../lexicon/organization-homes.js';
import { remitLeftOut } from './remit.js';
import { isEpithetWord } from './epithets.js';
import { arabicStems } from './vocabulary.js';
import { isForeignGivenName } from './arabic-roots.js';
import { dariSynonym, isDariTableWord } from './dari-synonyms.js';
import { wordWithoutItsHead } from './head-over-word.js';
import { twoTitles } from './media-title.js';
import { anotherHeadListed } from './other-head.js';
import { listedWithAnotherHead } from './listed-head.js';

/** The language a name's letters give away, for lookups. */
export function languagesOf(a: string, b: string): readonly [NameLanguage | undefined, NameLanguage | undefined] {
  return [languageOfSpelling(a), languageOfSpelling(b)];
}
/** Two single words spelled against each other, for {@link linkWords}. */
export function spellWords(threshold: number): SpellWords {
  return (x, y, ezafe) => {
    const tx = tokensOf(x);
    const ty = tokensOf(y);
    if (tx.length === 0 || ty.length === 0) return undefined;
    if (identityKey(tx.join('')) === identityKey(ty.join(''))) return { score: 1, phrase: `${x} is written alike` };
    // Two words against one: a compound written apart on one side only (دير الزور / دیرالزور), spelled whole.
    if (tx.length + ty.length === 3 && Math.min(tx.length, ty.length) === 1) {
      const whole = comparePart(tx, ty, threshold);
      return spelledWhole(x, y, 'alignment' in whole ? whole : (compoundArticleLeftOut(tx, ty, threshold) ?? whole));
    }
    if (tx.length > 1 || ty.length > 1) return undefined;
    const x0 = elementAt(tx, 0);
    const y0 = elementAt(ty, 0);
    const plain = comparePart(tx, ty, threshold);
    const bare = ezafe.a || ezafe.b ? comparePart([ezafe.a ? withoutEzafe(x0) : x0], [ezafe.b ? withoutEzafe(y0) : y0], threshold) : plain;
    return spelledWhole(x, y, 'alignment' in plain ? plain : bare);
  };
}

/** Two words spelled against each other as a link's phrase (the words named, and how they differ), or undefined. */
function spelledWhole(x: string, y: string, part: ReturnType<typeof comparePart>): ReturnType<SpellWords> {
  if (!('alignment' in part)) return undefined;
  const how = lowerFirst(
    describeDifferences(
      part.alignment.steps.filter((st) => st.kind !== 'same'),
      false,
    )
      .replace(/^The same name transliterated two ways: /u, '')
      .replace(/\.$/u, ''),
  );
  // The words named, since the phrase stands beside the links of other words (الخارجية / خارجه: ال …).
  return { score: part.score, phrase: `${x} is spelled ${y} (${how})` };
}
/**
 * The whole comparison of two names (compare.ts's matchNames), which the rests of two headed names go back to:
 * passed in, as compare.ts calls this file.
 */
export type MatchNames = (a: string, b: string, threshold: number) => NameMatch;

/**
 * Names whose words are translated rather than transliterated, without a generic head: آسيا الصغرى /
 * آسیای صغیر. At least one word must be the same name (a spelling or a known place) and no more words
 * translated than named, so that two people who share a name are not taken for a translation.
 */
export function compareTranslated(a: string, b: string, threshold: number): NameMatch | undefined {
  if (isLatinName(a) || isLatinName(b)) return undefined;
  if (tokensOf(a).length < 2 && tokensOf(b).length < 2) {
    // One word each: only a Dari word and the Iranian one for one thing (a ministry's زراعت / کشاورزی, its head off).
    const dari = languageOfSpelling(a) !== 'ar' && languageOfSpelling(b) !== 'ar' ? dariSynonym(a.trim(), b.trim()) : undefined;
    return dari ? matched('convention', 0.95, `${upperFirst(dari)}.`) : undefined;
  }
  const spell = spellWords(threshold);
  const languages = languagesOf(a, b);
  const plain = linkWords(a, b, languages, spell, false);
  if (plain.links.length > 0 && plain.unmatchedA.length === 0 && plain.unmatchedB.length === 0) {
    if (!plain.links.every((l, k) => k === 0 || l.j > elementAt(plain.links, k - 1).j)) return undefined;
    const score = plain.links.reduce((s, l) => s + l.score, 0) / plain.links.length;
    return matched('transliteration', score, `The same name, word by word: ${joinPhrases(plain.links.map((l) => l.phrase))}.`);
  }
  // Only ordinary words can be translations (a headword of the lexicon, or in Persian a word of one of its phrases:
  // the Dari داخله of وزارت امور داخله): names left over on either side end it here, before the lexicon loads. Not
  // an Arabic phrase's word: one line of the lexicon holds both الهلال الأحمر and الصليب الأحمر, two bodies.
  const [la, lb] = languages;
  // Within one language, two words the lexicon gives for one thing are often two bodies (استانداری, the province's
  // governor, فرمانداری, the county's): a word is not read there as the adjective or the office of a headword.
  const across = la !== lb;
  const unmatched = [...plain.unmatchedA.map((w) => [w, la] as const), ...plain.unmatchedB.map((w) => [w, lb] as const)];
  if (!unmatched.every(([w, l]) => mayTranslate(w, l, across))) return undefined;
  const linking = linkWords(a, b, languages, spell, true);
  if (linking.links.length === 0 || linking.unmatchedA.length > 0 || linking.unmatchedB.length > 0) return undefined;
  const translated = linking.links.filter((l) => l.how === 'translation');
  const named = linking.links.length - translated.length;
  // Without a translated word the words must keep their order: عبد الله بن عبد العزيز is not عبد العزيز بن عبد الله.
  const inOrder = linking.links.every((l, k) => k === 0 || l.j > elementAt(linking.links, k - 1).j);
  // More words translated than named needs two translated words at least (المؤتمر الشعبي / کنگره مردمی,
  // منظمة التحرير الفلسطينية / سازمان آزادی‌بخش فلسطین): one shared meaning is too little to name one body.
  if ((translated.length === 0 && !inOrder) || (translated.length > named && translated.length < 2)) return undefined;
  const swapped = adjectiveOfAnotherWord(linking.links, languages);
  if (swapped) return different(swapped);
  if (
    translated.some(
      (l) =>
        // The Dari table's words are words of bodies' names (لوی, great, is also Louis): no check.
        !dariSynonym(l.a, l.b) &&
        (isGivenName(lettersOf(foldName(l.a))) ||
          isGivenName(lettersOf(foldName(l.b))) ||
          isNativeName(lettersOf(foldName(l.a))) ||
          isNativeName(lettersOf(foldName(l.b)))),
    )
  )
    return undefined;
  const score = linking.links.reduce((s, l) => s + l.score, 0) / linking.links.length;
  return matched(translated.length > 0 ? 'convention' : 'transliteration', score, linkedWords(linking.links, languages));
}

/**
 * Within Arabic, one adjective in two genders in two names that put their words in other orders (جبهة التحرير الوطني /
 * الجبهة الوطنية للتحرير): an Arabic adjective takes the gender of the noun it qualifies, so the national liberation
 * is not the national front, and the names are two bodies'. Says so, or undefined. Across Arabic and Persian, or in one
 * order, the gender says nothing (مصرف سوريا المركزي / البنك المركزي السوري: both central, of the bank).
 */
function adjectiveOfAnotherWord(
  links: readonly WordLink[],
  [la, lb]: readonly [NameLanguage | undefined, NameLanguage | undefined],
): string | undefined {
  if (la !== 'ar' || lb !== 'ar') return undefined;
  if (links.every((l, k) => k === 0 || l.j > elementAt(links, k - 1).j)) return undefined;
  const flipped = links.find(
    (l) =>
      NISBA_GENDERS.test(l.a) &&
      NISBA_GENDERS.test(l.b) &&
      isFeminine(l.a) !== isFeminine(l.b) &&
      bareKey(l.a).replace(/ه$/u, '') === bareKey(l.b).replace(/ه$/u, ''),
  );
  return flipped
    ? `The names have the same words in another order, and ${flipped.a} and ${flipped.b} are one adjective in two genders: an Arabic adjective takes the gender of the noun it qualifies, so each qualifies another word and the names are two bodies'.`
    : undefined;
}

/** An Arabic adjective of relation in either gender (الوطني, الوطنية). */
const NISBA_GENDERS = /يّ?(?:ة)?$/u;

/** What links two names word by word, as a sentence: "The same name, partly translated: X is translated Y …". */
function linkedWords(links: readonly WordLink[], [la, lb]: readonly [NameLanguage | undefined, NameLanguage | undefined]): string {
  const what = links.every((l) => l.how !== 'translation')
    ? 'The same name, word by word'
    : la && la === lb
      ? 'The same name, partly in other words'
      : 'The same name, partly translated';
  return `${what}: ${joinPhrases(links.map((l) => l.phrase))}.`;
}
/**
 * Whether a word of a name may be an ordinary word that the other name translates: a headword of the lexicon or
 * of the English word list, in Persian a word of a lexicon phrase (the Dari داخله of وزارت امور داخله) or of the Dari
 * table (شفاخانه), read also
 * without an Arabic proclitic (للشطرنج, والمساواة) and as the adjective of a headword (الآسيوية, الاشتراكية).
 */
function mayTranslate(word: string, language: NameLanguage | undefined, adjectives: boolean): boolean {
  if (isEpithetWord(word)) return true;
  return readingsOf(entityKey(word), language, adjectives).some(
    (key) =>
      isDictionaryWord(key, language) ||
      (language === 'fa' && isLexiconPhraseWord(key, language)) ||
      englishGlosses(key).length > 0 ||
      (language !== 'ar' && isDariTableWord(key)),
  );
}

/** The endings of an adjective of relation (nisba): Arabic ي, ية (folded يه), Persian ی, and ای after a vowel. */
const NISBA = /(?:يه|ي|اي)$/u;

/** A folded word as written, without its article or an Arabic proclitic (arabicStems), and without a nisba ending. */
function readingsOf(key: string, language: NameLanguage | undefined, adjectives: boolean): string[] {
  const out = [key, bareKey(key)];
  if (language !== 'fa') for (const { stem } of arabicStems(key).slice(1)) out.push(stem, bareKey(stem));
  for (const k of adjectives ? [...out] : []) {
    const stem = k.replace(NISBA, '');
    // A stem of three letters or more: a shorter one is too often another word. The noun may end in ا or يا
    // (اوروبا / اوروبي, افريقيا / افريقي), an ا the adjective writes و (اسيا / اسيوي).
    if (stem === k || stem.length < 3) continue;
    out.push(stem, stem + 'ا', stem + 'يا');
    if (stem.endsWith('و')) out.push(stem.slice(0, -1) + 'ا');
  }
  return [...new Set(out)];
}

/**
 * The rests of two names after their heads: the same name, spelled, known or translated word by word. `body`: the
 * head of a body (not a place), whose name may carry its country's adjective (a club's or a university's, its
 * city) on one side only. `headless`: the other name has no head of its own, and is not cut to one ordinary word.
 */
export function compareRests(
  x: string,
  y: string,
  threshold: number,
  matchNames: MatchNames,
  body?: NameHead,
  headless = false,
): NameMatch {
  // A body named after a state or a province with its head (جامعة ولاية نيويورك, State University of New York) is
  // another body than the one named after the place alone (جامعة نيويورك).
  const [hx, hy] = body ? [splitHead(x).head, splitHead(y).head] : [];
  const adminX = hx?.role === 'admin' && hx.family === 'province';
  const adminY = hy?.role === 'admin' && hy.family === 'province';
  if (body && adminX !== adminY)
    return different(
      `${(adminX ? x : y).trim()} names a state or province with its head, which the other leaves out: the ${body.kind} of a state or province is another than the one named after the place alone.`,
    );
  const m = matchNames(x, y, threshold);
  if (m.same && m.reason.kind !== 'partial') return m;
  // After a head, Arabic gives even a short name its article (نهر البو / رود پو), which the letters alone
  // keep for a name of three letters or fewer.
  const [kx, ky] = [entityKey(x), entityKey(y)];
  if (kx.startsWith('ال') !== ky.startsWith('ال') && tokensOf(x).length === 1 && tokensOf(y).length === 1) {
    const [withArticle, other, first] = kx.startsWith('ال') ? [x, y, true] : [y, x, false];
    const bare = withArticle.trim().replace(/^[اأإآ]ل/u, '');
    if (entityKey(bare).length >= 2) {
      const retry = first ? matchNames(bare, other, threshold) : matchNames(other, bare, threshold);
      if (retry.same && retry.reason.kind !== 'partial')
        return {
          ...retry,
          reason: {
            ...retry.reason,
            detail: `The article ال is written in the ${first ? 'first' : 'second'} only; ${lowerFirst(retry.reason.detail)}`,
          },
        };
    }
  }
  const languages = languagesOf(x, y);
  const linking = linkWords(x, y, languages, spellWords(threshold), true);
  if (linking.links.length > 0 && linking.unmatchedA.length === 0 && linking.unmatchedB.length === 0) {
    const swapped = adjectiveOfAnotherWord(linking.links, languages);
    if (swapped) return different(swapped);
    const score = linking.links.reduce((s, l) => s + l.score, 0) / linking.links.length;
    const how = linking.links.every((l) => l.how === 'spelling') ? 'transliteration' : 'convention';
    return matched(how, score, linkedWords(linking.links, languages));
  }
  return (body ? withCountryAdjective(x, y, threshold, matchNames, body, headless) : undefined) ?? m;
}

/** Families of political bodies, whose names carry one another's head words (حزب حرکت اسلامی, جبهه مشارکت). */
const POLITICAL: ReadonlySet<string> = new Set(['party', 'group']);

/** Families of bodies and buildings a newsroom names with their city after the name, as one place of that name. */
export const CITY_AFTER: ReadonlySet<string> = new Set([
  'club',
  'university',
  'hospital',
  'stadium',
  'airport',
  'port',
  'museum',
  'shrine',
]);

/**
 * The rest of a body's name with the adjective of its country after it on one side only (طيران آريانا الأفغانية /
 * هواپیمایی آریانا), or a club's, a university's or a hospital's city (استقلال تهران): a newsroom adds the country of a foreign
 * body to its name. Compared without that word, as a partial match that says so; undefined when the last word is
 * none of these or the rest is not one.
 */
function withCountryAdjective(
  x: string,
  y: string,
  threshold: number,
  matchNames: MatchNames,
  head: NameHead,
  headless: boolean,
): NameMatch | undefined {
  const [wx, wy] = [x.trim().split(/\s+/u), y.trim().split(/\s+/u)];
  const [longer, shorter, longerFirst] = wx.length === wy.length + 1 ? [wx, y, true] : wy.length === wx.length + 1 ? [wy, x, false] : [];
  if (!longer || shorter === undefined || longer.length < 2) return undefined;
  const last = longer[longer.length - 1] ?? '';
  // A word of scope or allegiance after the name (وكالة تسنيم الدولية للأنباء / خبرگزاری تسنیم), which a short form leaves
  // out, unless it tells apart two bodies named after one place (جامعة حلب الدولية / جامعة حلب).
  // Not, when the other name has no head, to one ordinary word (حزب الدعوة الإسلامية / الدعوة): a body's name is not cut
  // to a word that alone says something else.
  const scopeRest = longer.slice(0, -1).join(' ');
  const oneWord = headless && longer.length === 2 && isDictionaryWord(entityKey(scopeRest), languageOfSpelling(scopeRest));
  if (isQualifierWord(last) && !isSportingWord(last) && longer.length >= 2 && !oneWord) {
    const apart = scopeTellsApart(last, scopeRest, head);
    if (apart) return different(apart);
    const m = longerFirst
      ? compareRests(scopeRest, shorter, threshold, matchNames)
      : compareRests(shorter, scopeRest, threshold, matchNames);
    if (!m.same || m.reason.kind === 'partial') return undefined;
    return {
      ...m,
      score: m.score * 0.95,
      reason: {
        ...m.reason,
        kind: 'partial',
        detail: `${last} is left out of the ${longerFirst ? 'second' : 'first'} name, a short form (${last} says the body's scope or allegiance); ${lowerFirst(m.reason.detail)}`,
      },
    };
  }
  // Some countries' feminine adjective is also the country's name (السعودية: Saudi, and Saudi Arabia).
  // A club, a university, a hospital, a stadium, an airport, a port, a museum or a shrine is also named with its city
  // after it (استقلال تهران, دانشگاه فردوسی مشهد, بیمارستان میرویس قندهار, ورزشگاه آزادی تهران, فرودگاه امام خمینی
  // تهران); a newspaper or a bank with a city after it is another (کیهان لندن).
  const city = CITY_AFTER.has(head.family);
  const adjective =
    lookupAdjective(entityKey(last), languageOfSpelling(last)) ??
    lookupEntries(last).find((e) => e.entity.kind === 'country' || (city && e.entity.kind === 'city'));
  if (!adjective || adjective.entity.type !== 'place' || (adjective.entity.kind !== 'country' && adjective.entity.kind !== 'city'))
    return undefined;
  // A name that already says a country (الجامعة اللبنانية) with another after it (الأمريكية) is another body:
  // the Lebanese American University is not the Lebanese University.
  const placed = longer
    .slice(0, -1)
    .some(
      (w) =>
        lookupAdjective(entityKey(w), languageOfSpelling(w))?.entity.kind === 'country' ||
        lookupEntries(w).some((e) => e.entity.kind === 'country'),
    );
  if (placed) return undefined;
  const rest = longer.slice(0, -1).join(' ');
  // A known body with another country's adjective is a body of that country of the same name (حماس / حماس الجزائرية).
  // The rests come without the head, which a known body's listed name may carry (حزب الله): try it with each form.
  const homeWithHead = (name: string): string | undefined =>
    homeOf(name) ?? [...head.ar, ...head.fa].map((form) => homeOf(`${form} ${name}`)).find((h) => h !== undefined);
  const home = homeWithHead(shorter) ?? homeWithHead(rest);
  if (home && adjective.entity.kind === 'country' && home !== adjective.entity.id)
    return different(
      `${last} names another country (${adjective.entity.name}) than the known body's own (${regionName(home)}): a body of that country of the same name.`,
    );
  // A newspaper's title that papers of several countries bear names none of them alone: the country is part of it.
  if (!home && head.family === 'newspaper' && adjective.entity.kind === 'country' && isNamesakeTitle(shorter))
    return different(
      `${shorter.trim()} is the title of newspapers of several countries: ${last} (${adjective.entity.name}) says which, and the other name none.`,
    );
  // A body named after a place with another country after it is named after two places (بنك القاهرة عمان, Cairo and
  // Oman or Amman): another body than the one named after the first alone, unless the country holds the first. A city
  // of the body's own country after it is its seat (جامعة دمشق اللاذقية), told below.
  const firstPlace = adjective.entity.kind === 'country' ? lookupEntries(rest).find((e) => e.entity.type === 'place') : undefined;
  if (firstPlace && !home) {
    const holders = new Set([firstPlace.entity.id, countryOfCity(firstPlace.entity.id) ?? firstPlace.entity.id]);
    const seconds = [adjective, ...lookupEntries(last)].filter((e) => e.entity.type === 'place');
    if (!seconds.some((e) => holders.has(e.entity.id))) return different(namedAfterTwoPlaces(last, firstPlace.entity.name, head.kind));
  }
  // A city of another country than the body's is its branch there, a body of its own (جامعة السوربون أبوظبي); so is
  // a city after a body named after a place abroad (جامعة القاهرة الخرطوم, Cairo University's Khartoum branch).
  const cityCountry = adjective.entity.kind === 'city' ? countryOfCity(adjective.entity.id) : undefined;
  const bodyCountry = home ?? (cityCountry ? placeCountry(rest) : undefined);
  if (cityCountry && bodyCountry && bodyCountry !== cityCountry)
    return different(
      `${last} is a city of another country (${regionName(cityCountry)}) than the body's own (${regionName(bodyCountry)}): its branch there, a body of its own.`,
    );
  // The rests compared as rests, so that a name translated word by word counts (حركة الحرية / نهضت آزادی ایران).
  const m = longerFirst ? compareRests(rest, shorter, threshold, matchNames) : compareRests(shorter, rest, threshold, matchNames);
  if (!m.same || m.reason.kind === 'partial') return undefined;
  const detail = `${last} says the ${adjective.entity.kind === 'city' ? 'city' : 'country'} of the body (${adjective.entity.name}), which the other name leaves out; ${lowerFirst(m.reason.detail)}`;
  return { ...m, score: m.score * 0.95, reason: { ...m.reason, kind: 'partial', detail } };
}
/**
 * Names with a generic head (نهر كارون / رود کارون, وكالة تسنيم / تسنيم): heads of one family translate each
 * other, the rests are compared as names, and either side may leave its head out — unless the bare name is
 * the place the headed one is named after (جامعة طهران / تهران, بحر اليابان / اليابان); a news agency is cited
 * by its bare name even when that is a place's (وكالة الأناضول / آناتولی), and a river or a range by its own
 * (رودخانه دجله / دجله). Two heads of
 * different kinds name two things (مدينة قندهار / ولایت قندهار).
 */
export function compareHeaded(a: string, b: string, threshold: number, matchNames: MatchNames): NameMatch | undefined {
  let ha = splitHead(a);
  let hb = splitHead(b);
  if (!ha.head && !hb.head) return undefined;
  // A head word of two families (Persian دریا: a sea in Iran, a river in Dari) takes the family of the other; heads
  // of no family in common may still be a company's before an airline's or a bank's own head (companyOfHeaded).
  const shared = ha.head && hb.head ? sharedHead({ ...ha, head: ha.head }, { ...hb, head: hb.head }) : undefined;
  const company = ha.head && hb.head && !shared ? companyOfHeaded(ha, hb, a, b, threshold, matchNames) : undefined;
  // A head word of another family that is part of the other name (بحيرة بند أمير / بند امیر: Band-e Amir, where بند
  // is no dam's head; حزب القوات اللبنانية / القوات اللبنانية): the name is that one, with its own head left out. Not
  // a town's or a province's head, which says which of two places of one name is meant (منطقة المدينة المنورة), nor a
  // company's before the name of its airline or bank.
  if (ha.head && hb.head && !shared && !company && ha.head.role !== 'admin' && hb.head.role !== 'admin') {
    const party = partyBeforeOwnHead(ha, hb, a, b, threshold, matchNames);
    if (party) return party;
    const [outer, inner] = opensWith(ha.rest, hb.headText) ? [ha, hb] : opensWith(hb.rest, ha.headText) ? [hb, ha] : [];
    // A hospital, a club or grounds of a body named in full (مستشفى جامعة السلطان قابوس, نادي الجيش الملكي) are the
    // body's own, not the body.
    if (outer?.head && inner?.head && OF_A_BODY.has(outer.head.family) && OWNING_BODIES.has(inner.head.family))
      return different(
        `${(outer === ha ? a : b).trim()} names ${article(outer.head.kind)} ${outer.head.kind} of ${(outer === ha ? b : a).trim()}, not the ${inner.head.kind} itself.`,
      );
    if (outer === ha) hb = { headText: '', rest: b.trim() };
    else if (outer === hb) ha = { headText: '', rest: a.trim() };
  }
  if (ha.head && hb.head) {
    const head = shared ?? ha.head;
    if (!shared && !foreignRegion(ha, hb)) {
      // A company's head before a name that has a head of its own (شركة مصر للطيران, شركة طيران الإمارات): the airline
      // or bank is the company, and the generic head is left out of the other name.
      if (company) return company;
      return different(
        `${a.trim()} names ${article(ha.head.kind)} ${ha.head.kind} and ${b.trim()} ${article(hb.head.kind)} ${hb.head.kind}${ha.rest && matchNames(ha.rest, hb.rest, threshold).same ? ' of the same name' : ''}.`,
      );
    }
    let rest = compareRests(ha.rest, hb.rest, threshold, matchNames, head.role === 'institution' ? head : undefined);
    // Two bodies of one kind whose names differ by a word before the last one the other has are two bodies (بانک صادرات
    // / بانک توسعه صادرات: the export bank and the export development bank); a short form leaves out what follows.
    if (rest.same && rest.reason.kind === 'partial' && head.role === 'institution') {
      const inner = innerWordLeftOut(ha.rest, hb.rest, rest);
      if (inner)
        return different(
          inner.includes(' ')
            ? `Both name ${article(head.kind)} ${head.kind}, but one opens with ${inner}, the first items of what it is in charge of, where the other names only the last: another body of the same kind.`
            : `Both name ${article(head.kind)} ${head.kind}, but ${inner} stands inside one name only: another body of the same kind.`,
        );
      // A party's or a movement's head word that opens one rest only (حزب حرکت اسلامی / حزب اسلامی) is a word of that
      // body's name after its own head, not a second head to leave out: the movement party is not the party.
      const [innerA, innerB] = [splitHead(ha.rest), splitHead(hb.rest)];
      const innerHeaded = innerA.head && !innerB.head ? innerA : innerB.head && !innerA.head ? innerB : undefined;
      const opener =
        innerHeaded?.head && POLITICAL.has(innerHeaded.head.family) && POLITICAL.has(head.family) ? innerHeaded.headText : undefined;
      if (opener)
        return different(
          `Both name ${article(head.kind)} ${head.kind}, but ${opener} opens the name after the head in one only: a word of that ${head.kind}'s name, not a head to leave out.`,
        );
      // In one language, two head words and a word of the name in one only (جنبش ملی اسلامی / حرکت اسلامی), the words
      // shared all ordinary ones (Islamic, of Afghanistan): each name is another body's, not one body's two forms, since
      // a short form keeps the name's own word (انستیتو رازی for مؤسسه تحقیقات واکسن و سرم‌سازی رازی). Not a place
      // left out (a city or a country after the name, which news adds).
      const missing = [...rest.reason.unmatched.a, ...rest.reason.unmatched.b];
      const [la, lb] = languagesOf(a, b);
      if (
        la !== undefined &&
        la === lb &&
        entityKey(ha.headText) !== entityKey(hb.headText) &&
        !dariSynonym(ha.headText, hb.headText) &&
        missing.length > 0 &&
        tokensOf(rest.reason.unmatched.a.length > 0 ? hb.rest : ha.rest).every(
          (w) => isDictionaryWord(entityKey(w), la) || lookupEntries(w).length > 0,
        ) &&
        !missing.some((w) => lookupEntries(w).some((e) => e.entity.type === 'place') || lookupAdjective(entityKey(w), la) !== undefined)
      )
        return different(
          `Both name ${article(head.kind)} ${head.kind}, but with two head words (${ha.headText} / ${hb.headText}) and ${missing.join(' ')} in one name only: in one language, names that differ in both are two bodies'.`,
        );
    }
    // Arabic names a sea or an ocean by an adjective (البحر الأدرياتيكي), Persian by the noun (دریای آدریاتیک).
    if (!rest.same && head.role === 'feature') {
      const noun = (x: string): string => x.replace(/ي$/u, '');
      const retry = compareRests(noun(ha.rest), noun(hb.rest), threshold, matchNames);
      if (retry.same) rest = retry;
    }
    const kind = head.kind;
    // A head that a lexicon phrase translates with the word after it (المجلس الأعلى / شورای عالی).
    const whole = rest.same ? undefined : compareTranslated(a, b, threshold);
    const titles = twoTitles(rest.same || !!whole?.same, a, b, ha.headText, hb.headText, ha.rest, hb.rest);
    if (titles) return titles;
    if (whole) return whole;
    const remit = rest.same ? undefined : remitLeftOut(kind, ha.rest, hb.rest, threshold, matchNames);
    if (remit)
      return matched(
        'partial',
        0.85,
        `Both name ${article(kind)} ${kind}; the longer name lists more of what it is in charge of (${remit}), which the short form leaves out.`,
      );
    if (!rest.same)
      return different(
        `Both name ${article(kind)} ${kind}, but ${lowerFirst(rest.reason.detail)}`,
        { entity: rest.reason.entity } as Partial<NameMatchReason>,
        rest.score,
      );
    const sameHead = entityKey(ha.headText) === entityKey(hb.headText);
    // Two kinds of a body named after one place are two bodies (دانشگاه شیراز / دانشگاه صنعتی شیراز, جامعة أصفهان
    // للتكنولوجيا / دانشگاه اصفهان): a short form leaves the kind out of a body named after a person (دانشگاه شریف for
    // دانشگاه صنعتی شریف), not out of one named after the town two bodies share.
    // A head word of two families is read in the family the two names share (بندر: a crossing beside گذرگاه).
    // A word that heads two kinds of the family (مؤسسة: an institute and a foundation) is read as the kind the other
    // name's head shares with it.
    const kindsOf = (headText: string, own: NameHead): string[] => {
      const kinds = headsOfFamily(headText, head.family).map((x) => x.kind);
      return kinds.length > 0 ? kinds : [own.kind];
    };
    const [kindsA, kindsB] = [kindsOf(ha.headText, ha.head), kindsOf(hb.headText, hb.head)];
    const common = kindsA.find((k) => kindsB.includes(k));
    const kindA = common ?? elementAt(kindsA, 0);
    const kindB = common ?? elementAt(kindsB, 0);
    if (kindA !== kindB && head.role === 'institution') {
      const own = [kindA, kindB].find((k) => BODIES_OF_THEIR_OWN.has(k));
      if (own)
        return different(
          `${a.trim()} names ${article(kindA)} ${kindA} and ${b.trim()} ${article(kindB)} ${kindB}: ${article(own)} ${own} is a body of its own, never named by the shorter head.`,
        );
      const place = lookupEntries(ha.rest).find((e) => e.entity.type === 'place');
      if (place)
        return different(
          `${a.trim()} names ${article(kindA)} ${kindA} and ${b.trim()} ${article(kindB)} ${kindB}, both named after ${describeEntity(place.entity)}: two kinds of body named after one place are two bodies.`,
          { entity: place.entity },
        );
    }
    // Two kinds of one family of places (a crossing's بندر, a corridor's گذرگاه) name the narrower kind: the family's
    // own kind is the general word for either.
    const phraseKind = kindA === kindB || head.role !== 'feature' ? kind : ([kindA, kindB].find((k) => k !== head.family) ?? kind);
    const headPhrase = sameHead
      ? ''
      : (dariSynonym(ha.headText, hb.headText) ?? `the ${possessive(phraseKind)} head is translated (${ha.headText} / ${hb.headText})`);
    const detail = headPhrase ? `${upperFirst(headPhrase)}; ${lowerFirst(rest.reason.detail)}` : rest.reason.detail;
    const resultKind: NameMatchKind = rest.reason.kind === 'identical' ? (sameHead ? 'identical' : 'convention') : rest.reason.kind;
    return { same: true, score: rest.score, reason: { ...rest.reason, kind: resultKind, detail } };
  }
  const [headed, other, first] = ha.head ? [ha, b, true] : [hb, a, false];
  const head = headed.head as NameHead;
  if (!droppableHead(head)) return undefined;
  // A known place listed with a word of another kind before the name the head heads here (اقلیم کردستان).
  const listedHead = anotherHeadListed(first ? a : b, head, headed.rest, other);
  if (listedHead) return listedHead;
  // A known body named by a head and another known body's name is not that body (كتائب حزب الله, Kata'ib Hezbollah,
  // is not Hezbollah): its head is no head to leave out.
  const whole = lookupEntries(first ? a : b).find((e) => e.entity.type === 'organization');
  const inner = whole && lookupEntries(headed.rest).find((e) => e.entity.type === 'organization');
  if (whole && inner && inner.entity.id !== whole.entity.id)
    return different(
      `${(first ? a : b).trim()} is ${describeEntity(whole.entity)}, not ${describeEntity(inner.entity)}, whose name it carries.`,
      {
        entity: whole.entity,
      },
    );
  if (head.role !== 'admin' && head.family !== 'agency') {
    const place = lookupEntries(other).find((e) => e.entity.type === 'place' && !isFeatureOfKind(e, head));
    // The rest may be the place's adjective, linked to it word by word (الخطوط الجوية الكينية, the Kenyan airline, against
    // كينيا; دورة الألعاب الآسيوية against آسيا): still named after it.
    const namedAfter = (): boolean => {
      const m = compareRests(headed.rest, other, threshold, matchNames);
      return m.same && m.reason.kind !== 'partial';
    };
    if (place && (lookupEntries(headed.rest).includes(place) || matchNames(headed.rest, other, threshold).same || namedAfter())) {
      const town = portTown(headed.headText, place) ?? portOfPortTown(head.family, headed.headText, headed.rest, other, place);
      if (town) return matched('convention', 1, town, place.entity);
      const island = islandOf(headed.headText, head, place);
      if (island) return matched('partial', 0.95, island, place.entity);
      return different(
        `${(first ? a : b).trim()} is ${article(head.kind)} ${head.kind} named after ${describeEntity(place.entity)}, not the place itself.`,
        { entity: place.entity },
      );
    }
  }
  // A place or a body named after a person is not the person (معهد روبرت كوخ / روبرت كوخ, مطار الملك خالد / الملك
  // خالد), whom the bare name names.
  const person = NAMED_AFTER_PERSONS.has(head.family) && personsName(headed, other) ? matchNames(headed.rest, other, threshold) : undefined;
  // Not a short form of the body that keeps more of its words (علوم پزشکی شهید بهشتی for دانشگاه علوم پزشکی شهید بهشتی).
  if (person?.same && (person.reason.kind !== 'partial' || wordCount(other) <= wordCount(headed.rest)))
    return different(
      `${(first ? a : b).trim()} is ${article(head.kind)} ${head.kind} named after a person, ${other.trim()}: the body, not the person.`,
    );
  // A city named like its country (الكويت, تونس, الجزائر العاصمة) is not the country: with its head written, the
  // bare name is the land. Nor is a province or a state named like a country (ولاية جورجيا, the American state, against
  // جورجيا; استان آذربایجان, Iran's, against جمهوری آذربایجان): a country is no province of itself.
  if (head.family === 'city' || head.family === 'province') {
    const country = lookupEntries(other).find((e) => e.entity.kind === 'country');
    if (country && (lookupEntries(headed.rest).includes(country) || matchNames(headed.rest, other, threshold).same))
      return different(
        `${(first ? a : b).trim()} names ${head.family === 'city' ? 'the city' : `a ${head.kind}`}, ${other.trim()} the country (${describeEntity(country.entity)}).`,
        { entity: country.entity },
      );
  }
  // In the pair's own order, so that the rest's explanation says first and second as the caller does.
  const body = head.role === 'institution' ? head : undefined;
  const rest = first
    ? compareRests(headed.rest, other, threshold, matchNames, body, true)
    : compareRests(other, headed.rest, threshold, matchNames, body, true);
  if (!rest.same) return undefined;
  const word = wordWithoutItsHead(first ? a : b, head, headed.rest, other);
  if (word) return word;
  // A body listed only with a head of another kind (قناة الجزيرة) is not the airline or club of its name (طيران الجزيرة).
  const anotherBody = listedWithAnotherHead(other, first ? a : b, head, headed.headText, headed.rest, rest.reason.entity);
  if (anotherBody) return different(anotherBody, rest.reason.entity ? { entity: rest.reason.entity } : undefined);
  // The other name opens with a word the headed one lacks: a person's given name (نيكولا تسلا / شركة تسلا, مقتدى الصدر /
  // مدينة الصدر) or the word of another kind of thing (أبراج بتروناس, فوج آزوف), whose name the body or place carries.
  const opening =
    rest.reason.kind === 'partial'
      ? openingWordLeftOver(other, first ? rest.reason.unmatched.b : rest.reason.unmatched.a, headed.headText, threshold)
      : undefined;
  if (opening)
    return different(
      `${other.trim()} opens with ${opening}, which ${(first ? a : b).trim()} lacks: it names a person or another thing that bears the name, not ${article(head.kind)} ${head.kind} without its head.`,
    );
  const detail = `The ${possessive(head.kind)} head ${headed.headText} is left out of the ${first ? 'second' : 'first'}; ${lowerFirst(rest.reason.detail)}`;
  return {
    same: true,
    score: rest.score,
    reason: { ...rest.reason, kind: rest.reason.kind === 'identical' ? 'partial' : rest.reason.kind, detail },
  };
}
/**
 * The first word of a name, when it is among the words the other name left unmatched and is no word for the other's
 * head (طوفان for إعصار, شبکه for قناة: a head the lists lack, which a link in the lexicon or the letters finds).
 * Arabic script only: a Latin name opens with the body's own name before its head (Tudeh Party).
 */
function openingWordLeftOver(name: string, unmatched: readonly string[], headText: string, threshold: number): string | undefined {
  const first = name.trim().split(/\s+/u)[0] ?? '';
  const key = entityKey(first);
  if (!first || isLatinName(first) || !unmatched.some((w) => entityKey(w) === key)) return undefined;
  if (headText.split(/\s+/u).some((w) => entityKey(w) === key)) return undefined;
  // A Persian head carries the ezafe before the name (سرایای خراسانی).
  const linked = [first, withoutEzafe(entityKey(first))].some(
    (w) => linkWords(w, headText, languagesOf(w, headText), spellWords(threshold), true).links.length > 0,
  );
  return linked ? undefined : first;
}
// Where Arabic names an administrative region منطقة beside the province (Saudi Arabia's regions and governorates,
// Syria's, Iraq's): there a region and a province of one name are two places.
const ARAB_COUNTRIES = new Set('AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE'.split(' '));

/**
 * A province's and a region's head before the name of one place abroad (مقاطعة خاركيف / منطقة خاركيف, إقليم دونباس /
 * منطقة دونباس): Arabic translates a foreign oblast, region or province by either word, so the two heads are one
 * there. Not in an Arab country, whose own regions and provinces are two levels.
 */
function foreignRegion(ha: ReturnType<typeof splitHead>, hb: ReturnType<typeof splitHead>): boolean {
  const families = new Set([ha.head?.family, hb.head?.family]);
  if (!families.has('province') || !families.has('region') || families.size !== 2) return false;
  const places = [...lookupEntries(ha.rest), ...lookupEntries(hb.rest)].filter((e) => e.entity.type === 'place');
  return places.length > 0 && places.every((e) => !ARAB_COUNTRIES.has(e.entity.id.split('/')[0] ?? ''));
}

/**
 * One name with a company's head (شركة, شرکت) whose rest has a head of another kind of body (an airline, a bank),
 * against a name of that kind: compared without the company's head. Returns the match, or undefined.
 */
function companyOfHeaded(
  ha: ReturnType<typeof splitHead>,
  hb: ReturnType<typeof splitHead>,
  a: string,
  b: string,
  threshold: number,
  matchNames: MatchNames,
): NameMatch | undefined {
  const [withCompany, first] = ha.head?.family === 'company' ? [ha, true] : hb.head?.family === 'company' ? [hb, false] : [];
  if (!withCompany || !withCompany.rest) return undefined;
  const inner = splitHead(withCompany.rest).head;
  if (!inner || inner.role !== 'institution' || inner.family === 'company') return undefined;
  const m = first ? matchNames(withCompany.rest, b, threshold) : matchNames(a, withCompany.rest, threshold);
  if (!m.same || m.reason.kind === 'partial') return undefined;
  const detail = `The company's head ${withCompany.headText} before the ${inner.kind}'s name is left out of the ${first ? 'second' : 'first'}; ${m.reason.kind === 'identical' ? 'the rest is written alike.' : lowerFirst(m.reason.detail)}`;
  return { ...m, reason: { ...m.reason, kind: m.reason.kind === 'identical' ? 'partial' : m.reason.kind, detail } };
}

// The heads that name a feature of nature of a place kind: the Tigris is a river, so رودخانه دجله is the Tigris
// itself, where بحر اليابان is a sea named after a country.
export const FEATURE_KINDS: Readonly<Record<string, string>> = {
  river: 'water',
  sea: 'water',
  ocean: 'water',
  lake: 'water',
  strait: 'water',
  canal: 'water',
  gulf: 'water',
  mountain: 'landform',
  desert: 'landform',
  plateau: 'landform',
};
/** Whether a known place is itself the kind of feature a head names (a river for نهر, a range for جبال). */

export function isFeatureOfKind(entry: GazetteerEntry, head: NameHead): boolean {
  return head.role === 'feature' && entry.entity.kind !== undefined && FEATURE_KINDS[head.family] === entry.entity.kind;
}

/**
 * An island's head before a known land is that land (جزيرة تسمانيا / تسمانيا, مجمع‌الجزایر آزور / آزور): no island is named
 * after a country, a region or a town and lies elsewhere, while a sea, an airport or a university is named after one.
 */
function islandOf(headText: string, head: NameHead, place: GazetteerEntry): string | undefined {
  if (head.family !== 'island' || place.entity.kind === 'water' || place.entity.kind === 'landform') return undefined;
  return `The island's head ${headText} is left out of one name, which names the land itself, ${describeEntity(place.entity)}.`;
}

/** Families of heads of a body's own hospital, club or grounds, named with the body's full name after them. */
const OF_A_BODY: ReadonlySet<string> = new Set(['hospital', 'club', 'stadium', 'prison', 'camp', 'base']);
/** Families of heads of the bodies that have them (a university's hospital, an army's club, a ministry's prison). */
const OWNING_BODIES: ReadonlySet<string> = new Set(['university', 'ministry', 'company', 'bank', 'force', 'army', 'organisation', 'court']);

/** Families of heads that name a place or a body after a person, whom the bare name names. */
const NAMED_AFTER_PERSONS: ReadonlySet<string> = new Set([
  'institute',
  'university',
  'hospital',
  'airport',
  'stadium',
  'square',
  'brigades',
  'prize',
  'aircraft carrier',
  'destroyer',
  'base',
  'camp',
  'complex',
  'mosque',
  'shrine',
  'prison',
  'dam',
  'port',
]);

const wordCount = (name: string): number => name.trim().split(/\s+/u).length;

/**
 * Whether the rest of a headed name is a person's full name: two words or more that open with a given name or a
 * title; or, after an institute's or a foundation's head, words none of which is an ordinary one (معهد ماكس بلانك;
 * مؤسسة الفكر العربي keeps its head out), the bare name no known body. Not after a think tank's or a centre's head,
 * whose names are a building's or a place's as often (اندیشکده چتم هاوس, Chatham House).
 */
function personsName(headed: HeadedName, other: string): boolean {
  const words = tokensOf(headed.rest);
  const first = words[0] ?? '';
  if (words.length < 2) return false;
  if (isGivenName(first) || isForeignGivenName(lettersOf(foldName(first))) || isTitleWord(first)) return true;
  return (
    headsOfFamily(headed.headText, 'institute').some((h) => h.kind === 'institute' || h.kind === 'foundation') &&
    wordCount(other) >= 2 &&
    !lookupEntries(other).some((e) => e.entity.type === 'organization') &&
    words.every((w) => !mayTranslate(w, languageOfSpelling(headed.rest), false))
  );
}

/** Whether a name opens with the words of a head as written (بند أمير with بند), spelling variants alike. */
/**
 * A party's head before a name with a head of its own that the other name translates (حزب نیروهای لبنانی / القوات
 * اللبنانية, حزب تحریک انصاف / حركة إنصاف): one language names the body a party before its own name, a force or a
 * movement. The names compared without the party's head, said so; undefined when neither is such a pair.
 */
function partyBeforeOwnHead(
  ha: HeadedName,
  hb: HeadedName,
  a: string,
  b: string,
  threshold: number,
  matchNames: MatchNames,
): NameMatch | undefined {
  const ownHead = (outer: HeadedName, inner: HeadedName): boolean => {
    if (outer.head?.family !== 'party' || !inner.head) return false;
    const own = splitHead(outer.rest);
    return own.head !== undefined && sharedHead({ ...own, head: own.head }, { ...inner, head: inner.head }) !== undefined;
  };
  const first = ownHead(ha, hb);
  if (!first && !ownHead(hb, ha)) return undefined;
  const party = first ? ha : hb;
  const m = first ? matchNames(ha.rest, b, threshold) : matchNames(a, hb.rest, threshold);
  if (!m.same || m.reason.kind === 'partial') return undefined;
  const detail = `${party.headText} (party) stands before the body's own name in the ${first ? 'first' : 'second'}, as a newsroom names a party whose name has a head of its own; ${lowerFirst(m.reason.detail)}`;
  return { ...m, score: m.score * 0.95, reason: { ...m.reason, kind: 'convention', detail } };
}

function opensWith(name: string, headText: string): boolean {
  const words = name.trim().split(/\s+/u).map(entityKey);
  const head = headText.trim().split(/\s+/u).map(entityKey);
  return words.length > head.length && head.every((w, k) => w === words[k]);
}

let namesakeTitles: ReadonlySet<string> | undefined;

/** Whether a newspaper's title is one that papers of several countries bear (الشروق, الوطن). */
function isNamesakeTitle(title: string): boolean {
  namesakeTitles ??= new Set(NAMESAKE_NEWSPAPER_TITLES.map((t) => entityKey(t)));
  return namesakeTitles.has(entityKey(title));
}

/**
 * The country of the one place a body's name is named after, when the rest of the name is that place alone (جامعة
 * القاهرة: Egypt) and every place of that name is of one country; undefined otherwise.
 */
function placeCountry(rest: string): string | undefined {
  const countries = new Set(
    lookupEntries(rest)
      .filter((e) => e.entity.type === 'place')
      .map((e) => (e.entity.kind === 'country' ? e.entity.id : countryOfCity(e.entity.id))),
  );
  const [only] = countries;
  return countries.size === 1 ? only : undefined;
}

/**
 * Words of rank or reach inside a body's name that news leaves out of it (سازمان ملی استاندارد ایران / سازمان استاندارد
 * ایران, الهيئة العامة للاستثمار, شورای عالی امنیت ملی, وزارة الشؤون الخارجية, وكالة الأنباء الرسمية السورية): national,
 * general, federal, supreme, affairs, official, state.
 */
const SCOPE_INSIDE: ReadonlySet<string> = new Set(
  [
    'ملی',
    'الوطني',
    'الوطنية',
    'العام',
    'العامة',
    'عمومی',
    'الاتحادي',
    'الاتحادية',
    'الأعلى',
    'العليا',
    'عالی',
    'الشؤون',
    'شؤون',
    'امور',
    'الرسمي',
    'الرسمية',
    'رسمی',
    'الحكومي',
    'الحكومية',
    'دولتی',
  ].map((w) => lettersOf(foldName(w))),
);

/**
 * The one word one rest has and the other lacks, when it is not its last (توسعه in توسعه صادرات ایران against صادرات
 * ایران), nor a title (مسجد شیخ لطف‌الله), a word of scope, allegiance, sport or rank (باشگاه ورزشی استقلال, سازمان ملی
 * استاندارد), a country or its adjective (وزارة الصحة الفلسطينية في غزة): or undefined.
 * Two words or more left out are a phrase a short form may drop (الحركة الشعبية لتحرير السودان - شمال), unless they
 * open the name and hold an "and": the first items of a remit (see below).
 */
function innerWordLeftOut(x: string, y: string, m: NameMatch): string | undefined {
  const { a, b } = m.reason.unmatched;
  const [longer, missing] = a.length > 0 ? [x, a] : [y, b];
  if (a.length > 0 && b.length > 0) return undefined;
  const words = tokensOf(longer);
  // Items of a remit before the one the other name keeps (وزارت ارتباطات و فناوری اطلاعات / وزارت اطلاعات): the
  // shorter name is the last item's end, not a short form, which keeps the first.
  const and = foldName('و');
  const left = missing.filter((w) => w !== and);
  if (left.length > 1) {
    const items = words.filter((w) => w !== and);
    if (!left.every((w, i) => items[i] === w) || left.length >= items.length) return undefined;
    const opening = words.slice(0, words.indexOf(items[left.length] ?? ''));
    if (!opening.includes(and) && !/[،,]/u.test(longer)) return undefined;
    return (opening[opening.length - 1] === and ? opening.slice(0, -1) : opening).join(' ');
  }
  if (missing.length !== 1) return undefined;
  const word = missing[0] ?? '';
  // الله closes a compound with the word before it (حزب الله, عبد الله): the compound is what is left out.
  if (
    word === words[words.length - 1] ||
    !words.includes(word) ||
    isTitleWord(word) ||
    isQualifierWord(word) ||
    SCOPE_INSIDE.has(word) ||
    word === foldName('الله')
  )
    return undefined;
  return lookupCountry(word) ? undefined : word;
}
