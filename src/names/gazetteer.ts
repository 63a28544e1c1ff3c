import { isArabicLetter, isSpace, westernDigits } from '../text/chars.js';
import { foldText } from '../text/normalize.js';
import { memoize } from '../text/memo.js';
import { allPlaces, type PlaceKind, type PlaceName } from '../lexicon/places.js';
import { allOrganizations } from '../lexicon/organizations.js';
import { stateForms } from '../lexicon/state-forms.js';
import { elementAt } from '../contract/element-at.js';

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
  /** Every Arabic and Persian name with where it comes from (standard, Dari, historical, newsroom). */
  readonly names: readonly PlaceName[];
  /** Names in Latin script (English, local and old forms, acronyms aside). */
  readonly latin: readonly string[];
}

/** The language a spelling belongs to. */
export type NameLanguage = 'ar' | 'fa';

interface Gazetteer {
  /** Folded, space-free key → entries, per language (a key can name two entities: جورجيا). */
  readonly byKey: Record<NameLanguage, Map<string, GazetteerEntry[]>>;
  /**
   * Names of a body that carry its parent's name (برنامج الأمم المتحدة الإنمائي): {@link lookupEntries} knows them,
   * so compareNames matches UNDP to them, but {@link lookupKey} does not, so findNames reports the parent inside.
   */
  readonly byKeyInParent: Record<NameLanguage, Map<string, GazetteerEntry[]>>;
  /** Latin acronym → entry. */
  readonly byAcronym: Map<string, GazetteerEntry>;
  /** Folded Latin name (see {@link latinKey}) → entries. */
  readonly byLatin: Map<string, GazetteerEntry[]>;
  /** Adjective (nisba) key → the place it is the adjective of, per language. */
  readonly adjectives: Record<NameLanguage, Map<string, GazetteerEntry>>;
  /** Folded first word of a name (article-less too) → the most words a name starting with it has. */
  readonly firstWords: Map<string, number>;
  /** Folded former name that is also a word or a given name (article-less too) → the places it once named. */
  readonly byAside: Map<string, GazetteerEntry[]>;
}

/**
 * Folds a name to its lookup key: the letter folds of normalize, letters and digits only (spaces and ZWNJ
 * ignored; Arabic-Indic and Persian digits read as 0–9, so that گروه ۲۰ is not گروه ۷ nor گروه alone).
 */
export const entityKey: (name: string) => string = /* @__PURE__ */ memoize(entityKeyOnce);

function entityKeyOnce(name: string): string {
  const folded = foldText(name);
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isArabicLetter(c)) out += folded.charAt(i);
    else if (c >= 0x30 && c <= 0x39) out += folded.charAt(i);
    else if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) out += String((c & 0xf) % 10);
  }
  return out;
}

/** The key without a leading Arabic article, or undefined when there is none to take (ال + at least 3 letters). */
export function withoutArticle(key: string): string | undefined {
  return key.startsWith('ال') && key.length >= 5 ? key.slice(2) : undefined;
}

/**
 * A name's words, each as {@link entityKey} keys it: the name folded once, cut at white space (the `\s` of a
 * regular expression), hyphens and en dashes, each piece kept to its letters and digits, empty pieces dropped. The
 * same as keying each piece of the folded name (folding the folded text changes nothing), without a fold, a memo
 * look-up and a regular expression per word: the gazetteer keys every one of its ≈ 11,000 names at the first look-up.
 */
export function nameWords(name: string): string[] {
  const folded = foldText(name);
  const out: string[] = [];
  // The word so far, and where the run of kept characters after it starts: a run is taken whole by one slice.
  let word = '';
  let run = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isArabicLetter(c) || (c >= 0x30 && c <= 0x39)) continue;
    if (run < i) word += folded.slice(run, i);
    run = i + 1;
    if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) word += String((c & 0xf) % 10);
    else if (c === 0x2d || c === 0x2013 || isRegExpSpace(c)) {
      if (word.length > 0) out.push(word);
      word = '';
    }
  }
  if (run < folded.length) word += folded.slice(run);
  if (word.length > 0) out.push(word);
  return out;
}

/**
 * What `\s` matches in a regular expression, which {@link nameWords} cuts at: the white space of {@link isSpace} but
 * NEL, and the byte-order mark.
 */
function isRegExpSpace(c: number): boolean {
  return (isSpace(c) && c !== 0x85) || c === 0xfeff;
}

/** Whether a name opens with آ after any white space (`/^\s*آ/u`, without a regular expression per name). */
function opensWithMadda(name: string): boolean {
  let i = 0;
  while (i < name.length && isRegExpSpace(name.charCodeAt(i))) i++;
  return name.charCodeAt(i) === 0x622;
}

let gazetteer: Gazetteer | undefined;

/** The Arabic doubling mark, which tells a listed word-like name (عمّان) from its homograph (عمان). */
const SHADDA = '\u0651';

function build(): Gazetteer {
  const byKey: Gazetteer['byKey'] = { ar: new Map(), fa: new Map() };
  const byKeyInParent: Gazetteer['byKeyInParent'] = { ar: new Map(), fa: new Map() };
  const parentNames = new Map<string, readonly string[]>();
  const byAcronym = new Map<string, GazetteerEntry>();
  const firstWords = new Map<string, number>();
  const entries: GazetteerEntry[] = [];
  const byLatin = new Map<string, GazetteerEntry[]>();
  for (const p of allPlaces())
    entries.push({ entity: { id: p.id, type: 'place', kind: p.kind, name: p.en }, ar: p.ar, fa: p.fa, names: p.names, latin: p.latin });
  for (const o of allOrganizations()) {
    const names: PlaceName[] = [
      ...o.ar.map((text) => ({ text, language: 'ar' as const, form: 'standard' as const })),
      ...o.fa.map((text) => ({ text, language: 'fa' as const, form: 'standard' as const })),
    ];
    // The id is an English name too, often the one the news uses where the list's English name is the official one
    // (Houthis for Ansar Allah, QudsForce for Quds Force): read as a Latin name.
    const latin = latinKey(o.id) === latinKey(o.en) ? [o.en] : [o.en, o.id];
    const entry: GazetteerEntry = { entity: { id: o.id, type: 'organization', name: o.en }, ar: o.ar, fa: o.fa, names, latin };
    entries.push(entry);
    parentNames.set(o.id, [...o.ar, ...o.fa]);
    for (const a of o.acronyms) byAcronym.set(a, entry);
  }
  for (const entry of entries) {
    for (const name of entry.latin) {
      const key = latinKey(name);
      // A Latin name of two letters is read only as written in capitals, an acronym (US, UK, DC): its letters
      // in any case are words of English (us, la).
      if (key.length < 3) {
        if (entry.entity.type === 'place' && /^[A-Z]{2}$/u.test(name) && !byAcronym.has(name)) byAcronym.set(name, entry);
        continue;
      }
      const list = byLatin.get(key);
      if (!list) byLatin.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
  }
  const partOf = new Map(allOrganizations().flatMap((o) => (o.partOf ? [[o.id, o.partOf] as const] : [])));
  // A parent's names as words between spaces, each worked out once.
  const spacedParentNames = new Map<string, string[]>();
  const inParent = (entry: GazetteerEntry, ws: readonly string[]): boolean => {
    const parent = partOf.get(entry.entity.id);
    const own = parent ? parentNames.get(parent) : undefined;
    if (!parent || !own) return false;
    let spaced = spacedParentNames.get(parent);
    if (!spaced) spacedParentNames.set(parent, (spaced = own.map((p) => ` ${nameWords(p).join(' ')} `)));
    const name = ` ${ws.join(' ')} `;
    return spaced.some((p) => name.includes(p));
  };
  const index = (language: NameLanguage, key: string, entry: GazetteerEntry, table = byKey): void => {
    const list = table[language].get(key);
    if (!list) table[language].set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  const read = (entry: GazetteerEntry, language: NameLanguage, name: string): void => {
    const ws = nameWords(name);
    if (ws.length === 0) return;
    const key = ws.join('');
    if (inParent(entry, ws)) {
      index(language, key, entry, byKeyInParent);
      return;
    }
    index(language, key, entry);
    // Arabic names drop their article after a clitic or in a construct (لروسيا, الصين → صين). A name that
    // opens with آل (آلاند) has no article: the madda is the name's own long a.
    const bare = language === 'ar' && !opensWithMadda(name) ? withoutArticle(key) : undefined;
    if (bare) index(language, bare, entry);
    const first = elementAt(ws, 0);
    firstWords.set(first, Math.max(firstWords.get(first) ?? 0, ws.length));
    const firstBare = withoutArticle(first);
    if (firstBare) firstWords.set(firstBare, Math.max(firstWords.get(firstBare) ?? 0, ws.length));
  };
  // A place's current names are read before any former one (historical names last), so that a former name another
  // place still bears (Salisbury, once Harare) finds that place first.
  const former: { readonly entry: GazetteerEntry; readonly language: NameLanguage; readonly name: string }[] = [];
  for (const entry of entries) {
    // Few entries have a former name: the others are read without a set of them.
    const old = entry.names.some((n) => n.form === 'historical')
      ? new Set(entry.names.filter((n) => n.form === 'historical').map((n) => `${n.language}\u0000${n.text}`))
      : undefined;
    for (const name of entry.ar) {
      if (old?.has(`ar\u0000${name}`)) former.push({ entry, language: 'ar', name });
      else read(entry, 'ar', name);
    }
    for (const name of entry.fa) {
      if (old?.has(`fa\u0000${name}`)) former.push({ entry, language: 'fa', name });
      else read(entry, 'fa', name);
    }
  }
  for (const { entry, language, name } of former) read(entry, language, name);
  // Former names that are words (ناصری, طيبة) are kept apart: no look-up finds the place by them.
  const byAside: Gazetteer['byAside'] = new Map();
  for (const entry of entries)
    for (const n of entry.names) {
      if (!n.aside) continue;
      // As written only: without its article an Arabic word is often another's form (الجديدة, جديدة); a name listed
      // with a shadda (عمّان, Amman) is read only with it (عمان is also Oman).
      const key = nameWords(n.text).join('') + (n.text.includes(SHADDA) ? SHADDA : '');
      if (key) byAside.set(key, [...(byAside.get(key) ?? []).filter((e) => e !== entry), entry]);
    }
  const adjectives: Gazetteer['adjectives'] = { ar: new Map(), fa: new Map() };
  const addAdjective = (language: NameLanguage, adj: string, entry: GazetteerEntry): void => {
    if (!byKey[language].has(adj) && !adjectives[language].has(adj)) adjectives[language].set(adj, entry);
  };
  for (const entry of entries) {
    if (entry.entity.type !== 'place' || entry.entity.kind !== 'country') continue;
    for (const name of entry.ar) for (const adj of arabicNisbas(name)) addAdjective('ar', adj, entry);
    for (const name of entry.fa) for (const adj of persianNisbas(name)) addAdjective('fa', adj, entry);
  }
  for (const [adj, id] of IRREGULAR_ADJECTIVES) {
    const entry = entries.find((e) => e.entity.id === id);
    if (entry) adjectives[adj.language].set(entityKey(adj.text), entry);
  }
  return { byKey, byKeyInParent, byAcronym, byLatin, adjectives, firstWords, byAside };
}

// Adjectives the rules below do not derive.
const IRREGULAR_ADJECTIVES: readonly (readonly [{ language: NameLanguage; text: string }, string])[] = [
  [{ language: 'fa', text: 'فرانسوی' }, 'FR'],
  [{ language: 'fa', text: 'انگلیسی' }, 'GB'],
  // English, of England (إنجلترا, إنكلترا), which the nisba rules cannot derive from the name.
  [{ language: 'ar', text: 'إنجليزي' }, 'GB'],
  [{ language: 'ar', text: 'إنجليزية' }, 'GB'],
  [{ language: 'ar', text: 'إنكليزي' }, 'GB'],
  [{ language: 'ar', text: 'إنكليزية' }, 'GB'],
  [{ language: 'fa', text: 'ترک' }, 'TR'],
  [{ language: 'ar', text: 'سوفيتي' }, 'RU'],
  [{ language: 'ar', text: 'السوفيتي' }, 'RU'],
  [{ language: 'fa', text: 'شوروی' }, 'RU'],
  // Saudi, of عربستان سعودی: the name's second word, itself an adjective, which the rules read only for one word.
  [{ language: 'fa', text: 'سعودی' }, 'SA'],
];

/** Arabic adjectives of a one-word country name: روسيا → روسي روسية, طاجيكستان → طاجيكستاني طاجيكي. */
function arabicNisbas(name: string): string[] {
  const ws = nameWords(name);
  if (ws.length !== 1) return [];
  const base = withoutArticle(elementAt(ws, 0)) ?? elementAt(ws, 0);
  const stems: string[] = [];
  if (base.endsWith('يا') || base.endsWith('يه')) stems.push(base.slice(0, -1));
  else if (base.endsWith('ا') || base.endsWith('ه')) stems.push(base.slice(0, -1) + 'ي');
  else if (base.endsWith('ستان')) stems.push(base + 'ي', base.slice(0, -4) + 'ي');
  else if (!base.endsWith('ي')) stems.push(base + 'ي');
  return [...stems.flatMap((s) => [s, s + 'ه', s + 'ين', s + 'ون']), ...people(base)];
}

/** Persian adjectives of a one-word country name: روسیه → روسی, آمریکا → آمریکایی, تاجیکستان → تاجیکستانی تاجیکی. */
function persianNisbas(name: string): string[] {
  const ws = nameWords(name);
  if (ws.length !== 1) return [];
  const base = elementAt(ws, 0);
  const stems: string[] = [];
  if (base.endsWith('يه')) stems.push(base.slice(0, -1));
  else if (base.endsWith('ه')) stems.push(base.slice(0, -1) + 'ي');
  else if (base.endsWith('ا') || base.endsWith('و')) stems.push(base + 'يي');
  else if (base.endsWith('ستان')) stems.push(base + 'ي', base.slice(0, -4) + 'ي');
  else if (!base.endsWith('ي')) stems.push(base + 'ي');
  // A name ending in ی takes ایی (اندونزی → اندونزیایی, مالزی → مالزیایی).
  else stems.push(base + 'ايي');
  return [...stems.flatMap((s) => [s, s + 'ها']), ...people(base)];
}

/** The name of the people a -ستان country is named after (ازبک, تاجیک, الأفغان), when long enough not to be another word (پاک). */
function people(base: string): string[] {
  const stem = base.endsWith('ستان') ? base.slice(0, -4) : '';
  return stem.length >= 4 ? [stem] : [];
}

function gazetteerIndex(): Gazetteer {
  gazetteer ??= build();
  return gazetteer;
}

const LATIN_ACRONYM = /^[A-Z][A-Z0-9-]{1,7}$/;

/**
 * The language a name's own letters give away: Persian ی ک پ چ ژ گ against Arabic ي ك ة ى أ إ. Names
 * written with neither (باکو in both) give none.
 */
export function languageOfSpelling(name: string): NameLanguage | undefined {
  let ar = 0;
  let fa = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x06cc || c === 0x06a9 || c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af) fa++;
    else if (c === 0x064a || c === 0x0643 || c === 0x0629 || c === 0x0649 || c === 0x0623 || c === 0x0625) ar++;
  }
  return ar > fa ? 'ar' : fa > ar ? 'fa' : undefined;
}

/**
 * The entries a name (any spelling, with or without the Arabic article) is a name of. The language of the
 * spelling, given or read from its letters, decides which forms count: Arabic الروسية (an adjective) must
 * not match Persian روسیه (the country) once ة and ه are folded together. Remembered for a name whose language is not
 * given: the comparisons of names look both names up, several times each.
 */
export function lookupEntries(name: string, language?: NameLanguage): readonly GazetteerEntry[] {
  return language === undefined ? entriesOf(name) : lookupEntriesOnce(name, language);
}

const entriesOf = /* @__PURE__ */ memoize((name: string): readonly GazetteerEntry[] => lookupEntriesOnce(name, undefined));

function lookupEntriesOnce(name: string, language: NameLanguage | undefined): readonly GazetteerEntry[] {
  const g = gazetteerIndex();
  const trimmed = name.trim();
  if (LATIN_ACRONYM.test(trimmed)) {
    const entry = g.byAcronym.get(trimmed);
    if (entry) return [entry];
  }
  if (isLatinName(trimmed)) return g.byLatin.get(latinKey(trimmed)) ?? countryOfStateForm(trimmed, language);
  const key = entityKey(trimmed);
  const languageOf = language ?? languageOfSpelling(trimmed);
  const found = lookupKey(key, languageOf);
  if (found.length > 0) return found;
  for (const l of languageOf ? [languageOf] : (['ar', 'fa'] as const)) {
    const inParent = gazetteerIndex().byKeyInParent[l].get(key);
    if (inParent) return inParent;
  }
  return countryOfStateForm(trimmed, language);
}

let stateFormKeys: { arabicScript: string[][]; english: string[][]; openings: ReadonlySet<string> } | undefined;

/** A country named with the form of its state before it, and that form as written. */
interface StateFormed {
  readonly form: string;
  readonly countries: readonly GazetteerEntry[];
}

/**
 * A country named with the form of its state before it (جمهورية فانواتو, مملكة تونغا, الجمهورية التونسية, پادشاهی
 * تونگا, Kingdom of Tonga): that country, when the rest is a known country or, in Arabic script, its adjective.
 * Undefined otherwise. The country's own row has the long forms that name another state (جمهورية الصين الوطنية).
 */
function stateFormed(name: string, language: NameLanguage | undefined): StateFormed | undefined {
  if (!stateFormKeys) {
    const arabicScript = stateForms().arabicScript.map((f) => f.split(/\s+/u).map(entityKey));
    const english = stateForms().english.map((f) => f.split(/\s+/u));
    stateFormKeys = { arabicScript, english, openings: new Set([...arabicScript, ...english].map((f) => f[0] ?? '')) };
  }
  const latin = isLatinName(name);
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  const the = latin && words[0]?.toLowerCase() === 'the' ? 1 : 0;
  // Most names open with no state's form: one word's key decides, before every word is keyed (this runs on every
  // name the gazetteer does not know).
  const opening = words[the];
  if (opening === undefined || !stateFormKeys.openings.has(latin ? opening.toLowerCase() : entityKey(opening))) return undefined;
  const keys = words.slice(the).map((w) => (latin ? w.toLowerCase() : entityKey(w)));
  for (const form of latin ? stateFormKeys.english : stateFormKeys.arabicScript) {
    if (!form.every((w, k) => w === keys[k])) continue;
    const skip = form.length + (latin ? 1 : 0);
    if ((latin && keys[form.length] !== 'of') || keys.length <= skip) continue;
    const written = words.slice(the, the + skip).join(' ');
    const restName = words.slice(the + skip).join(' ');
    const countries = lookupEntries(restName, language).filter((e) => e.entity.kind === 'country');
    if (countries.length > 0) return { form: written, countries };
    const adjective = !latin && keys.length === skip + 1 ? lookupAdjective(elementAt(keys, skip), language) : undefined;
    if (adjective?.entity.kind === 'country') return { form: written, countries: [adjective] };
  }
  return undefined;
}

/** The countries a name with a state's form before it names (جمهورية فانواتو), or none. */
function countryOfStateForm(name: string, language: NameLanguage | undefined): readonly GazetteerEntry[] {
  return stateFormed(name, language)?.countries ?? [];
}

/**
 * The form of state a name opens with, as written (جمهورية, Kingdom of), when the gazetteer knows the name only
 * through it (جمهورية فانواتو is listed as فانواتو alone): for the explanation.
 */
export function stateFormOf(name: string): string | undefined {
  const trimmed = name.trim();
  const listed = isLatinName(trimmed)
    ? gazetteerIndex().byLatin.has(latinKey(trimmed))
    : lookupKey(entityKey(trimmed), languageOfSpelling(trimmed)).length > 0;
  return listed ? undefined : stateFormed(trimmed, undefined)?.form;
}

/** The entry of the entity `id` among those a name (or the entity's English name) is a name of, if any. */
export function lookupEntity(name: string, id: string): GazetteerEntry | undefined {
  return lookupEntries(name).find((e) => e.entity.id === id);
}

/** Whether a name is written in Latin letters (and digits) with no Arabic-script letter. */
export function isLatinName(name: string): boolean {
  let latin = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isArabicLetter(c)) return false;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin = true;
  }
  return latin;
}

/** A Latin name folded for lookup: lower case, accents and everything but letters and digits dropped (Genève → geneve). */
export function latinKey(name: string): string {
  // Most names are plain ASCII, which the decomposition leaves as it is: their letters and digits are kept by a loop
  // (the gazetteer keys ≈ 7,000 Latin names at its first look-up), lower-cased as toLowerCase would.
  let ascii = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) return foldedLatinKey(name);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) ascii += name.charAt(i);
    else if (c >= 0x41 && c <= 0x5a) ascii += String.fromCharCode(c + 0x20);
  }
  return ascii;
}

function foldedLatinKey(name: string): string {
  return westernDigits(name)
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '');
}

/**
 * The places a name once named that is also a word or a given name (ناصری, Ahvaz's Qajar name): {@link lookupEntries}
 * never finds a place by such a name, which counts only against the place's own names.
 */
export function lookupAside(name: string): readonly GazetteerEntry[] {
  if (isLatinName(name)) return [];
  return gazetteerIndex().byAside.get(entityKey(name) + (name.includes(SHADDA) ? SHADDA : '')) ?? [];
}

/** The entries a folded key names in a language (either when not given). */
export function lookupKey(key: string, language?: NameLanguage): readonly GazetteerEntry[] {
  if (key.length === 0) return [];
  const g = gazetteerIndex();
  const languages: NameLanguage[] = language ? [language] : ['ar', 'fa'];
  const found: GazetteerEntry[] = [];
  for (const l of languages) for (const e of g.byKey[l].get(key) ?? []) if (!found.includes(e)) found.push(e);
  return found;
}

/** The country a folded word is the adjective of (الروسية, تاجیکی), if any, in a language (either when not given). */
export function lookupAdjective(key: string, language?: NameLanguage): GazetteerEntry | undefined {
  const g = gazetteerIndex();
  for (const l of language ? [language] : (['ar', 'fa'] as const)) {
    const found =
      g.adjectives[l].get(key) ?? (l === 'ar' && withoutArticle(key) ? g.adjectives.ar.get(withoutArticle(key) as string) : undefined);
    if (found) return found;
  }
  return undefined;
}

/** The country a word names, by its name or its adjective (لبنان, اللبناني, تاجیکی), or undefined. */
export function lookupCountry(word: string): GazetteerEntry | undefined {
  const named = lookupEntries(word).find((e) => e.entity.type === 'place' && e.entity.kind === 'country');
  const adjective = named ? undefined : lookupAdjective(entityKey(word), languageOfSpelling(word));
  return named ?? (adjective?.entity.kind === 'country' ? adjective : undefined);
}

/** How many words the longest known name starting with this folded word has (0 when none starts with it). */
export function longestNameFrom(firstWord: string): number {
  return gazetteerIndex().firstWords.get(firstWord) ?? 0;
}

/** The entry for a Latin acronym (CSTO, UN), if known. */
export function lookupAcronym(acronym: string): GazetteerEntry | undefined {
  return gazetteerIndex().byAcronym.get(acronym);
}
