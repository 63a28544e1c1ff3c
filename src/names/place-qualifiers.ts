// Words that make a place another place of the same name: new and old, upper and lower, great and little, a
// point of the compass (Nova Kakhovka is not Kakhovka, Nizhny Novgorod not Novgorod, North Sinai not Sinai), and in
// Latin letters the Arabic word that opens a place's name (Mersa Matruh). A name with one of them is never the name
// without it, however the rest is spelled.

import { foldName } from './phonetic.js';

/**
 * The qualifiers, as Arabic and Persian write them after the language the place's name comes from (Slavic
 * nova, novaya, nizhny, verkhny, velikiy, staraya; English new; Spanish nueva; German neu), or in their own
 * words (شمال, جنوب, الجديدة, جدید, الكبرى, بزرگ), and in Latin letters. Written for the project.
 */
const ARABIC_SCRIPT =
  'نوفا نوفايا نوفي نوفو نوفويه نوا نووا نووی نوایا نویفا نويفا نويفو نیو نيو ' +
  'نيجني نیژنی نيژني فيرخني ورخنی فيليكي ولیکی ستارايا استارایا ستاري مالايا ' +
  'شمال جنوب شرق غرب الشمالية الجنوبية الشرقية الغربية شمالی جنوبی شرقی غربی ' +
  'الجديدة الجديد القديمة القديم جدید قدیم العليا السفلى علیا سفلی ' +
  // Greater and lesser (سوريا الكبرى, خراسان بزرگ, آسيا الصغرى): a region wider or narrower than the place.
  'الكبرى الكبير الصغرى الصغير بزرگ کوچک';
const LATIN =
  'new old north south east west northern southern eastern western upper lower greater little ' +
  'nova novaya novi novo novy nizhny nizhniy nizhnii verkhny verkhniy veliky velikiy staraya stary staryi malaya bolshoy neu nueva nuevo ' +
  // The Arabic words that open a place's name, romanised (cape, anchorage, well, spring, valley, mountain, mound,
  // monastery, village, house, castle, bridge): Mersa Matruh is not Matrah, Ras Tanura not Tanura.
  'ras mersa marsa bir ain wadi jebel jabal tell deir dayr kafr beit qasr jisr hassi oued';

const QUALIFIERS: ReadonlySet<string> = new Set([...ARABIC_SCRIPT.split(' ').map((w) => foldName(w)), ...LATIN.split(' ')]);

/**
 * The first of the words one name has and the other lacks that makes a place another place, as written; the
 * words are folded Arabic-script words or Latin words.
 */
export function placeQualifier(missing: readonly string[]): string | undefined {
  return missing.find((w) => QUALIFIERS.has(foldName(w)) || QUALIFIERS.has(w.toLowerCase()));
}
