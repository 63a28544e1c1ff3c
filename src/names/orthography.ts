/**
 * How Arabic and Persian newsrooms write the sounds of foreign names: which letters are vowel letters,
 * which letters write the same foreign sound, and what it costs to read one as the other.
 *
 * This file is data. The aligner in `phonetic.ts` knows nothing of any letter; a new orthography (Urdu,
 * Pashto) or a newsroom habit is a new row here.
 */

/** A set of letters that different conventions use for one foreign sound, and the cost of reading one as another. */
export interface Correspondence {
  /** Letters (after {@link foldName}) that stand for the sound. */
  readonly letters: string;
  /** The sound, in plain Latin, as a report shows it ("g", "p", "ch"). */
  readonly sound: string;
  /** Cost of substituting one letter of the set for another, 0–1 (1 is two unrelated consonants). */
  readonly cost: number;
}

/** A letter pair written in one orthography where the other has a single letter (تش for چ). */
export interface Digraph {
  readonly pair: string;
  readonly letter: string;
  readonly sound: string;
  readonly cost: number;
}

/** Letters that write vowels (ى only at the end, where it is the alef maksura). */
export const VOWEL_LETTERS = 'اويى';
/** Letters that write a glottal onset or stop, which transliterations from Russian and Tajik drop. */
export const WEAK_LETTERS = 'عء';

/** The sound of the Spanish j (خ against ج), which part-failure allows only in a longer name. */
export const SPANISH_J = 'the Spanish j (kh)';
/**
 * The Ukrainian h, which Russian says g (Chernihiv / Chernigov): a newsroom that follows the Ukrainian name writes ه,
 * one that follows the Russian غ or گ. part-failure allows it only inside a longer name.
 */
export const UKRAINIAN_H = 'h where another language of the name says g (the Ukrainian h, the Russian g)';
/** The Serbian and Croatian đ (dj), which part-failure allows only in a longer name (ديوكوفيتش, not دياز / جاز). */
export const SERBIAN_DJ = 'dj (the Serbian đ)';
/** The sound of the Portuguese s said sh (ش against ز), which part-failure allows only at a longer name's end. */
export const PORTUGUESE_S = 'the Portuguese s (sh)';
/** The German ch (خ against ش: توخيل / توشيل), which part-failure allows only in a longer name. */
export const GERMAN_CH = 'the German ch (kh, or sh as English reads it)';
/** The Spanish v, said b (ب against ف: خابيير / خافيير), which part-failure allows only in a longer name. */
export const SPANISH_V = 'the Spanish v, said b';

/** The g of Maghreb Arabic, written ڨ or ڤ (Algeria, Tunisia) or ڭ (Morocco) where others write ق, ك, غ or ج. */
export const MAGHREB_G = 'g, which the Maghreb writes ڨ, ڤ or ڭ';

export const CORRESPONDENCES: readonly Correspondence[] = [
  // g: Arabic newsrooms write it غ (Levant, most agencies), ج (Egypt: جوجل), ق (Gulf, Iraq, Sudan: قوقل) or
  // ك (Iraq, the Levant: انكلترا); Persian has گ. Two Arabic spellings that differ only so are one name.
  { letters: 'غگ', sound: 'g', cost: 0.1 },
  { letters: 'جگ', sound: 'g', cost: 0.2 },
  { letters: 'قگ', sound: 'g', cost: 0.2 },
  { letters: 'غج', sound: 'g', cost: 0.2 },
  { letters: 'غق', sound: 'g', cost: 0.25 },
  { letters: 'جق', sound: 'g', cost: 0.3 },
  { letters: 'غك', sound: 'g', cost: 0.3 },
  { letters: 'جك', sound: 'g', cost: 0.4 },
  { letters: 'كگ', sound: 'k/g', cost: 0.35 },
  // The Maghreb writes its spoken g with letters of its own: ڤ in Tunisia and Algeria (ڤابس, ڤالمة: قابس, قالمة, the ق
  // said g) and ڭ in Morocco (خريبڭة: خريبكة). Against any other letter for g they are one sound.
  { letters: 'ڤق', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڤك', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڤغ', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڤج', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڤگ', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڭق', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڭك', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڭغ', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڭج', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڭگ', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڤڭ', sound: MAGHREB_G, cost: 0.2 },
  // The qaf with three dots (ڨ), the g of Algerian and Tunisian place names as their own signs write it (ڨالمة, توڨرت).
  { letters: 'ڨق', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڨك', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڨغ', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڨج', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڨگ', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڨڤ', sound: MAGHREB_G, cost: 0.2 },
  { letters: 'ڨڭ', sound: MAGHREB_G, cost: 0.2 },
  // k, q and kh: Turkic q is ق in Persian and ك or خ in Arabic (قزاقستان / كازاخستان).
  { letters: 'قك', sound: 'k/q', cost: 0.2 },
  { letters: 'خق', sound: 'kh/q', cost: 0.3 },
  { letters: 'خك', sound: 'kh/k', cost: 0.35 },
  // English and Italian ch said k: one newsroom follows the sound (بوكانان), another the spelling (بوچانان).
  { letters: 'كچ', sound: 'ch/k', cost: 0.4 },
  { letters: 'خغ', sound: 'kh/gh', cost: 0.4 },
  // Spanish j, and g before e or i, are said kh: one newsroom writes what is said (خوسيه, سيرخيو), another the
  // letter (جوزيه, سيرجيو).
  { letters: 'خج', sound: SPANISH_J, cost: 0.4 },
  // The Ukrainian h against the Russian g (تشيرنيهيف / تشيرنيغيف, هوستومل / گوستومل): one name in its two languages.
  { letters: 'غه', sound: UKRAINIAN_H, cost: 0.4 },
  { letters: 'گه', sound: UKRAINIAN_H, cost: 0.4 },
  // h: ح and ه are one sound in Persian and in transliteration; خ is the Russian х.
  { letters: 'حه', sound: 'h', cost: 0.15 },
  { letters: 'خح', sound: 'kh/h', cost: 0.35 },
  { letters: 'خه', sound: 'kh/h', cost: 0.4 },
  // p and v: Arabic has neither letter and writes ب and ف (or و, ڤ).
  { letters: 'بپ', sound: 'p', cost: 0.1 },
  { letters: 'فڤ', sound: 'v', cost: 0.1 },
  { letters: 'وڤ', sound: 'v', cost: 0.1 },
  { letters: 'فو', sound: 'v', cost: 0.2 },
  // German ch: one newsroom writes what German says (توخيل, Tuchel), another reads it as English (توشيل).
  { letters: 'خش', sound: GERMAN_CH, cost: 0.4 },
  // Spanish says v as b: one newsroom writes what is said (خابيير, Javier), another the letter (خافيير).
  { letters: 'بف', sound: SPANISH_V, cost: 0.4 },
  // Persian writes that v و, its letter for v (بالديبيا / والدیویا, Valdivia).
  { letters: 'بو', sound: SPANISH_V, cost: 0.45 },
  // zh, ch, j. The Basque and Catalan x is sh, which Persian often writes ژ as it does a French j (شابي / ژابی, Xabi).
  { letters: 'شژ', sound: 'sh/zh', cost: 0.35 },
  { letters: 'جژ', sound: 'zh', cost: 0.2 },
  { letters: 'زژ', sound: 'zh/z', cost: 0.3 },
  // The Russian ж, which one Arabic newsroom writes ج and another ز (بريغوجين / بريغوزين, جوكوف / زوكوف).
  { letters: 'جز', sound: 'zh (the Russian ж)', cost: 0.35 },
  { letters: 'شچ', sound: 'ch/sh', cost: 0.3 },
  { letters: 'جچ', sound: 'j/ch', cost: 0.4 },
  // Letters Persian pronounces alike and Arabic uses for emphatic variants of t, s, z.
  { letters: 'تط', sound: 't', cost: 0.1 },
  // th: Arabic keeps ث for the English th (سميث), Persian writes ت or س (اسمیت).
  { letters: 'ثت', sound: 'th', cost: 0.2 },
  { letters: 'سصث', sound: 's', cost: 0.1 },
  { letters: 'زذظض', sound: 'z', cost: 0.1 },
  { letters: 'دض', sound: 'd', cost: 0.3 },
  // ذ for a soft d or th that Persian writes د: classical Arabic's for the d Persian said after a vowel (همذان /
  // همدان, الهمذاني), and Arabic's for an English th (مايويذر / می‌ودر, Mayweather).
  { letters: 'دذ', sound: 'dh/d', cost: 0.3 },
  // An s said z: Portuguese, Spanish through French or English ears, German before a vowel and English at the end
  // of a word voice it, and one newsroom writes what it hears (ز) where another writes the letter (س): خوسيه / خوزه,
  // زیمنس / سيمنز, ويليامز / ویلیامس. A native name keeps its consonants (حسن / حزن: native-names, arabic-roots).
  { letters: 'سز', sound: 'an s said z', cost: 0.3 },
  // Portuguese says an s sh before a consonant and at the end (Guterres / غوتيريش), where English says z (گوترز).
  { letters: 'شز', sound: PORTUGUESE_S, cost: 0.45 },
  // German st and sp are said sht, shp: one newsroom writes ش, another س (روزنشتاين / رزنستاین).
  { letters: 'سش', sound: 's/sh', cost: 0.45 },
  // Spanish z and c before e/i, which Castilian says th: سانشيز / سانشيث.
  { letters: 'زث', sound: 'z/th', cost: 0.3 },
  { letters: 'تد', sound: 't/d', cost: 0.6 },
  // Teh marbuta: ه in Persian at the end of a word, ت where Persian spells the construct (هبة الله / هبت‌الله).
  { letters: 'ةه', sound: 'final a (ة)', cost: 0.05 },
  { letters: 'ةت', sound: 't (ة)', cost: 0.1 },
  // The glottal letters: ع and ء are onsets that a vowel letter may stand for.
  { letters: 'عء', sound: 'glottal stop', cost: 0.1 },
];

export const DIGRAPHS: readonly Digraph[] = [
  { pair: 'تش', letter: 'چ', sound: 'ch', cost: 0.15 },
  // Arabic writes ch تش or ش (تشرشل / شرشل, مانشستر); Persian has چ.
  { pair: 'تش', letter: 'ش', sound: 'ch', cost: 0.2 },
  // Chinese zh and j: Arabic renders pinyin zh as تش (شنتشن), Persian as ژ or ج (شنژن, ژجیانگ).
  { pair: 'تش', letter: 'ژ', sound: 'zh', cost: 0.25 },
  { pair: 'تش', letter: 'ج', sound: 'j', cost: 0.3 },
  // Italian ch before e or i is k (Pochettino, Luchino): one newsroom reads it as English ch (بوتشيتينو, لوتشينو),
  // another as Italian says it (بوكيتينو, لوکینو), as كچ above.
  { pair: 'تش', letter: 'ك', sound: 'ch, said k in Italian', cost: 0.4 },
  { pair: 'دج', letter: 'ج', sound: 'j', cost: 0.2 },
  // The Serbian and Croatian đ (dj): one newsroom writes its letters دي, another its sound ج (ديوكوفيتش / جوكوفيتش).
  { pair: 'دي', letter: 'ج', sound: SERBIAN_DJ, cost: 0.3 },
  // German z is ts: written تس by one newsroom and ز by another (شولتس / شولتز).
  { pair: 'تس', letter: 'ز', sound: 'ts', cost: 0.25 },
  // Greek and Italian ts, which another newsroom writes س (تسوفالاريس / سوالاریس).
  { pair: 'تس', letter: 'س', sound: 'ts', cost: 0.3 },
  // A c before e or i, which Italian and the Slavic languages say ch: one newsroom writes the sound تش, another reads
  // the letter as Spanish, French or English do, س (لوتشيانو / لوسيانو, Luciano).
  { pair: 'تش', letter: 'س', sound: 'c before e or i, said ch in Italian and s in Spanish, French or English', cost: 0.45 },
];

/**
 * Letters a native (Arabic or Persian) name may change between the two orthographies: the letters Arabic
 * lacks (پرويز / پرویز), teh marbuta (رحمة / رحمت) and the final alef maksura. Any other change of consonant
 * (قاسم / جاسم, غازي / قاضي) makes another name: native names are not transliterated.
 */
export const NATIVE_NAME_SOUNDS: ReadonlySet<string> = new Set(['final a (ة)', 't (ة)', 'final a']);
/** Letters only Persian (and Arabic newsrooms that borrow them) writes: a native name may have them on one side only. */
export const PERSIAN_LETTERS = 'پچژگڤ';

/** The sound of the hamza Persian seats between a vowel and a final e (اوئه), where Arabic writes none (أوي). */
export const SEATED_HAMZA = 'the hamza seated before a final e';

/**
 * An n before b or p, which Arabic and Persian say m: one spelling writes the letter (استانبول, جنبلاط), another the
 * sound (استامبول, جمبلاط), and a foreign m before b is written ن as often (موزنبيق / موزمبيق). Only there: elsewhere ن
 * and م are two consonants.
 */
export const NASAL_BEFORE_B = 'm, as an n before b is said';
export const NASAL_BEFORE_B_COST = 0.2;

/** The sound of a German h after a long vowel, written by one newsroom and not by another (ماهلر / مالر). */
export const LENGTH_H = 'the German h after a long vowel, not said';

/** Costs of the operations that involve vowel letters and glottals. */
export const VOWEL_COSTS = {
  /** A vowel letter written on one side and not the other, inside the name (تاسماغامبيتوف / تاسماگامبتوف). */
  dropped: 0.3,
  /** One vowel letter for another (o for a: إيمومالي / امامعلی). */
  changed: 0.35,
  /** A vowel letter against a glottal letter (ا for ع). */
  glottal: 0.25,
  /** ع or ء written on one side only. */
  glottalDropped: 0.35,
  /** The final vowel written ا on one side and ه or ى on the other (روسيا / روسیه, بخارى / بخارا). */
  finalAlef: 0.1,
  /**
   * A final e written ي in Arabic and ه in Persian: Italian and Japanese names end in -e, which Arabic
   * renders as i and Persian as e (كونتي / کونته, آبي / آبه).
   */
  finalE: 0.2,
  /** A word-initial h that one spelling writes ه and the other leaves silent, as French does (هولاند / اولاند). */
  silentH: 0.3,
  /** A final vowel ا or ه written on one side only. */
  finalDropped: 0.5,
  /** The same consonant written twice on one side (a Russian double letter or a shadda spelled out). */
  doubled: 0.2,
  /** A word-initial alef Persian writes before s and a consonant (استارمر / ستارمر, اسپیت / سبيث). */
  prothetic: 0.1,
  /** The Arabic article ال at the start of one side only (الخوارزمي / خوارزمی). */
  article: 0.1,
  /** The hamza Persian seats between a vowel and a final e (کنزابورو اوئه / كينزابورو أوي, هوئه / هوي). */
  hamzaBeforeE: 0.05,
  /** A German h after a long vowel, before l, m, n or r, which marks the length and is not said (ماهلر / مالر). */
  lengthH: 0.3,
} as const;

/**
 * One side ends in the adjective (nisba) suffix ي and the other in a consonant or a vowel a (ظريف / ظریفی,
 * ماريا / ماری): in both languages that ending makes another word, whatever the rest shares. Arabic يه
 * against ي is not such a pair: it is how Arabic writes the Russian ending -ey (أندريه / آندری).
 */
export const NISBA_PENALTY = 1;

/**
 * Each vowel letter written in one spelling only, when the other spelling also has vowel letters of its own
 * that the first lacks: the vowels stand in different places (خامنئي / خمینی), which dropping or adding
 * vowel letters in transliteration does not do. Charged per pair of such letters.
 */
export const CROSSED_VOWEL_PENALTY = 0.2;

/**
 * Russian surnames have a feminine form (-ova, -eva, -ina, -aya) that names another person: بيلوسوف and
 * بلوسوفا are a man and a woman. Each pair is [feminine ending, masculine ending], in folded letters.
 */
export const GENDERED_ENDINGS: readonly (readonly [string, string])[] = [
  ['وفا', 'وف'],
  // Persian writes -ova with the v as و: زاخارووا.
  ['ووا', 'وف'],
  ['يفا', 'يف'],
  ['ينا', 'ين'],
  ['سكايا', 'سكي'],
];

/** Cost of a consonant against an unrelated consonant, or a consonant written on one side only. */
export const HARD_COST = 1;

/** Weight of a letter in the length that costs are measured against: consonants carry a name, vowels less. */
export const CONSONANT_WEIGHT = 1;
export const VOWEL_WEIGHT = 0.5;
