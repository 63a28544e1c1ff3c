/**
 * The epithets that Arabic and Persian news gives the region's great cities in place of their names (الشهباء for
 * Aleppo, the grey; الحدباء for Mosul, the humped,
 * after its leaning minaret; أم القرى for Mecca, as the Quran names it), and old names still met in histories and in
 * Persian and Ottoman usage that the other lists lack (Yasi, Wargalan, Nasaf). Written for the project from general
 * knowledge, in the format of geo-names.ts (`old:` a former name); a row whose id is already known adds its names to
 * that place.
 *
 * Left out: epithets that two cities share (الفيحاء, the spacious: Damascus, Tripoli of Lebanon, Basra, Hilla;
 * عروس البحر alone, said of Tripoli, Alexandria and Jeddah), that name the country rather than the city (المحروسة,
 * Egypt; الخضراء, Tunisia; الشام, the Levant and Syria), names that are a common given name (Arabic رامز, Ramez, for
 * Ramhormoz; خليل الرحمن, Abraham's title, for Hebron), that a club bears (الزوراء, Baghdad's, also its football club), an
 * old name a letter from the new one (Batum, باطوم, against باتومي: a reader takes them for two spellings), the Arabic نسف for Qarshi (a word, to blow up; kept in
 * Persian), and Greek names a living town bears (Philadelphia for Amman, Heliopolis for Baalbek, as geo-classical.ts
 * says).
 */

import type { GeoRow } from './geo-names.js';

export const EPITHET_ROWS: readonly GeoRow[] = [
  // Epithets of the Arab cities.
  ['SY/Aleppo', 'city', 'Aleppo|Halab|al-Shahba', 'الشهباء|حلب الشهباء', '', 'Aleppo, the grey city (الشهباء), after its white stone'],
  ['SY/Damascus', 'city', 'Damascus|Jillaq', 'جلق|جلّق', 'جلق', 'Damascus, the old poetic name Jillaq of the Ghassanid poets'],
  [
    'SY/Shahba',
    'city',
    'Shahba',
    'شهبا|مدينة شهبا',
    'شهبا',
    'Druze town of Suwayda province, the Roman Philippopolis; not الشهباء, Aleppo',
  ],
  [
    'IQ/Mosul',
    'city',
    'Mosul|al-Hadbaa',
    'الحدباء|أم الربيعين|الموصل الحدباء',
    '',
    'Mosul, the humped (الحدباء), after its leaning minaret, and the mother of two springs',
  ],
  [
    'SA/Mecca',
    'city',
    'Mecca|Makkah|Umm al-Qura|Bakkah',
    'أم القرى|بكة|مكة المكرمة',
    'ام‌القری|ام القری|مکه مکرمه',
    'Mecca, the mother of towns (أم القرى) and Bakka, as the Quran names it',
  ],
  [
    'SA/Medina',
    'city',
    'Medina|Madinah|Yathrib',
    'طيبة الطيبة|المدينة النبوية',
    'مدینه منوره|مدینةالنبی|مدینة النبی',
    'Medina, the city of the Prophet',
  ],
  [
    'YE/Sanaa',
    'city',
    "Sana'a|Sanaa|Azal",
    'old:آزال|مدينة آزال',
    'old:آزال',
    'Sanaa, whose legendary founder’s name Azal it bears in poetry and histories',
  ],
  ['EG/Cairo', 'city', 'Cairo|al-Qahira', 'قاهرة المعز', '', 'Cairo, the Cairo of al-Muizz, its Fatimid founder'],
  [
    'EG/Alexandria',
    'city',
    'Alexandria',
    'عروس البحر المتوسط|عروس البحر الأبيض المتوسط|عروس المتوسط',
    '',
    'Alexandria, the bride of the Mediterranean',
  ],
  ['SA/Jeddah', 'city', 'Jeddah|Jiddah|Jedda', 'عروس البحر الأحمر', '', 'Jeddah, the bride of the Red Sea'],
  ['MA/Marrakesh', 'city', 'Marrakesh|Marrakech', 'المدينة الحمراء|مراكش الحمراء', '', 'Marrakesh, the red city, after its walls'],
  ['MA/Casablanca', 'city', 'Casablanca|Dar el Beida', 'كازا', 'کازا|دار البیضا', 'Casablanca, Casa in Moroccan speech'],
  [
    'PS/Gaza',
    'city',
    'Gaza|Gaza City',
    'غزة هاشم|مدينة غزة',
    'شهر غزه',
    'Gaza, the Gaza of Hashim, the Prophet’s great-grandfather, buried there',
  ],
  [
    'TR/Istanbul',
    'city',
    'Istanbul|Constantinople|Islambol',
    'إسلامبول|old:دار السعادة|old:دار الخلافة',
    'اسلامبول|old:دارالخلافه',
    'Istanbul, the Ottomans’ Islambol, the Abode of Felicity',
  ],
  // Epithets of the cities of Iran, Afghanistan and Central Asia.
  ['IR/Isfahan', 'city', 'Isfahan|Esfahan', '', 'نصف جهان|اصفهان نصف جهان', 'Isfahan, half the world (نصف جهان)'],
  ['AF/Balkh', 'region', 'Balkh|Bactra', 'old:باكترا', 'ام‌البلاد|ام البلاد|old:بلخ بامی', 'Balkh, the mother of cities, the Greek Bactra'],
  [
    'UZ/Bukhara',
    'city',
    'Bukhara|Bukhara-i Sharif',
    'بخارى الشريفة|بخارا الشريفة',
    'بخارای شریف',
    'Bukhara the noble, as Persian and Central Asia name it',
  ],
  ['UZ/Samarkand', 'city', 'Samarkand|Maracanda', 'old:ماراكاندا', 'old:ماراکاندا', 'Samarkand, the Greek Maracanda'],
  [
    'UZ/Karshi',
    'city',
    'Qarshi|Karshi|Nasaf',
    '',
    'old:نسف',
    'Qarshi, the medieval Nasaf, whose Arabic name is also a word (to blow up), left out',
  ],
  [
    'IR/Gorgan',
    'city',
    'Gorgan|Hyrcania|Gurgan',
    'جرجان|old:هيركانيا',
    'old:هیرکانیا|old:ورکانه',
    'Gorgan, the Greek Hyrcania, the Old Persian Varkana',
  ],
  [
    'KZ/Turkistan',
    'city',
    'Turkistan city|Turkestan city|Yasi|Hazrat-e Turkestan',
    'مدينة تركستان|old:يسي|old:ياسي',
    'شهر ترکستان|old:یسی|old:یسه',
    'town of southern Kazakhstan, the medieval Yasi of Ahmad Yasawi; bare ترکستان is the region',
  ],
  ['GE/Batumi', 'city', 'Batumi|Batum', 'باطومي', '', 'Batumi, which Arabic also writes with ط'],
  [
    'DZ/Ouargla',
    'city',
    'Ouargla|Wargla|Wargalan',
    'old:وارجلان|old:ورجلان|وارقلة',
    'old:وارجلان',
    'Ouargla, the medieval Wargalan of the Ibadis',
  ],
  [
    'TR/Hasankeyf',
    'city',
    'Hasankeyf|Hisn Kayfa',
    'حصن كيفا|حسنكيف|حسن كيف',
    'حصن کیفا|حسن‌کیف|حسنکیف',
    'town on the Tigris, the medieval Hisn Kayfa, flooded by the Ilısu dam',
  ],
];
