// A spelling read against a place or organisation the gazetteer knows: its nearest listed spelling, when close
// enough, and never an ordinary word that happens to look like it.

import { languageOfSpelling, type GazetteerEntry } from './gazetteer.js';
import type { NameMatch } from './name-match.js';
import { skeletonSize, foldName, lettersOf, type AlignedLetters } from './phonetic.js';
import { elementAt } from '../contract/element-at.js';
import { GERMAN_CH, LENGTH_H, MAGHREB_G, PORTUGUESE_S, SERBIAN_DJ, SPANISH_J, SPANISH_V, UKRAINIAN_H, VOWEL_COSTS } from './orthography.js';
import { maySoundAlike } from './sound-classes.js';
import { compareSpellings } from './spellings.js';
import { alefFormsDiffer } from './alef-vowels.js';
import { splitHead } from './translated.js';
import { isOrdinary, lowerFirst } from './name-words.js';

// How closely an unknown spelling must match a spelling of a known place or organisation: their names are
// kept in full, so a spelling of one is close to one of them.
export const KNOWN_THRESHOLD = 0.85;
/** A letter a place's own spellings vary in, let through as no other word (its convention in {@link REGIONAL}). */
type RegionalLicence = 'gh' | 'ya' | 'plene' | 'prothetic' | 'maghreb' | 'maghrebG' | 'maghrebVowel' | 'pashtoVowel';
/**
 * The conventions of place names (Central Asian letters, the Persian plene و) that {@link settledSpelling} lets
 * through, as an explanation says them.
 */
const REGIONAL: Readonly<Record<string, string>> = {
  gh: 'the gh of a Tajik or Dari place name is written غ in Persian and خ or گ after its Russian or local romanisation',
  ya: 'the Russian form of a Tajik place name writes ya, which a newsroom following it writes یا',
  plene: 'Persian writes the short u or o of a place name with و or leaves it out',
  maghreb: "Maghreb spellings write an alef before the consonants that open a town's name (انواكشوط), which others leave out",
  maghrebVowel:
    'the Arabic spellings of Maghreb and Sahel towns, taken from Berber or French forms, write a vowel letter inside the name or leave it out',
  maghrebG: 'the Maghreb writes the g of its place names ڨ or ڤ (Algeria, Tunisia) or ڭ (Morocco), where others write ق, ك, غ or ج',
  prothetic:
    'Persian writes an alef before the s and consonant that open a Pashto place name (اسپین, Spin, white), which Pashto leaves out',
  pashtoVowel: 'Dari and Iranian spellings of an Afghan place name write a short vowel inside it with ا or ی, or leave it out',
};
export function bestSpelling(name: string, entry: GazetteerEntry, threshold: number, bodyHeads = false): NameMatch | undefined {
  let best: NameMatch | undefined;
  const nisba = persianNisbaEnd(name, entry);
  for (const [spelling, headed] of spellingsOf(entry, bodyHeads)) {
    // A spelling this close to a known name shares most of its consonant sounds: the count spares the letter
    // alignment for the many names that have nothing to do with the entry.
    if (!maySoundAlike(name, spelling, true)) continue;
    // A name its list gives only with a head, since the bare name is a word or another name (حركة أمل, مدينة إفران),
    // stands bare only as the list writes it: with another form of an alef it is that word (آمل, أفران).
    if (headed && alefFormsDiffer(name, spelling)) continue;
    const m = compareSpellings(name, spelling, Math.max(threshold, KNOWN_THRESHOLD));
    const settled = settledSpelling(name, spelling, headed ?? spelling, entry, m);
    if (
      !m.same ||
      m.reason.kind === 'partial' ||
      settled === 'another' ||
      (nisba !== undefined && finalLetter(spelling) !== nisba) ||
      (settled !== 'hamza' &&
        !(settled === undefined && entry.entity.type === 'organization' && onlyHamza(m)) &&
        !(settled && !FREE_VOWELS.has(settled) && REGIONAL[settled]) &&
        anotherWord(m)) ||
      // A vowel letter that makes a word of the language is that word (عنبة, grapes, against عنابة).
      (settled !== undefined && FREE_VOWELS.has(settled) && isOrdinary(name)) ||
      (best && m.score <= best.score)
    )
      continue;
    const regional = settled ? REGIONAL[settled] : undefined;
    if (regional) {
      best = { ...m, reason: { ...m.reason, kind: 'convention', detail: `${regional}; ${lowerFirst(m.reason.detail)}` } };
      continue;
    }
    // A name its list gives only with a head (شهر بال): the match says so, since the letters alone say nothing.
    best =
      headed && m.reason.kind === 'identical'
        ? {
            ...m,
            reason: {
              ...m.reason,
              kind: 'convention',
              detail: `Its list names it ${headed}, with its head; ${name.trim()} is that name without it.`,
            },
          }
        : m;
  }
  return best;
}
/**
 * Sounds of European languages that one newsroom writes as said and another by the letter (German st said sht, the
 * Portuguese final s, the Spanish j and v, the German ch and z, the Ukrainian h, the Serbian đ).
 */
const EUROPEAN_SOUNDS: ReadonlySet<string> = new Set([
  's/sh',
  PORTUGUESE_S,
  SPANISH_J,
  SPANISH_V,
  GERMAN_CH,
  UKRAINIAN_H,
  SERBIAN_DJ,
  LENGTH_H,
  'ts',
]);

/**
 * Whether a spelling reads as a place of an Arab country, Iran, Afghanistan or Tajikistan only through the sound of a
 * European language (رست for رشت by the German st said sht): such a place is named in Arabic or Persian, not after a
 * European language's sounds.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * compareNames('رشت', 'رست').same; // => false
 * ```
 */
export function europeanSoundInOwnPlace(entry: GazetteerEntry, m: NameMatch): boolean {
  if (entry.entity.type !== 'place' || !namesPlacesInArabicOrPersian(entry.entity.id.split('/')[0] ?? '')) return false;
  return m.reason.parts.some((p) => p.alignment.steps.some((st) => st.kind !== 'same' && EUROPEAN_SOUNDS.has(st.sound ?? '')));
}

/** The last letter of a spelling, folded. */
const finalLetter = (spelling: string): string => lettersOf(foldName(spelling)).slice(-1);

/**
 * The final letter of a Persian spelling ending in ی that is the nisba of a place whose Persian names end otherwise
 * (بخاری, of Bukhara, against بخارا; فرغانی against فرغانه), or undefined: a spelling of the place that ends in another
 * letter is not what it spells (an adjective or a family name), though its ی stands where the place's Arabic name writes
 * a final ى or its Persian one a final ه.
 */
function persianNisbaEnd(name: string, entry: GazetteerEntry): string | undefined {
  const word = name.trim();
  if (languageOfSpelling(word) !== 'fa' || !word.endsWith('ی') || entry.fa.length === 0) return undefined;
  return entry.fa.every((f) => !f.trim().endsWith('ی')) ? finalLetter(word) : undefined;
}

/**
 * The Arabic-script names of an entry, and those a city's or province's head opens without it: a place whose bare
 * name is also a word (مدينة ليل, the word night) or another place's (شهر ایلام, the province) is listed with its
 * head, and a text that names it in Latin letters (Lille, Ilam) may be set against the bare name. With `bodyHeads`,
 * for a caller whose other name already says which entity it is (its Latin name), a body's listed name without its
 * head too: Al Jazeera is listed as قناة الجزيرة, since the bare word is an island and a region, and a newsroom
 * writes الجزيرة beside the Latin name.
 */

export function spellingsOf(entry: GazetteerEntry, bodyHeads = false): (readonly [spelling: string, headed?: string])[] {
  const names = [...entry.ar, ...entry.fa];
  const out: (readonly [string, string?])[] = names.map((n) => [n]);
  const anyHead = bodyHeads && entry.entity.type !== 'place';
  for (const name of names) {
    const { head, rest } = splitHead(name);
    // An island listed with its head (جزیره کیش, since کیش is also a word) is named by its bare name beside its Latin one,
    // and so is a river, a sea or a lake (نهر جيحون, since جيحون is also a given name: Oxus / جيحون).
    const island = bodyHeads && head?.family === 'island';
    // Not when the bare name is a word (نهر آمور, the Amur; امور, affairs).
    const water = bodyHeads && head?.role === 'feature' && entry.entity.kind === 'water' && !isOrdinary(rest);
    if ((head?.role === 'admin' || (anyHead && head) || island || water) && rest && !names.includes(rest) && !out.some(([s]) => s === rest))
      out.push([rest, name]);
  }
  return out;
}
/**
 * Whether a spelling differs from a known name as another word does: a vowel letter, ه, ة or ع added or
 * dropped at the end (كوبا / كوب, حماس / حماسه, قطر / قطار has one inside), or any vowel letter in a name of
 * three consonants or fewer (قم / قوم, باريس / بوريس). Transliterations of a known name change consonants.
 */

export function anotherWord(m: NameMatch): boolean {
  return m.reason.parts.some((p) => {
    const steps = p.alignment.steps.filter((st) => st.kind !== 'same' && !(st.kind === 'extra' && (st.a || st.b) === 'ال'));
    const last = p.alignment.steps[p.alignment.steps.length - 1];
    const endChanged = !!last && (last.kind === 'extra' || (last.kind === 'vowel' && last.cost > VOWEL_COSTS.finalAlef));
    const short = Math.max(skeletonSize(foldName(p.a).replace(/ /gu, '')), skeletonSize(foldName(p.b).replace(/ /gu, ''))) <= 3;
    return endChanged || (short && steps.some((st) => st.kind === 'extra' || st.kind === 'vowel'));
  });
}

// Countries whose places Arabic, or Persian, names in its own words: their spelling in that language is settled.
const ARAB_COUNTRIES = new Set('AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE'.split(' '));
export const PERSIAN_COUNTRIES: ReadonlySet<string> = new Set(['IR', 'AF', 'TJ']);
/** Whether a country (ISO code) names its places in Arabic or in Persian, which then spell them one way. */
export function namesPlacesInArabicOrPersian(country: string): boolean {
  return ARAB_COUNTRIES.has(country) || PERSIAN_COUNTRIES.has(country);
}

// The final letters a town's name may end in either way in one language (القاهرة / القاهره, صنعاء / صنعا).
const FINAL_VOWELS = 'اةهى';
/**
 * Persian writes a short u or o with و or leaves it out, in a town's name as elsewhere (ارزگان / اروزگان, دایکندی /
 * دایکوندی, ارومیه / اورمیه): a و on one side only is the same name.
 */
const plene = (st: AlignedLetters): boolean => st.kind !== 'same' && ((st.a === 'و' && !st.b) || (st.b === 'و' && !st.a));
/**
 * Afghan places have two Persian traditions, Dari and Iranian, that write k and q, gh and q apart (کندهار /
 * قندهار, کندز / قندوز): those letters against each other are the same name there.
 */
const DARI_PAIRS = new Set(['کق', 'قک', 'كق', 'قك', 'غق', 'قغ']);
const dariConsonant = (st: AlignedLetters): boolean => st.a.length === 1 && st.b.length === 1 && DARI_PAIRS.has(st.a + st.b);
/**
 * The gh of Tajik and Dari place names, which Persian writes غ and Russian and local romanisations make kh or g, a
 * newsroom writing خ or گ after them (خاروغ / خاروگ after Khorog, چغچران / چخچران after Chakhcharan).
 */
const GH_PAIRS = new Set(['غخ', 'خغ', 'غگ', 'گغ']);
const ghLetter = (st: AlignedLetters): boolean => st.a.length === 1 && st.b.length === 1 && GH_PAIRS.has(st.a + st.b);
/**
 * The Russian form of a Tajik place writes ya after a consonant (Kulyab for Kulob), which a newsroom following it
 * writes یا: a ي before the name's ا on one side only.
 */
const russianYa = (st: AlignedLetters, next: AlignedLetters | undefined): boolean =>
  st.kind === 'extra' && (st.a || st.b) === 'ي' && next?.kind === 'same' && next.a === 'ا';
// Where Arabic writes an alef before a name's initial consonant cluster (انواكشوط for نواكشوط).
const MAGHREB = new Set(['MR', 'MA', 'DZ', 'TN']);

/**
 * A spelling read against a place named in its own language: a town of an Arab country in Arabic (السليمانية), of
 * Iran or Afghanistan in Persian (فاریاب). The language spells its own places one way, so within it a vowel letter
 * or a consonant more, less or changed makes another word or place (السلمانية, a district of Bahrain; کرچ, زرنگ
 * 'clever'): only the article, the hamza (الزرقا), the final ة, ه or ا, the prosthetic alef of Maghreb spellings
 * (انواكشوط) and the letters of Central Asian spellings ({@link ghLetter}, {@link russianYa}) vary, and a spelling of the other language (سلیمانیه) is not what this one writes. Across the two
 * languages spellings do vary, so only a spelling in the same language is held to it: without Persian letters
 * against an Arab town, with them against an Iranian or Afghan one. `same`: one of the language's spellings (still
 * read for another word, as every spelling is); `hamza`: one but for the hamza (الزرقاء / الزرقا), which is no
 * other word; `gh`, `ya`: one but for a letter Central Asian spellings vary in, no other word either; `another`: another word; undefined when the rule does not apply.
 */
function settledSpelling(
  name: string,
  spelling: string,
  listed: string,
  entry: GazetteerEntry,
  m: NameMatch,
): 'same' | 'hamza' | 'another' | RegionalLicence | undefined {
  const own = ownSpellings(name, entry);
  if (!own) return undefined;
  const country = entry.entity.id.split('/')[0] ?? '';
  const persian = PERSIAN_COUNTRIES.has(country);
  if (!own.includes(listed)) return 'another';
  // The article on a name its language writes without one makes a word of it (جنين, Jenin; الجنين, the embryo).
  if (!foldName(spelling).startsWith('ال') && foldName(name.trim()).startsWith('ال')) return 'another';
  // Whether a letter the region's spellings vary in was let through: then it is no other word either.
  let licensed: RegionalLicence | undefined;
  const steps = m.reason.parts.flatMap((p, part) =>
    p.alignment.steps.filter((st, i, all) => {
      if (st.kind === 'same' || (st.kind === 'extra' && (st.a || st.b) === 'ال')) return false;
      // An alef on one side before the name's first word only (تيزي أوزو writes a vowel, not this alef).
      const openingAlef = part === 0 && i === 0 && st.kind === 'extra' && (st.a || st.b) === 'ا';
      if (openingAlef && MAGHREB.has(country)) {
        licensed = 'maghreb';
        return false;
      }
      // The final ة, ه or ا written one way or the other (not ت against ة: سرت, Sirte, is not سرة).
      if (i === all.length - 1 && st.cost <= VOWEL_COSTS.finalAlef && [...(st.a + st.b)].every((c) => FINAL_VOWELS.includes(c)))
        return false;
      // A vowel letter inside a Maghreb or Sahel town's name (ورزازات / ورززات, بوجدور / بوجادور): not first, not last.
      if (VOWEL_VARYING.has(country) && i > 0 && i < all.length - 1 && vowelLetter(st)) {
        licensed ??= 'maghrebVowel';
        return false;
      }
      if (MAGHREB.has(country) && maghrebG(st)) {
        licensed = 'maghrebG';
        return false;
      }
      // A short vowel inside an Afghan town's name, which Dari and Iranian newsrooms write ا or ی or leave out
      // (شبرغان / شیبرغان, حیرتان / حیراتان): not first, not last.
      if (country === 'AF' && i > 0 && i < all.length - 1 && pashtoVowel(st)) {
        licensed ??= 'pashtoVowel';
        return false;
      }
      if (persian && country !== 'IR' && ghLetter(st)) {
        licensed = 'gh';
        return false;
      }
      // The alef Persian puts before an opening s and consonant (اسپین بولدک / سپین بولدک): Afghan places named in Pashto.
      if (country === 'AF' && openingAlef && st.cost <= VOWEL_COSTS.prothetic) {
        licensed = 'prothetic';
        return false;
      }
      if (country === 'TJ' && russianYa(st, all[i + 1])) {
        licensed = 'ya';
        return false;
      }
      // A و for a short vowel, even in a short name (کابل / کابول): no other word, since the place is the language's own.
      // Not before a final vowel letter, where it makes an adjective or another word (غزنی / غزنوی, گناوه / گناه).
      const beforeFinalVowel = i === all.length - 2 && 'يیىهةا'.includes((all[i + 1]?.a || all[i + 1]?.b) ?? '');
      if (persian && plene(st) && !beforeFinalVowel) {
        licensed ??= 'plene';
        return false;
      }
      return !(persian && country === 'AF' && dariConsonant(st));
    }),
  );
  return steps.some((st) => !isHamzaStep(st)) ? 'another' : (licensed ?? (steps.length > 0 ? 'hamza' : 'same'));
}

const isHamzaStep = (st: AlignedLetters): boolean => st.a === 'ء' || st.b === 'ء';

/**
 * Whether a spelling differs from a listed one only by a word's final hamza after alef, written or left out (وفاء /
 * وفا): one spelling of a body's name (not of a place's, where a hamza makes a
 * word of the language: غناء, singing, is not غانا).
 */
function onlyHamza(m: NameMatch): boolean {
  const finalHamza = (x: string, y: string): boolean => x === y + 'ء' && y.endsWith('ا');
  let changed = false;
  for (const p of m.reason.parts) {
    const a = foldName(p.a).split(' ');
    const b = foldName(p.b).split(' ');
    if (a.length !== b.length) return false;
    for (const [i, x] of a.entries()) {
      const y = elementAt(b, i);
      if (x === y) continue;
      if (!finalHamza(x, y) && !finalHamza(y, x)) return false;
      changed = true;
    }
  }
  return changed;
}

/**
 * The licences of a vowel letter inside a name, which still make another word of a short name or at its end
 * ({@link anotherWord}): a vowel letter there writes another word as often.
 */
const FREE_VOWELS: ReadonlySet<string> = new Set(['maghrebVowel', 'pashtoVowel']);
/** Countries whose towns' Arabic spellings, from Berber or French forms, vary in their vowel letters. */
const VOWEL_VARYING = new Set(['MR', 'MA', 'DZ', 'TN', 'TD']);
/**
 * Whether a step writes the vowel letter ا or و on one side only; not ي, which in an Arabic name makes a diminutive, another
 * word (القنيطرة, Kenitra, against القنطرة, the bridge).
 */
const vowelLetter = (st: AlignedLetters): boolean => st.kind !== 'same' && !(st.a && st.b) && ['ا', 'و'].includes(st.a || st.b);

/** Whether a step writes the vowel letter ا or ی (ي once folded) on one side only. */
const pashtoVowel = (st: AlignedLetters): boolean => st.kind === 'extra' && ['ا', 'ي', 'ی'].includes(st.a || st.b);

/** Whether a step sets the Maghreb's letter for g (ڨ, ڤ, ڭ) against another letter for it, as the orthography's table says. */
const maghrebG = (st: AlignedLetters): boolean => st.sound === MAGHREB_G;

/**
 * The spellings of a town or province in its own language when a name is written in that language (an Arab town's
 * Arabic names against a name without Persian letters, an Iranian or Afghan town's Persian names against one with
 * them), or undefined: then the language spells the place one way, and a name is one of them or another word.
 */
export function ownSpellings(name: string, entry: GazetteerEntry): readonly string[] | undefined {
  if (entry.entity.type !== 'place' || entry.entity.kind === 'country') return undefined;
  const country = entry.entity.id.split('/')[0] ?? '';
  const language = languageOfSpelling(name);
  if (ARAB_COUNTRIES.has(country) && language !== 'fa') return entry.ar;
  if (PERSIAN_COUNTRIES.has(country) && language === 'fa') return entry.fa;
  return undefined;
}

/**
 * Whether an Arabic spelling may be a place's Latin name written in Arabic letters (لوكسور for الأقصر, Luxor; هورغادا
 * for الغردقة; نتسيرت for الناصرة: its English or its local name, as Latin letters write it): the place's Arabic names
 * all open with the article, which a foreign name written in Arabic letters lacks, and the spelling is one word of
 * five letters or more with no article. A shorter one is too often another town.
 */
export function foreignFormOfArabName(name: string, entry: GazetteerEntry): boolean {
  const key = foldName(name.trim());
  if (key.includes(' ') || key.startsWith('ال') || key.length < 5) return false;
  return entry.ar.length > 0 && entry.ar.every((n) => foldName(n).startsWith('ال'));
}
