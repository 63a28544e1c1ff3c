// A known town or body written with a word after its name that is no part of it: an epithet of honour news gives the
// holy cities (كربلاء المقدسة, مشهد مقدس, کربلای معلی, قم المقدسة), or its own country's name or adjective, which tells
// a town from a town of the same name elsewhere (طرابلس الليبية, Tripoli in Libya, not in Lebanon) and a party from a
// party of the same name abroad (حزب‌الله لبنان is Hezbollah; حزب الله العراقي is not, see headed.ts). The town or body
// with the word is the town or body; a word that makes another place (الجديدة, شمالی) is a qualifier instead
// (place-qualifiers.ts). A listed airport, stadium or shrine is also written with its city after its name
// (فرودگاه شهید هاشمی‌نژاد مشهد), as headed.ts reads it of unlisted ones.

import { organizationHome } from '../lexicon/organization-homes.js';
import { countryOfCity } from './body-home.js';
import { lookupCountry, lookupEntries, type GazetteerEntry } from './gazetteer.js';
import { CITY_AFTER } from './headed.js';
import { bestSpelling } from './known-spelling.js';
import { matched, type NameMatch } from './name-match.js';
import { describeEntity } from './match-describe.js';
import { foldName } from './phonetic.js';
import { splitHead } from './translated.js';

/** Epithets of the holy cities in Arabic and Persian ("holy", "noble", "most noble", "honoured", "illumined", "exalted"). */
const EPITHETS: ReadonlySet<string> = new Set(
  'المقدسة المقدس مقدس مقدسه الأشرف اشرف الشريف شریف المكرمة مکرمه المنورة منوره المعلى معلی'.split(' ').map((w) => foldName(w)),
);

/** The town's name with a Persian ezafe taken off the word before the epithet (کربلای معلی → کربلا), and as written. */
function townForms(words: readonly string[]): string[] {
  const town = words.join(' ');
  const last = words[words.length - 1] ?? '';
  return last.endsWith('ای') ? [town, town.slice(0, -1)] : [town];
}

/** The country a known city (by its id, IQ/Karbala) or a listed body belongs to, by its code. */
function homeCountry(known: GazetteerEntry): string | undefined {
  const { id, type, kind } = known.entity;
  if (type === 'organization') return organizationHome(id);
  return kind === 'city' ? countryOfCity(id) : undefined;
}

/**
 * Whether `name` is the known town or body `known` with a word after it that is no part of its name — a holy city's
 * epithet, or its own country's name or adjective: a match of the town or body without the word, or undefined.
 */
export function knownWithWordAfter(name: string, known: GazetteerEntry, threshold: number): NameMatch | undefined {
  const site = siteWithCityAfter(name, known);
  if (site) return site;
  const city = known.entity.type === 'place' && known.entity.kind === 'city';
  const home = homeCountry(known);
  const words = name.trim().split(/\s+/u);
  const word = words[words.length - 1];
  if (!home || words.length < 2 || word === undefined) return undefined;
  const epithet = city && EPITHETS.has(foldName(word));
  const country = epithet ? undefined : lookupCountry(word);
  if (!epithet && country?.entity.id !== home) return undefined;
  // A body's listed names may carry their head (حزب‌الله): its spelling is read with the heads.
  for (const rest of city ? townForms(words.slice(0, -1)) : [words.slice(0, -1).join(' ')]) {
    const best = bestSpelling(rest, known, threshold, !city);
    if (!best) continue;
    const detail = !city
      ? `${name.trim()} is ${describeEntity(known.entity)}, with its own country (${country?.entity.name ?? home}) named after it.`
      : `${name.trim()} is ${describeEntity(known.entity)}: ${
          epithet
            ? `${word} is an epithet of honour news gives the city, no part of its name`
            : `${word} names its country, to tell it from towns of the same name elsewhere`
        }.`;
    return { same: true, score: best.score, reason: { ...best.reason, kind: 'convention', entity: known.entity, detail } };
  }
  return undefined;
}

/**
 * A listed airport, stadium or shrine (a landform of the gazetteer) with its city said after its name (فرودگاه شهید
 * هاشمی‌نژاد مشهد, مطار الملكة علياء عمان): the site, when the name without its last word is one of the site's names and
 * that word a city of the site's own country. Undefined otherwise.
 */
function siteWithCityAfter(name: string, known: GazetteerEntry): NameMatch | undefined {
  if (known.entity.type !== 'place' || known.entity.kind !== 'landform') return undefined;
  const family = splitHead(name).head?.family;
  const words = name.trim().split(/\s+/u);
  const last = words[words.length - 1];
  if (!family || !CITY_AFTER.has(family) || words.length < 3 || last === undefined) return undefined;
  const rest = words.slice(0, -1).join(' ');
  if (!lookupEntries(rest).some((e) => e.entity.id === known.entity.id)) return undefined;
  const country = countryOfCity(known.entity.id);
  if (!country) return undefined;
  const city = lookupEntries(last).find((e) => e.entity.kind === 'city' && countryOfCity(e.entity.id) === country);
  if (!city) return undefined;
  return matched(
    'convention',
    0.95,
    `${name.trim()} is ${describeEntity(known.entity)}, with its city, ${describeEntity(city.entity)}, said after its name.`,
    known.entity,
  );
}
