import { isArabicLetter } from '../text/chars.js';
import { normalize } from '../text/normalize.js';
import { allPlaces, type PlaceKind } from '../lexicon/places.js';
import { allOrganizations } from '../lexicon/organizations.js';

/** A place or organisation the library knows by name, as {@link compareNames} and {@link findNames} report it. */
export interface KnownEntity {
  /** Stable id: ISO region code (`CN`), M49 code (`143`), `CC/City` (`TJ/Dushanbe`), or an organisation id (`CSTO`). */
  readonly id: string;
  /** A place or an organisation. */
  readonly type: 'place' | 'organization';
  /** For places: country, world region or city. */
  readonly kind?: PlaceKind;
  /** The English name. */
  readonly name: string;
}

/** An entity with every spelling the lexicons give it. */
export interface GazetteerEntry {
  readonly entity: KnownEntity;
  readonly ar: readonly string[];
  readonly fa: readonly string[];
}

interface Gazetteer {
  /** Folded, space-free key → entries (a key can name two entities: جورجيا). */
  readonly byKey: Map<string, GazetteerEntry[]>;
  /** Latin acronym → entry. */
  readonly byAcronym: Map<string, GazetteerEntry>;
  /** Adjective (nisba) key → the place it is the adjective of. */
  readonly adjectives: Map<string, GazetteerEntry>;
  /** Folded first word of a name (article-less too) → the most words a name starting with it has. */
  readonly firstWords: Map<string, number>;
}

/** Folds a name to its lookup key: the letter folds of normalize, letters only (spaces and ZWNJ ignored). */
export function entityKey(name: string): string {
  const folded = normalize(name).text;
  let out = '';
  for (let i = 0; i < folded.length; i++) if (isArabicLetter(folded.charCodeAt(i))) out += folded[i];
  return out;
}

/** The key without a leading Arabic article, or undefined when there is none to take (ال + at least 3 letters). */
export function withoutArticle(key: string): string | undefined {
  return key.startsWith('ال') && key.length >= 5 ? key.slice(2) : undefined;
}

function words(name: string): string[] {
  return normalize(name)
    .text.split(/[\s\-–]+/u)
    .map((w) => entityKey(w))
    .filter((w) => w.length > 0);
}

let gazetteer: Gazetteer | undefined;

function build(): Gazetteer {
  const byKey = new Map<string, GazetteerEntry[]>();
  const byAcronym = new Map<string, GazetteerEntry>();
  const firstWords = new Map<string, number>();
  const entries: GazetteerEntry[] = [];
  for (const p of allPlaces()) entries.push({ entity: { id: p.id, type: 'place', kind: p.kind, name: p.en }, ar: p.ar, fa: p.fa });
  for (const o of allOrganizations()) {
    const entry: GazetteerEntry = { entity: { id: o.id, type: 'organization', name: o.en }, ar: o.ar, fa: o.fa };
    entries.push(entry);
    for (const a of o.acronyms) byAcronym.set(a, entry);
  }
  const index = (key: string, entry: GazetteerEntry): void => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    for (const name of [...entry.ar, ...entry.fa]) {
      const ws = words(name);
      if (ws.length === 0) continue;
      const key = ws.join('');
      index(key, entry);
      const bare = withoutArticle(key);
      if (bare) index(bare, entry);
      for (const first of [ws[0] as string, withoutArticle(ws[0] as string)]) {
        if (first) firstWords.set(first, Math.max(firstWords.get(first) ?? 0, ws.length));
      }
    }
  }
  const adjectives = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    if (entry.entity.type !== 'place' || entry.entity.kind !== 'country') continue;
    for (const name of entry.ar) for (const adj of arabicNisbas(name)) if (!byKey.has(adj) && !adjectives.has(adj)) adjectives.set(adj, entry);
    for (const name of entry.fa) for (const adj of persianNisbas(name)) if (!byKey.has(adj) && !adjectives.has(adj)) adjectives.set(adj, entry);
  }
  for (const [adj, id] of IRREGULAR_ADJECTIVES) {
    const entry = entries.find((e) => e.entity.id === id);
    if (entry) adjectives.set(entityKey(adj), entry);
  }
  return { byKey, byAcronym, adjectives, firstWords };
}

// Adjectives the rules below do not derive.
const IRREGULAR_ADJECTIVES: readonly (readonly [string, string])[] = [
  ['فرانسوی', 'FR'],
  ['انگلیسی', 'GB'],
  ['ترک', 'TR'],
  ['عرب', 'SA'],
  ['سوفيتي', 'RU'],
  ['شوروی', 'RU'],
];

/** Arabic adjectives of a one-word country name: روسيا → روسي روسية, طاجيكستان → طاجيكستاني طاجيكي. */
function arabicNisbas(name: string): string[] {
  const ws = words(name);
  if (ws.length !== 1) return [];
  const base = withoutArticle(ws[0] as string) ?? (ws[0] as string);
  const stems: string[] = [];
  if (base.endsWith('يا') || base.endsWith('يه')) stems.push(base.slice(0, -1));
  else if (base.endsWith('ا') || base.endsWith('ه')) stems.push(base.slice(0, -1) + 'ي');
  else if (base.endsWith('ستان')) stems.push(base + 'ي', base.slice(0, -4) + 'ي');
  else if (!base.endsWith('ي')) stems.push(base + 'ي');
  return stems.flatMap((s) => [s, s + 'ه', s + 'ين', s + 'ون']);
}

/** Persian adjectives of a one-word country name: روسیه → روسی, آمریکا → آمریکایی, تاجیکستان → تاجیکستانی تاجیکی. */
function persianNisbas(name: string): string[] {
  const ws = words(name);
  if (ws.length !== 1) return [];
  const base = ws[0] as string;
  const stems: string[] = [];
  if (base.endsWith('يه')) stems.push(base.slice(0, -1));
  else if (base.endsWith('ه')) stems.push(base.slice(0, -1) + 'ي');
  else if (base.endsWith('ا') || base.endsWith('و')) stems.push(base + 'يي');
  else if (base.endsWith('ستان')) stems.push(base + 'ي', base.slice(0, -4) + 'ي');
  else if (!base.endsWith('ي')) stems.push(base + 'ي');
  return stems.flatMap((s) => [s, s + 'ها']);
}

function gazetteerIndex(): Gazetteer {
  gazetteer ??= build();
  return gazetteer;
}

const LATIN_ACRONYM = /^[A-Z][A-Z0-9-]{1,7}$/;

/** The entries a name (any spelling, with or without the article) is a name of. */
export function lookupEntries(name: string): readonly GazetteerEntry[] {
  const g = gazetteerIndex();
  const trimmed = name.trim();
  if (LATIN_ACRONYM.test(trimmed)) {
    const entry = g.byAcronym.get(trimmed);
    return entry ? [entry] : [];
  }
  return lookupKey(entityKey(trimmed));
}

/** The entries a folded key names, trying it without the article too. */
export function lookupKey(key: string): readonly GazetteerEntry[] {
  if (key.length === 0) return [];
  const g = gazetteerIndex();
  const found = g.byKey.get(key);
  if (found) return found;
  const bare = withoutArticle(key);
  return (bare && g.byKey.get(bare)) || [];
}

/** The country a folded word is the adjective of (الروسية, تاجیکی), if any. */
export function lookupAdjective(key: string): GazetteerEntry | undefined {
  const g = gazetteerIndex();
  return g.adjectives.get(key) ?? (withoutArticle(key) ? g.adjectives.get(withoutArticle(key) as string) : undefined);
}

/** How many words the longest known name starting with this folded word has (0 when none starts with it). */
export function longestNameFrom(firstWord: string): number {
  return gazetteerIndex().firstWords.get(firstWord) ?? 0;
}

/** The entry for a Latin acronym (CSTO, UN), if known. */
export function lookupAcronym(acronym: string): GazetteerEntry | undefined {
  return gazetteerIndex().byAcronym.get(acronym);
}
