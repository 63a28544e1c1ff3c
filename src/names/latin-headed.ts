// A name in Latin letters with an English generic head against an Arabic-script name with its own (Mahan Air /
// هواپیمایی ماهان, Fars News / خبرگزاری فارس, Caspian Sea / بحر قزوين): the head is translated, the rest of
// the name transliterated, as a newsroom writes it.

import { englishHeads, type EnglishHead } from '../lexicon/english-heads.js';
import { BODIES_OF_THEIR_OWN } from '../lexicon/name-heads.js';
import { splitHead } from './translated.js';
import { isDictionaryWord } from './lexicon-words.js';
import { lowerFirst, upperFirst, possessive } from './name-words.js';
import { entityKey, languageOfSpelling, lookupAdjective, lookupEntries } from './gazetteer.js';
import { describeEntity } from './match-describe.js';
import { matched, type NameMatch } from './name-match.js';
import { memoize } from '../text/memo.js';
import { foldName, lettersOf } from './phonetic.js';
import { demonymCountry } from './latin-demonym.js';
import { englishKey, isListedEnglish } from '../lexicon/english-words.js';
import type { PlaceKind } from '../lexicon/places.js';

/** A Latin name cut into its English head and the rest. */
interface LatinHeaded {
  readonly head: EnglishHead;
  readonly headText: string;
  readonly rest: string;
}

/**
 * Cuts an English generic head off the end (Mahan Air) or the front (University of Tehran) of a Latin name.
 * Remembered: a name is cut each time it is compared, against each of the many names around it.
 */
export const splitEnglishHead: (name: string) => LatinHeaded | undefined = /* @__PURE__ */ memoize(splitEnglishHeadOnce);

function splitEnglishHeadOnce(name: string): LatinHeaded | undefined {
  const words = name.trim().split(/\s+/u);
  const lower = words.map((w) => w.toLowerCase());
  for (const head of englishHeads()) {
    const n = head.words.length;
    if (words.length <= n) continue;
    // The possessive before a head after the name is not written in Arabic script (Parkinson's disease / مرض باركنسون).
    if (head.where !== 'before' && head.words.every((w, k) => lower[words.length - n + k] === w))
      return {
        head,
        headText: words.slice(-n).join(' '),
        rest: words
          .slice(0, -n)
          .join(' ')
          .replace(/['’]s$/u, ''),
      };
    if (head.where !== 'after' && head.words.every((w, k) => lower[k] === w)) {
      const of = lower[n] === 'of' ? 1 : 0;
      if (words.length > n + of) return { head, headText: words.slice(0, n + of).join(' '), rest: words.slice(n + of).join(' ') };
    }
  }
  return undefined;
}

/**
 * A Latin name with an English head against an Arabic-script name with a head of the same family: the rests
 * compared by `compareRest` (Latin against Arabic script); or, with `mayDropHead` (not when the Arabic-script name
 * has already lost a head of its own), a club's or a company's English head against a name without one.
 * Undefined when either has no head, the heads differ, or the rests are not one name.
 */
export function compareLatinHeaded(
  latin: string,
  other: string,
  latinFirst: boolean,
  compareRest: (latinRest: string, otherRest: string) => NameMatch,
  mayDropHead = true,
): NameMatch | undefined {
  const l = splitEnglishHead(latin);
  if (!l) return undefined;
  const o = splitHead(other);
  if (!o.head && mayDropHead && DROPPED_HEADS.has(l.head.family)) return headLeftOut(l, other, latinFirst, compareRest);
  if (!o.head || (o.head.family !== l.head.family && !alsoHead(l.head.family, o.headText))) return undefined;
  // A university of medical sciences is not the university (Tehran University / دانشگاه علوم پزشکی تهران).
  const kind = l.head.kind ?? l.head.family;
  if (kind !== o.head.kind && (BODIES_OF_THEIR_OWN.has(kind) || BODIES_OF_THEIR_OWN.has(o.head.kind))) return undefined;
  const heads = latinFirst ? `${l.headText} / ${o.headText}` : `${o.headText} / ${l.headText}`;
  const adjective = countryAsAdjective(l.rest, o.rest, compareRest);
  if (adjective) return adjective(`the ${possessive(o.head.kind)} head is translated (${heads})`);
  const rest = compareRest(l.rest, o.rest);
  if (!rest.same || rest.reason.kind === 'partial') return undefined;
  const detail = `${upperFirst(`the ${possessive(o.head.kind)} head is translated (${heads})`)}; ${lowerFirst(rest.reason.detail)}`;
  return { ...rest, reason: { ...rest.reason, kind: 'convention', detail } };
}

/**
 * English heads that Arabic and Persian translate by a head of another family too: an English region of Mali, Somalia
 * or Iraqi Kurdistan is an إقليم, a province's head to Arabic (Kidal region / إقليم كيدال); not a محافظة, which is
 * a province (Kurdistan Region is not Iran's محافظة كردستان). The heads as folded letters.
 */
const ALSO_HEADS: Readonly<Record<string, readonly string[]>> = { region: ['اقليم'] };

/** Whether an Arabic-script head as written translates an English head of another family (see {@link ALSO_HEADS}). */
function alsoHead(family: string, headText: string): boolean {
  const letters = lettersOf(foldName(headText));
  return ALSO_HEADS[family]?.some((w) => letters === w || letters === 'ال' + w) ?? false;
}

/**
 * The families of English heads a newsroom leaves out in Arabic and Persian when the body's own name says enough
 * (Persepolis FC / پرسپولیس, Al-Duhail SC / الدحيل, Maersk Company / مرسك, Biman Bangladesh Airlines / بیمان بنگلادش):
 * a club's, a company's or an airline's, whose name is its own (one named after a country, Kenya Airways, is not the
 * country: the rest may not be a place); a party's or a movement's (Wafd Party / الوفد, Taliban movement / طالبان);
 * and a mountain's or a river's, whose bare name is the feature (Zagros Mountains / زاگرس, Sefidrud river /
 * سفیدرود), the rest a place only when it is that kind of feature (Kabul River is not کابل, the city); a channel's,
 * an agency's or a newspaper's, named by their own word (Sahar TV / سحر, Tasnim News / تسنیم, Kayhan newspaper /
 * کیهان), not by a place (Fars News is not فارس, a province). Not a university's or a place's head: University of
 * Tehran is not تهران. An island's only where the island is the place (see {@link listedAsIsland}).
 */
const DROPPED_HEADS: ReadonlySet<string> = new Set([
  'club',
  'company',
  'airline',
  'party',
  'group',
  'mountain',
  'river',
  'network',
  'island',
  'agency',
  'newspaper',
]);

/**
 * An island's bare name is the island only for a place the lists name with an island's head (Qeshm island / قشم: its
 * list has جزیره قشم): an island is the whole place, as a mountain is (Socotra island / سقطرى); a town on an island is
 * not (Rhodes island and the town of Rhodes aside, no list names a town so).
 */
function listedAsIsland(latinRest: string, id: string): boolean {
  return lookupEntries(latinRest).some((e) => e.entity.id === id && [...e.ar, ...e.fa].some((n) => ISLAND_HEAD.test(n)));
}
const ISLAND_HEAD = /^(?:جزيرة|جزیره|جزر|جزایر)[\s\u200c]/u;

/** The kind of place a feature's bare name is, by the family of the head left out; no other head's rest may be a place. */
const FEATURE_KINDS: Readonly<Record<string, PlaceKind>> = { mountain: 'landform', river: 'water' };

/**
 * The families whose rest must be a name, not ordinary English words the list translates: a party's or a movement's
 * name made of such words is the words without its head (Democratic Party is not الديمقراطي, Future Movement not
 * المستقبل), unless the lists know the body by it; so is a channel's, an agency's or a newspaper's (Gulf News is not
 * خلیج).
 */
const NAMED_BODIES: ReadonlySet<string> = new Set(['party', 'group', 'agency', 'newspaper', 'network']);

/** The heads of provinces and towns, which a place's bare name is often written without (فارس for استان فارس). */
const PLACE_HEADS = ['استان', 'محافظة', 'ولاية', 'ولایت', 'شهر', 'مدينة'];

/** Whether a Latin name or an Arabic-script one is a place's, the latter alone or after a province's or a town's head. */
function placeByName(latin: string, other: string): boolean {
  const place = (n: string): boolean => lookupEntries(n).some((e) => e.entity.type === 'place');
  return place(latin) || place(other) || PLACE_HEADS.some((h) => place(`${h} ${other.trim()}`));
}

/** The families of media, whose bare name may be a place's too (see {@link headLeftOut}). */
const NAMED_MEDIA: ReadonlySet<string> = new Set(['agency', 'newspaper', 'network']);

/** Whether a Latin rest is only English words the list translates (Democratic, Labour, Islamic). */
function ordinaryEnglish(rest: string): boolean {
  return (
    isListedEnglish(englishKey(rest)) ||
    rest
      .trim()
      .split(/\s+/u)
      .every((w) => isListedEnglish(englishKey(w)))
  );
}

/** A Latin name whose English head the Arabic-script name leaves out, the rests one name; undefined otherwise. */
function headLeftOut(
  l: LatinHeaded,
  other: string,
  latinFirst: boolean,
  compareRest: (latinRest: string, otherRest: string) => NameMatch,
): NameMatch | undefined {
  // An airline's brand is often an ordinary word that alone names something else (Air Arabia / العربية: Arabic, and a
  // channel): the bare word is not the airline. A club's is its own (Foolad FC / فولاد).
  const words = other.trim().split(/\s+/u);
  if (l.head.family === 'airline' && words.length === 1 && isDictionaryWord(entityKey(other), languageOfSpelling(other))) return undefined;
  // A channel's, an agency's or a newspaper's name that is also a place's, in either script, is the place when bare
  // (Fars News is not فارس, the province).
  if (NAMED_MEDIA.has(l.head.family) && placeByName(l.rest, other)) return undefined;
  const rest = compareRest(l.rest, other);
  if (!rest.same || rest.reason.kind === 'partial') return undefined;
  // A club named after its city is not the city (Paris FC / باريس); a river named after one not the city either.
  const entity = rest.reason.entity;
  if (
    l.head.family === 'island'
      ? !entity || !listedAsIsland(l.rest, entity.id)
      : entity?.type === 'place' && entity.kind !== FEATURE_KINDS[l.head.family]
  )
    return undefined;
  if (!entity && NAMED_BODIES.has(l.head.family) && ordinaryEnglish(l.rest)) return undefined;
  const detail = `The ${possessive(l.head.family)} head ${l.headText} is left out of the ${latinFirst ? 'second' : 'first'}; ${lowerFirst(rest.reason.detail)}`;
  // A body the lists know by its bare name is that body by convention (Amal Movement / أمل); else one name is part of the other.
  if (entity) return { ...rest, reason: { ...rest.reason, kind: 'convention', detail } };
  return { ...rest, score: rest.score * 0.95, reason: { ...rest.reason, kind: 'partial', detail } };
}

/**
 * A body named after its country: English puts the country's name or its demonym before the head (Kenya Airways,
 * Ethiopian Airlines, Oman Air), Arabic and Persian the country's adjective after it (الخطوط الجوية الكينية, الطيران
 * العماني), last after any other word of the name (Bangladesh National Party / الحزب الوطني البنغلاديشي, whose other
 * words `compareRest` compares). The Latin rest opens with the country, the other rest ends in its adjective: a
 * function that writes the match after the head's phrase.
 */
function countryAsAdjective(
  latinRest: string,
  otherRest: string,
  compareRest: (latinRest: string, otherRest: string) => NameMatch,
): ((head: string) => NameMatch) | undefined {
  const words = otherRest.trim().split(/\s+/u);
  const word = words[words.length - 1];
  if (!word) return undefined;
  const adjective = lookupAdjective(entityKey(word));
  if (!adjective) return undefined;
  const latinWords = latinRest.trim().split(/\s+/u);
  // The country in one word or two (Sri Lanka), by its name or its demonym.
  for (let n = Math.min(2, latinWords.length); n >= 1; n--) {
    const opening = latinWords.slice(0, n).join(' ');
    const country =
      lookupEntries(opening).find((e) => e.entity.id === adjective.entity.id)?.entity ??
      (n === 1 && demonymCountry(opening) === adjective.entity.id ? adjective.entity : undefined);
    if (!country) continue;
    const [latinMore, otherMore] = [latinWords.slice(n).join(' '), words.slice(0, -1).join(' ')];
    if ((latinMore === '') !== (otherMore === '')) return undefined;
    const more = latinMore ? compareRest(latinMore, otherMore) : undefined;
    if (more && (!more.same || more.reason.kind === 'partial')) return undefined;
    const rest = more ? `; ${lowerFirst(more.reason.detail)}` : '.';
    return (head) =>
      matched(
        'convention',
        0.95,
        `${upperFirst(head)}; ${opening} names ${describeEntity(country)}, which ${word} says as an adjective after the head, as Arabic and Persian name a country's body${rest}`,
      );
  }
  return undefined;
}
