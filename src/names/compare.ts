// compareNames and matchNames: the context of a top-level call, then the comparisons in order (identical, known
// places and organisations, headed names, Latin letters, spellings, translations), each in its own file.

import { argument, options as checkOptions, string } from '../contract/validate.js';
import { memoize, memoize2 } from '../text/memo.js';
import { entityKey, isLatinName, languageOfSpelling, lookupAdjective, lookupEntries, type GazetteerEntry } from './gazetteer.js';
import { isCommonWord } from './vocabulary.js';
import { digitGroups } from './latin-words.js';
import { looksForeign } from './arabic-roots.js';
import { elementAt } from '../contract/element-at.js';
import {
  NAME_THRESHOLD,
  type CompareNamesOptions,
  type NameMatch,
  type NameMatchKind,
  DEFAULT_NAME_THRESHOLD,
  different,
  matched,
} from './name-match.js';
import { compareLatin } from './latin-match.js';
import { splitHead } from './translated.js';
import { isOrdinary, lowerFirst, tokensOf } from './name-words.js';
import { isDictionaryWord } from './lexicon-words.js';
import { describeConvention, describeEntity, formOf } from './match-describe.js';
import { formerWordMatch } from './former-word.js';
import { LANGUAGE_NAMES } from './name-match.js';
import { persianHomophoneSpelling } from './persian-homophones.js';
import { callContext } from './spelling-parts.js';
import { compareSpellings } from './spellings.js';
import { compareHeaded, compareTranslated } from './headed.js';
import {
  KNOWN_THRESHOLD,
  anotherWord,
  bestSpelling,
  europeanSoundInOwnPlace,
  foreignFormOfArabName,
  namesPlacesInArabicOrPersian,
  ownSpellings,
} from './known-spelling.js';
import { knownWithWordAfter } from './place-epithet.js';
import { matchThroughLatin } from './latin-spelled.js';
import { matchReworded } from './reworded.js';
import { matchWithoutHead } from './headless-short.js';
import { matchListedShort, shortFormOfAnother } from './listed-short.js';
import { compareWithoutTitles, titleStandsForGiven } from './titles.js';
import { matchNameAndShort } from './name-and-short.js';
import { kunyaInOtherCase, pluralInOtherCase } from './plural-case.js';
import { houseInOtherForm, houseLeftOut } from './house-nisba.js';
import { dynastyInOtherForm, type DynastyForm } from './dynasty-plural.js';
import { phraseAroundName } from './phrase-word.js';
import { englishArticleWrittenOut } from './english-article.js';
import { matchPersonAlias, twoPeople } from './person-alias.js';
import { matchInitials } from './initials.js';
import { matchAcronymGloss } from './acronym-gloss.js';
import { carriesOrdinal, differentOrdinals } from './regnal.js';
import { articleWithinArabic } from './arabic-article.js';
import { finalSLeftOut } from './final-s.js';
import { russianEndingLeftOut } from './russian-ending.js';
import { withoutTrailingHonorific } from './trailing-honorific.js';
import { qajarTitleName } from './qajar-title.js';
import { withoutQualifier } from './qualifier.js';
import { branchAbroad, countryOfCity } from './body-home.js';
import { compareDiseases, diseaseFoldedAlike } from './disease-names.js';
import { compareTechnicalAcronyms } from './technical-acronyms.js';
import { withWrittenWords } from './written-words.js';
import { koreanAe } from './korean-ae.js';
import { numberInWords, numberOnOneSide } from './number-figures.js';
import { matchNationalArmy } from './national-army.js';
import { clubApart } from './club-affix.js';
import { sourceSpelling } from './source-sounds.js';
import { surnameAgainstItsWord } from './nisba-surname.js';
import { articleLeftOutOfPlace } from './article-place.js';
import { hamzaAdded } from './hamza-added.js';
import { alefVowelsApart, hamzaVowelsApart } from './alef-vowels.js';

/**
 * Decides whether two names, in Arabic or Persian script (either language on either side), name the same
 * person, place or organisation, and says how the spellings differ.
 *
 * Places and organisations are looked up first: each language names countries by its own convention
 * (`Intl.DisplayNames` in ar and fa gives الصين and چین for CN), so two names of one entity are the same
 * and names of two entities are different however alike they look (النمسا / استرالیا). Otherwise the
 * names are aligned word by word and letter by letter under the transliteration conventions of the two
 * orthographies (g as غ/گ/ج/ق/ك, p as ب/پ, ch as تش/ش/چ, v as ف/ڤ/و, a final e as ي or ه, a silent h, vowel
 * letters written or dropped, words written together or apart, the article ال), with guards for what is not
 * a spelling variant: the adjective ending ي (روسيا / روسی), two different native names (محمد / محمود), a
 * native name with another consonant (قاسم / جاسم), short names where a vowel letter makes another name
 * (علي / عالي), an ordinary word that looks like a name (قطر / قطار), a father's name in a patronymic chain.
 *
 * Generic heads (river, sea, strait, province, movement, agency, university …) translate each other and may
 * be left out; names translated word by word match through the bilingual lexicon and the gazetteer. A name in
 * Latin script is read sound by sound (an acronym by its letters' names) against the Arabic-script one, the
 * digits must agree, and a known place or organisation is matched by its Latin names.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 *
 * compareNames('تاسماغامبيتوف', 'تاسماگامبتوف').same; // => true
 * compareNames('تاسماغامبيتوف', 'تاسماگامبتوف').reason.detail;
 * // => 'The same name transliterated two ways: غ and گ both write g, and the vowel letter ي is written in the first only.'
 * compareNames('إمام علي رحمن', 'امامعلی رحمان').same; // => true
 * compareNames('الصين', 'چین').reason.kind; // => 'convention'
 * compareNames('روسيا', 'روسی').same; // => false
 * compareNames('جوجل', 'غوغل').reason.detail; // => 'The same name transliterated two ways: ج and غ both write g.'
 * compareNames('نهر كشف', 'رود کشف').reason.detail;
 * // => "The river's head is translated (نهر / رود); the same name in other letter forms: ك and ک are one letter, in its Arabic and its Persian form."
 * compareNames('النرويج', 'ناروی').reason.detail;
 * // => 'ناروی is the Dari form of the name of Norway (NO); النرويج is the Arabic one.'
 * compareNames('القاهرة', 'کایرو').same; // => true
 * compareNames('Pfizer', 'فایزر').same; // => true
 * compareNames('COVID-19', 'كوفيد-20').same; // => false
 * ```
 */
export function compareNames(a: string, b: string, options?: CompareNamesOptions): NameMatch {
  argument('compareNames', 'a', a, string);
  argument('compareNames', 'b', b, string);
  const threshold = checkOptions('compareNames', options, NAME_THRESHOLD).threshold ?? DEFAULT_NAME_THRESHOLD;
  // A copy, whole: the answer holds the gazetteer's entities and the letter table's steps, which are shared.
  return structuredClone(matchNames(a, b, threshold));
}

/**
 * {@link compareNames} without the checks at the door and without the copy, for the library's own callers, which
 * read the answer and hand none of it out. The comparisons of name parts are remembered for the outermost call.
 */
export function matchNames(a: string, b: string, threshold = DEFAULT_NAME_THRESHOLD): NameMatch {
  // A nested call compares in the outer call's context, which is not the pair's own: it is not remembered.
  if (callContext.inCall) return matchOnce(a, b, threshold);
  return threshold === DEFAULT_NAME_THRESHOLD ? matchRemembered(a, b) : withWrittenWords(matchInContext(a, b, threshold), a, b);
}

/** Whether a name's words show it foreign (see looksForeign), remembered: every top-level comparison asks it of both. */
const looksForeignName = /* @__PURE__ */ memoize((name: string): boolean => looksForeign(tokensOf(name)));

/** Sets the context of a top-level call (nested calls keep it) and compares. */
function matchInContext(a: string, b: string, threshold: number): NameMatch {
  if (callContext.inCall) return matchOnce(a, b, threshold);
  callContext.inCall = true;
  callContext.foreign = looksForeignName(a) || looksForeignName(b);
  const [la, lb] = [languageOfSpelling(a), languageOfSpelling(b)];
  // Persian letters on one side only may be a Persian name against an Arabic one whose letters say nothing.
  callContext.oneLanguage = (la === 'fa') === (lb === 'fa') && (!la || !lb || la === lb);
  // Arabic letters on one side and none that say a language on the other: both may be Arabic (خمس / خميس).
  callContext.sameScript = la === lb || (callContext.oneLanguage && la !== 'fa' && lb !== 'fa');
  // A given name in two languages' forms is one only before a family name, and not a king's (كارلوس الثالث).
  callContext.givenForms = /\s/u.test(a.trim()) && /\s/u.test(b.trim()) && !carriesOrdinal(a) && !carriesOrdinal(b);
  try {
    const first = matchOnce(a, b, threshold);
    // A place's former name that is also a word or a given name (ناصری / اهواز), which only its own names call it:
    // read of the names as given, not of a part (فارس in وكالة فارس is the agency's word, not the province).
    const m = first.same ? first : (formerWordMatch(a, b) ?? first);
    // A club's generic word shared alone (Rangers / Queens Park Rangers), or a club's opening word on one side only
    // (Racing Santander / Santander): the other words make another club, or the town.
    const club = m.same ? clubApart(m) : undefined;
    if (club)
      return different(
        `${a.trim()} and ${b.trim()} are not one club: ${club} is a word of many clubs' names, and the words around it name the club.`,
      );
    // A known body against its name with a place of another country after it: a namesake there, or its branch.
    const abroad = m.same ? branchAbroad(a, b) : undefined;
    if (abroad) return different(abroad);
    // A body by a short form of its name, its trailing qualifier left out (مجلس الأمن الدولي / مجلس الأمن): only for
    // the names as given, not for the rests a nested call compares, which have lost the head that says the kind.
    return m.same ? m : (withoutQualifier(a, b, threshold, matchNames) ?? koreanAe(a, b, threshold, matchNames) ?? m);
  } finally {
    callContext.inCall = false;
    callContext.foreign = false;
    callContext.oneLanguage = false;
    callContext.sameScript = false;
    callContext.givenForms = false;
  }
}

// Names recur within a report and across reports (and the detectors weigh one name against many): comparisons at
// the default threshold are remembered. Nobody changes an answer: compareNames hands out a copy.
const matchRemembered = /* @__PURE__ */ memoize2((a: string, b: string): NameMatch =>
  withWrittenWords(matchInContext(a, b, DEFAULT_NAME_THRESHOLD), a, b),
);

function matchOnce(a: string, b: string, threshold: number): NameMatch {
  // Two people the letters would take for one (ابن عربي / ابن العربي): listed, and kept apart.
  const apart = twoPeople(a, b);
  if (apart) return apart;
  const titled = matchTitled(a, b, threshold);
  // One name inside a phrase or another body's name (شهر نيسان, بانک توسعه صادرات) is not the longer thing.
  const m = phraseAroundName(a, b, titled) ?? titled;
  // Titles before a name are no part of it (آیت‌الله خامنه‌ای / سید علی خامنه‌ای): tried when the names with them
  // are not one, since a title is also part of a given name often enough (إمام علي رحمن, Imomali Rahmon).
  // A partial match whose shorter name has a title (دکتر حسن‌زاده آملی / علی‌اکبر حسن‌زاده آملی) says the title stands
  // for the given name; a figure of the past whose listed names are these two is named whole, not in part.
  if (m.same) return m.reason.kind === 'partial' ? (titleStandsForGiven(a, b, threshold, matchNames) ?? matchPersonAlias(a, b) ?? m) : m;
  // A person named by a kunya, a nom de guerre or a title with the given name (أبو مازن / محمود عباس).
  // A name abbreviated by its words' first letters (م.ت.ف / منظمة التحرير الفلسطينية).
  // A country's army as its army or its armed forces (الجيش السوداني / القوات المسلحة السودانية).
  return (
    matchPersonAlias(a, b) ??
    matchInitials(a, b) ??
    matchAcronymGloss(a, b) ??
    linkedTechnicalAcronyms(a, b) ??
    diseaseFoldedAlike(a, b) ??
    matchNationalArmy(a, b) ??
    compareWithoutTitles(a, b, threshold, matchNames) ??
    withoutTrailingHonorific(a, b, (x, y) => matchNames(x, y, threshold)) ??
    qajarTitleName(a, b, (x, y) => matchNames(x, y, threshold)) ??
    m
  );
}

/** Two words in Arabic script that the letters do not read as one and the list of technical acronyms links (رنا / آران‌ای). */
function linkedTechnicalAcronyms(a: string, b: string): NameMatch | undefined {
  const m = compareTechnicalAcronyms(a, b);
  return m?.same ? m : undefined;
}

/** The comparisons in order, titles and all. */
function matchTitled(a: string, b: string, threshold: number): NameMatch {
  // The English article written out (ذا تايمز / The Times, ذا غارديان / الغارديان): compared without it.
  const english = englishArticleWrittenOut(a, b);
  for (const [x, y] of english?.pairs ?? []) {
    const m = matchNames(x, y, threshold);
    if (m.same && english) {
      const detail = `${english.article} writes the English article the; ${lowerFirst(m.reason.detail)}`;
      return { ...m, reason: { ...m.reason, kind: 'convention', detail } };
    }
  }
  // Diseases and drugs named by each language's own words (الكوليرا / وبا, Smallpox / آبله): two the list keeps apart
  // are two (Chloroquine / هيدروكسي كلوروكين); a Latin name it links to one Arabic-script word is read by the letters
  // first when they read it whole (Malaria / مالاریا is a transliteration; Dengue fever / حمى الضنك is not).
  const disease = compareDiseases(a, b);
  const oneWord = isLatinName(a) ? !/\s/u.test(b.trim()) : isLatinName(b) && !/\s/u.test(a.trim());
  if (disease && (!disease.same || !oneWord)) return disease;
  if (disease) {
    const latin = compareLatin(a, b, threshold);
    return latin.same && latin.reason.kind === 'transliteration' ? latin : disease;
  }
  // Health, science and technical acronyms against the words they abbreviate (RNA / الحمض النووي الريبي, CoV / فيروس
  // كورونا): two things the list keeps apart are two (DNA / الحمض النووي الريبي); one it links is read by the letters
  // first when they read it whole (PCR / بي سي آر is a transliteration), and so is one word against one (كورونا /
  // کرونا, see matchOnce).
  const acronym = compareTechnicalAcronyms(a, b);
  if (acronym && !acronym.same) return acronym;
  if (isLatinName(a) || isLatinName(b)) {
    const latin = compareLatin(a, b, threshold);
    // An Arab town whose Arabic name has the article, against the letters without it written as Arabic (Zarqa / زرقاء).
    if (latin.same && (latin.reason.kind !== 'partial' || !acronym)) return articleLeftOutOfPlace(latin, isLatinName(a) ? b : a) ?? latin;
    return acronym ?? ownNameHeaded(a, b, latin, threshold) ?? latin;
  }
  if (acronym && (/\s/u.test(a.trim()) || /\s/u.test(b.trim()))) return acronym;
  // One Arabic plural in two cases (الحوثيون / الحوثيين): compared with one ending.
  const inCase = pluralInOtherCase(a, b);
  if (inCase) {
    const m = matchNames(a, inCase, threshold);
    if (m.same) {
      const detail = `ون and ين end one Arabic plural in two cases; ${lowerFirst(m.reason.detail)}`;
      return { ...m, reason: { ...m.reason, kind: 'convention', detail } };
    }
  }
  // One kunya in two cases (أبو بكر / أبي بكر): compared with one form of أبو.
  const kunya = kunyaInOtherCase(a, b);
  if (kunya) {
    const m = matchNames(a, kunya.b, threshold);
    if (m.same) {
      const detail = `${kunya.words[0]} and ${kunya.words[1]} are one word of a kunya in two grammatical cases; ${lowerFirst(m.reason.detail)}`;
      return { ...m, reason: { ...m.reason, kind: 'convention', detail } };
    }
  }
  // A ruler's house as an Arabic nisba and as the dynasty's name (القاجاري / قاجار).
  const house = houseInOtherForm(a, b);
  if (house) {
    const m = matchNames(house.a, house.b, threshold);
    if (m.same) {
      const detail = `${house.nisba} and ${house.noun} name one ruling house, as Arabic (a nisba with the article) and Persian (the dynasty's name) write it; ${lowerFirst(m.reason.detail)}`;
      return { ...m, reason: { ...m.reason, kind: 'convention', detail } };
    }
  }
  // A house or tribe after a title of rule or rank on one side only (فتحعلی‌شاه قاجار / فتح علي شاه).
  const leftOut = houseLeftOut(a, b);
  if (leftOut) {
    const m = matchNames(leftOut.a, leftOut.b, threshold);
    if (m.same && m.reason.kind !== 'partial') {
      const detail = `${leftOut.house}, the house or tribe after the title ${leftOut.title}, is left out of one; ${lowerFirst(m.reason.detail)}`;
      return { ...m, score: m.score * 0.95, reason: { ...m.reason, kind: 'partial', detail } };
    }
  }
  // A number in words on one side and in figures on the other (شبکه سه / شبکه ۳): compared with both in figures.
  const inWords = numberInWords(a, b);
  if (inWords) {
    const m = matchNames(inWords.a, inWords.b, threshold);
    if (m.same) {
      const detail = `${inWords.words} and ${inWords.figures} write one number, in words and in figures; ${lowerFirst(m.reason.detail)}`;
      return { ...m, reason: { ...m.reason, kind: m.reason.kind === 'identical' ? 'convention' : m.reason.kind, detail } };
    }
  }
  // Numbers in both names must agree (كوفيد-19 / كوفيد-20, گروه ۲۰ / گروه ۷), in whatever figures they are written.
  const [da, db] = [digitGroups(a).join(' '), digitGroups(b).join(' ')];
  if (da && db && da !== db) return different(`${a.trim()} and ${b.trim()} carry different numbers (${da} against ${db}).`);
  // A number in one name only (شهرداری منطقه ۱ مشهد / شهرداری مشهد, ميونخ 1860 / بايرن ميونخ): it picks out one
  // numbered district, unit, model or club among those bearing the rest of the name, unless the list knows both
  // names as one entity. Said only when the names are one without it and the other has no word more (not سبوتنيك في,
  // Sputnik V, against سبوتنيك 5): otherwise what else differs says more.
  const numbered = numberOnOneSide(a, b);
  const unnumbered =
    numbered && !lookupEntries(a).some((e) => lookupEntries(b).includes(e))
      ? matchNames(numbered.rest, numbered.other, threshold)
      : undefined;
  if (numbered && unnumbered?.same && tokensOf(numbered.other).length <= tokensOf(numbered.rest).length)
    return different(
      `${numbered.name} carries the number ${numbered.figures}, which the other name lacks: a number that tells one of the things bearing the rest of the name from the others.`,
    );
  // So must their regnal numbers (فيصل الأول / فيصل الثاني: two kings).
  const ordinals = differentOrdinals(a, b);
  if (ordinals) return ordinals;
  const article = articleWithinArabic(a, b) ?? hamzaAdded(a, b);
  if (article) return article;
  if (alefVowelsApart(a, b))
    return different(
      `${a.trim()} and ${b.trim()} write an alef said i (إ) in one and an alef said ā (آ) in the other, at the same place: two names, not two spellings.`,
    );
  const ka = entityKey(a);
  const kb = entityKey(b);
  const ea = lookupEntries(a);
  const eb = lookupEntries(b);
  // Unless both are listed names of one thing, whose spellings the list has seen.
  if (hamzaVowelsApart(a, b) && !ea.some((x) => eb.includes(x)))
    return different(
      `${a.trim()} and ${b.trim()} write an alef said a or u (أ) in one and an alef said i (إ) in the other, at the same place: within Arabic two words, not two spellings.`,
    );
  // A dynasty as a state of its house's nisba and as the nisba's plural (الدولة الطولونية / طولونیان), unless the
  // gazetteer knows both names, and so which dynasty each is.
  const dynasty = ea.length > 0 && eb.length > 0 ? undefined : sameDynasty(a, b, threshold);
  if (dynasty) return dynasty;
  if (ea.length > 0 && eb.length > 0) {
    const shared = ea.find((x) => eb.includes(x));
    if (shared) {
      const kind: NameMatchKind = ka === kb && ka.length > 0 ? 'identical' : 'convention';
      const detail =
        kind === 'identical' ? `Both write ${describeEntity(shared.entity)} the same way.` : describeConvention(a.trim(), b.trim(), shared);
      // A former name another place bears today (Salisbury, once Harare) names this one only by the other name: said.
      const today = kind === 'convention' ? formerNameOfAnother(a, ea, b, eb, shared) : undefined;
      if (today) return matched('convention', 0.9, `${detail.replace(/\.$/u, '')}; ${today}`, shared.entity);
      return {
        same: true,
        score: 1,
        reason: { kind, detail, entity: shared.entity, parts: [], unmatched: { a: [], b: [] }, differences: [] },
      };
    }
    const x = elementAt(ea, 0).entity;
    const y = elementAt(eb, 0).entity;
    return different(`${a.trim()} is ${describeEntity(x)} and ${b.trim()} is ${describeEntity(y)}.`);
  }
  const adjA = lookupAdjective(ka, languageOfSpelling(a));
  const adjB = lookupAdjective(kb, languageOfSpelling(b));
  // A word that is a name and an adjective (شوروی: the Soviet Union, and Soviet) against the same adjective is that adjective.
  const oneAdjective = adjA !== undefined && adjA === adjB;
  if (((ea.length > 0 && adjB) || (eb.length > 0 && adjA)) && !oneAdjective) {
    const [place, adjective, entry] = ea.length > 0 ? [a, b, adjB as GazetteerEntry] : [b, a, adjA as GazetteerEntry];
    const placeEntity = elementAt(ea.length > 0 ? ea : eb, 0).entity;
    return different(
      `${adjective.trim()} is an adjective (of ${describeEntity(entry.entity)}), not the name of ${place.trim()} (${placeEntity.id}).`,
      { entity: placeEntity },
    );
  }
  if (adjA && adjB) {
    if (adjA === adjB) {
      return {
        same: true,
        score: 1,
        reason: {
          kind: ka === kb ? 'identical' : 'convention',
          detail: `Both are adjectives of ${describeEntity(adjA.entity)}.`,
          entity: adjA.entity,
          parts: [],
          unmatched: { a: [], b: [] },
          differences: [],
        },
      };
    }
    return different(`${a.trim()} is an adjective of ${describeEntity(adjA.entity)} and ${b.trim()} of ${describeEntity(adjB.entity)}.`);
  }
  const known = ea[0] ?? eb[0];
  // A known body named by its listed words in another order, or one fewer (سازمان بهداشت جهانی).
  const reworded = known
    ? (matchReworded(ea.length > 0 ? b : a, known) ??
      matchNameAndShort(ea.length > 0 ? b : a, known) ??
      matchWithoutHead(ea.length > 0 ? b : a, known) ??
      matchListedShort(ea.length > 0 ? b : a, known))
    : undefined;
  if (reworded) return reworded;
  const headed = compareHeaded(a, b, threshold, matchNames);
  // The rests of a known body's name matched word by word: the body is still the one named (سازمان بهداشت جهانی).
  if (headed?.same && known && !headed.reason.entity) return { ...headed, reason: { ...headed.reason, entity: known.entity } };
  if (headed) return headed;
  if (known) {
    const other = ea.length > 0 ? b : a;
    // Another body's listed short form is that body, however alike the letters (جماعت اسلامی / جمعیت اسلامی).
    const another = shortFormOfAnother(other, known);
    if (another) return another;
    const found = bestSpelling(other, known, threshold);
    const word = found ? ordinaryWord(other, known.entity.name) : undefined;
    if (word) return word;
    // Not a town of Iran or an Arab country read through a European language's sounds (رست for رشت).
    const best = found && !europeanSoundInOwnPlace(known, found) ? found : undefined;
    // A spelling of a former name another place bears today (سالزبري, Salisbury): the match is said, and weighed less.
    const former = best ? formerSpelling(other, known, threshold) : undefined;
    if (best && former) return matched('convention', Math.min(best.score, 0.9), `${other.trim()} spells ${former}`, known.entity);
    if (best) {
      return {
        same: true,
        score: best.score,
        reason: {
          ...best.reason,
          kind: best.reason.kind === 'convention' ? 'convention' : 'transliteration',
          entity: known.entity,
          // Spelled as the gazetteer lists it: its letters against the list's own forms say nothing to a reader.
          detail:
            best.reason.kind === 'identical'
              ? `${other.trim()} is a known spelling of ${describeEntity(known.entity)}.`
              : `${other.trim()} is a spelling of ${describeEntity(known.entity)}: ${lowerFirst(best.reason.detail)}`,
        },
      };
    }
    // An Iranian, Afghan or Tajik place spelled with another of the letters Persian says alike (طخار / تخار).
    const homophone = persianHomophoneSpelling(other, known);
    if (homophone) return homophone;
    // A known place written after its Latin name (دمسکس for دمشق, as Dari writes Damascus), but not a town in the
    // language that names it in its own words (کرمنشاه is no Persian spelling of کرمانشاه).
    // An Arab town's Arabic name with its article (الأقصر, الغردقة) beside its English or French name written in Arabic
    // letters, without one (لوكسور, هورغادا: tourism's and foreign reports' spelling): read through the Latin name.
    const foreignForm = languageOfSpelling(other) !== 'fa' && foreignFormOfArabName(other, known);
    const throughLatin = ownSpellings(other, known) && !foreignForm ? undefined : matchThroughLatin(other, known, foreignForm);
    if (throughLatin && !ordinaryWord(other, known.entity.name)) return throughLatin;
    // A foreign place written after how its own language says a letter (سراجيفو for سراييفو, Sarajevo's j said y).
    const country = foreignPlace(known);
    const sounded = country ? knownBySourceSound(other, known, country, threshold) : undefined;
    if (sounded && !ordinaryWord(other, known.entity.name)) return sounded;
    // A known body named by a translation its list does not hold (سازمان بهداشت جهانی for منظمة الصحة العالمية).
    const translation = compareTranslated(a, b, threshold);
    if (translation)
      return {
        ...translation,
        reason: {
          ...translation.reason,
          entity: known.entity,
          detail: `${(ea.length > 0 ? a : b).trim()} is ${describeEntity(known.entity)}; ${lowerFirst(translation.reason.detail)}`,
        },
      };
    const epithet = knownWithWordAfter(other, known, threshold);
    if (epithet) return epithet;
    return different(`${(ea.length > 0 ? a : b).trim()} is ${describeEntity(known.entity)}; ${other.trim()} is not one of its names.`, {
      entity: known.entity,
    });
  }
  const spelled = compareSpellings(a, b, threshold);
  const articled = spelled.same ? wordWithArticle(a, b) : undefined;
  if (articled) return articled;
  // A person's surname against the word or place it is made from (علی لاریجانی / لاریجان): the person is not the word.
  const family = surnameAgainstItsWord(spelled);
  if (family) return family;
  if (spelled.same && spelled.reason.kind === 'transliteration') {
    const word = ordinaryWord(a, b) ?? ordinaryWord(b, a);
    if (word && !(isOrdinary(a) && isOrdinary(b))) return word;
    const inflected = inflectedWord(a, b) ?? inflectedWord(b, a);
    if (inflected) return inflected;
  }
  if (spelled.same) return spelled;
  return (
    compareTranslated(a, b, threshold) ??
    withoutFinalS(a, b, threshold) ??
    // How the source language says a letter, which one newsroom follows (هازارد / هازار, مورينيو / مورينهو).
    sourceSpelling(a, b, (x, y) => compareSpellings(x, y, threshold)) ??
    withoutRussianEnding(a, b, threshold) ??
    spelled
  );
}

/** The country of a known place whose country's language is neither Arabic nor Persian (BA for Sarajevo), or undefined. */
function foreignPlace(known: GazetteerEntry): string | undefined {
  const country = known.entity.type === 'place' ? countryOfCity(known.entity.id) : undefined;
  return country && !namesPlacesInArabicOrPersian(country) ? country : undefined;
}

/**
 * A name against a known foreign place's listed names in its language, read with the sound of a letter in the place's
 * own language ({@link sourceSpelling}, Sarajevo's j said y): the match, said of the place, or undefined.
 */
function knownBySourceSound(name: string, known: GazetteerEntry, country: string, threshold: number): NameMatch | undefined {
  const language = languageOfSpelling(name);
  const listed = language === 'fa' ? known.fa : language === 'ar' ? known.ar : [...known.ar, ...known.fa];
  for (const spelling of listed) {
    const m = sourceSpelling(name, spelling, (x, y) => compareSpellings(x, y, Math.max(threshold, KNOWN_THRESHOLD)), country);
    if (m && !anotherWord(m))
      return {
        ...m,
        reason: {
          ...m.reason,
          entity: known.entity,
          detail: `${name.trim()} is a spelling of ${describeEntity(known.entity)}: ${lowerFirst(m.reason.detail)}`,
        },
      };
  }
  return undefined;
}

/**
 * When one of two names of a place is a former name of it that another place bears today (سالزبری: Harare's
 * colonial name, and Salisbury in England), the words that say so; else undefined.
 */
function formerNameOfAnother(
  a: string,
  ea: readonly GazetteerEntry[],
  b: string,
  eb: readonly GazetteerEntry[],
  shared: GazetteerEntry,
): string | undefined {
  for (const [name, entries] of [
    [a, ea],
    [b, eb],
  ] as const) {
    const form = formOf(name, shared);
    const first = entries[0];
    if (first && first !== shared && form !== 'latin' && form?.form === 'historical')
      return `${name.trim()} is also the name of ${describeEntity(first.entity)} today, which the other name rules out.`;
  }
  return undefined;
}

/**
 * When a name spells a former name of a known place that another place still bears (سالزبري: Harare's سالزبوري, and
 * Salisbury in England), the words that say so; else undefined.
 */
function formerSpelling(name: string, known: GazetteerEntry, threshold: number): string | undefined {
  for (const n of known.names) {
    if (n.form !== 'historical') continue;
    const today = lookupEntries(n.text, n.language)[0];
    if (!today || today === known || !compareSpellings(name, n.text, threshold).same) continue;
    return `${n.text}, an old name of ${describeEntity(known.entity)}; it is also the name of ${describeEntity(today.entity)} today, which the other name rules out.`;
  }
  return undefined;
}

/**
 * Two names of one dynasty by its house's nisba in each language's form (الدولة الطولونية / طولونیان, الصفويون / دودمان
 * صفوی): the match of the two nisbas, said of the names, or undefined.
 */
function sameDynasty(a: string, b: string, threshold: number): NameMatch | undefined {
  const forms = dynastyInOtherForm(a, b);
  if (!forms) return undefined;
  const m = compareSpellings(forms.a.nisba, forms.b.nisba, threshold);
  if (!m.same || m.reason.kind === 'partial') return undefined;
  const how = (f: DynastyForm): string => (f.head ? `with the head ${f.head}` : f.form === 'plural' ? 'in the plural' : 'as a noun');
  const detail = `${a.trim()} and ${b.trim()} name one dynasty by its house's nisba, the one ${how(forms.a)}, the other ${how(forms.b)}; ${lowerFirst(m.reason.detail)}`;
  return { ...m, score: m.score * 0.95, reason: { ...m.reason, kind: 'convention', detail } };
}

/** How close the rest of a name must be once a final s is left out. */
const FINAL_S_THRESHOLD = 0.92;

/**
 * An Arabic name with a final s (Latin -us, a Greek -s, an English plural) against the Persian one that follows the
 * French form without it (كوبرنيكوس / کوپرنیک): compared without the ending. Returns the match, or undefined.
 */
function withoutFinalS(a: string, b: string, threshold: number): NameMatch | undefined {
  const cut = finalSLeftOut(a, b);
  if (!cut) return undefined;
  // The rest must be close: a letter left out is already a difference (باتراس is Patras, پترا Petra). The whole names,
  // so that a given name before is compared too (نيكولاس كوبرنيكوس / نیکلاس کوپرنیک).
  const m = compareSpellings(cut.names[0], cut.names[1], Math.max(threshold, FINAL_S_THRESHOLD));
  if (!m.same || m.reason.kind === 'partial') return undefined;
  const detail = `The Persian spelling leaves out the final ${cut.ending} of the Arabic one, as Persian writes a name after its French form or without its Latin, Greek or English s (-us, -s); ${lowerFirst(m.reason.detail)}`;
  return { ...m, score: m.score * 0.95, reason: { ...m.reason, kind: 'convention', detail } };
}

/**
 * A Central Asian family name with the Russian ending -ov / -ev against the same without it (امامعلی رحمانوف / امامعلی
 * رحمان): the family names compared without the ending. Returns the match, or undefined.
 */
function withoutRussianEnding(a: string, b: string, threshold: number): NameMatch | undefined {
  const cut = russianEndingLeftOut(a, b);
  if (!cut) return undefined;
  // The whole names, so that the family name is read beside its given name (رحمون against رحمان: a Tajik o and a
  // Persian ā, one name; alone, two Arabic names).
  const m = compareSpellings(cut.names[0], cut.names[1], Math.max(threshold, FINAL_S_THRESHOLD));
  if (!m.same || m.reason.kind === 'partial') return undefined;
  const detail = `${cut.withEnding} carries the Russian ending ${cut.ending} (-ov) that Central Asian family names made of an Arabic or Persian name keep or drop; ${lowerFirst(m.reason.detail)}`;
  return { ...m, score: m.score * 0.95, reason: { ...m.reason, kind: 'convention', detail } };
}

/** A folded word with its final ة written ه, as Persian writes it. */
const withoutTaMarbuta = (word: string): string => (word.endsWith('ة') ? word.slice(0, -1) + 'ه' : word);

/**
 * An unknown name of one word with the Arabic article against the same word without it, which is an ordinary word
 * (الخبر / خبر, العين / عين): with the article the word names a place or a body (the town of Khobar), without it
 * it is the word. Within one language, or against a Persian word: Persian drops the article of an Arabic name
 * (الموصل / موصل), but such names are known places, read before. Returns the finding, or undefined.
 */
function wordWithArticle(a: string, b: string): NameMatch | undefined {
  const [ta, tb] = [tokensOf(a), tokensOf(b)];
  if (ta.length !== 1 || tb.length !== 1) return undefined;
  const [x, y] = [withoutTaMarbuta(ta[0] ?? ''), withoutTaMarbuta(tb[0] ?? '')];
  const [withArticle, bare, bareText] = x === 'ال' + y ? [a, b, y] : y === 'ال' + x ? [b, a, x] : [];
  if (!withArticle || !bare || !bareText || !isOrdinary(bare)) return undefined;
  // Across the languages, only a Persian word that is the Arabic word too: Persian writes an Arabic name made of a word
  // with its article (الجزیره, the channel), and without it the word (جزیره, an island). A Persian adjective of a name
  // (حوثی) is no such word.
  if (!callContext.oneLanguage && (languageOfSpelling(bare) !== 'fa' || !isOrdinary(withArticle))) return undefined;
  return different(
    `${bare.trim()} is an ordinary ${LANGUAGE_NAMES[languageOfSpelling(bare) ?? 'ar']} word; ${withArticle.trim()}, with the article, names something by it.`,
  );
}

/**
 * A name matched by its letters alone against one of a single word that is an ordinary word of its language:
 * the country قطر and the word قطار (train), the city جدة and جاده (road). The letters allow it; the
 * dictionary says the word is not a spelling of the name. Returns the finding, or undefined.
 */
function ordinaryWord(word: string, name: string): NameMatch | undefined {
  if (!isOrdinary(word) || tokensOf(name).length > 1) return undefined;
  // Against an unknown name, only a frequent word counts: a surname may be a rarer word too (کندی for Kennedy).
  const language = languageOfSpelling(word);
  if (
    lookupEntries(name).length === 0 &&
    !(language ? isCommonWord(entityKey(word), language) : isCommonWord(entityKey(word), 'ar') || isCommonWord(entityKey(word), 'fa'))
  )
    return undefined;
  return different(
    `${word.trim()} is an ordinary ${LANGUAGE_NAMES[languageOfSpelling(word) ?? 'ar']} word, not a spelling of ${name.trim()}.`,
  );
}

/**
 * Within one language, a name against a word of that language that differs from it by a letter: the city
 * حماة and حماية (protection), درعا and درع (shield). A newsroom does not respell a name of its own language
 * into another word, so any word of the lexicon counts here, not only a frequent one, as long as the name is
 * not itself one. A word whose letters say no language is read in the name's (فرمان against فریمان: a Persian
 * word); one whose letters say the other language is left alone.
 */
function inflectedWord(word: string, name: string): NameMatch | undefined {
  const [lw, ln] = [languageOfSpelling(word), languageOfSpelling(name)];
  if (lw && ln && lw !== ln) return undefined;
  // A word whose letters say no language is read in the name's: a word of that language (فرمان against فریمان).
  const language = lw ?? ln;
  if (tokensOf(name).length !== 1 || isOrdinary(name) || !isOrdinary(word) || !isDictionaryWord(entityKey(word), language))
    return undefined;
  return different(`${word.trim()} is an ordinary ${LANGUAGE_NAMES[language ?? 'ar']} word, not a spelling of ${name.trim()}.`);
}

/**
 * A known place in Latin letters against an Arabic-script name with a generic head, which the Latin match found none
 * of its names (Razavi Khorasan / استان خراسان رضوی, Bagram / پایگاه بگرام): the place's own name in the other's
 * language compared with it, as between two Arabic-script names, which say whether the head may be left out (a
 * province's, a city's) or names something else after the place (a base). An administrative head only of the place's
 * own kind: a city against its province stays apart. The match, said of the Latin name, or undefined.
 */
function ownNameHeaded(a: string, b: string, latinMatch: NameMatch, threshold: number): NameMatch | undefined {
  const entity = latinMatch.reason.entity;
  const [latin, other] = isLatinName(a) ? [a, b] : [b, a];
  const head = splitHead(other).head;
  if (entity?.type !== 'place' || isLatinName(other) || !head) return undefined;
  // The text says which of a city and its province it names (Tehran, the city, is no استان تهران): an administrative
  // head must be of the place's own kind.
  if (head.role === 'admin' && !(head.family === 'city' ? entity.kind === 'city' : head.family === 'province' && entity.kind === 'region'))
    return undefined;
  const known = lookupEntries(latin).find((e) => e.entity.id === entity.id);
  if (!known) return undefined;
  const language = languageOfSpelling(other);
  const own = language === 'fa' ? known.fa : language === 'ar' ? known.ar : [...known.ar, ...known.fa];
  // The name the other writes first (تهران in شهر تهران, not طهران), then the list's order.
  const ordered = [...own.filter((n) => other.includes(n)), ...own.filter((n) => !other.includes(n))];
  for (const name of ordered.slice(0, 3)) {
    const m = isLatinName(a) ? matchNames(name, other, threshold) : matchNames(other, name, threshold);
    if (!m.same) continue;
    const detail = `${latin.trim()} is ${describeEntity(entity)}, ${name} in Arabic script; ${lowerFirst(m.reason.detail)}`;
    return { ...m, reason: { ...m.reason, entity, detail } };
  }
  return undefined;
}
