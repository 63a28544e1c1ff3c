/**
 * Places in Arabic and Persian: countries and world regions from `Intl.DisplayNames` (CLDR) in ar, fa and
 * fa-AF, the names newsrooms use beside CLDR's (أميركا, آمریکا, انگلیس), and a hand-kept list of capitals,
 * cities and provinces that CLDR does not name. Each place has a stable id: the ISO 3166 or UN M49 code for
 * countries and regions, `CC/Name` for cities (`TJ/Dushanbe`).
 */

import { elementAt } from '../contract/element-at.js';
import { GEO_ROWS } from './geo-names.js';
import { COUNTRY_ROWS } from './geo-countries.js';
import { CITY_ROWS } from './geo-cities.js';
import { TOWN_ROWS } from './geo-towns.js';
import { EAST_CITY_ROWS } from './geo-cities-east.js';
import { EUROPE_AMERICAS_CITY_ROWS } from './geo-cities-europe-americas.js';
import { ASIA_AFRICA_CITY_ROWS } from './geo-cities-asia-africa.js';
import { FEATURE_ROWS } from './geo-features.js';
import { PROVINCE_ROWS } from './geo-provinces.js';
import { FORMER_NAME_ROWS } from './geo-former.js';
import { CLASSICAL_NAME_ROWS } from './geo-classical.js';
import { RENAMED_ROWS } from './geo-renamed.js';
import { OTHER_NAME_ROWS } from './geo-other-names.js';
import { airportRows } from './geo-airports.js';
import { EPITHET_ROWS } from './geo-epithets.js';
import { ISLAND_ROWS } from './geo-islands.js';
import { AFRICA_TOWN_ROWS } from './geo-towns-africa.js';
import { DISTRICT_ROWS } from './geo-districts.js';
import { COMPILED_REGION_NAMES, type RegionNameRow, type RegionNames } from './region-names-compiled.js';

export type { RegionNameRow, RegionNames };

/** What kind of place an entry is: a sea, gulf, strait or river is `water`, a mountain range `landform`. */
export type PlaceKind = 'country' | 'region' | 'city' | 'water' | 'landform';

// A record of every kind, so that a kind added to the type and not here fails to compile.
const EVERY_KIND: Readonly<Record<PlaceKind, true>> = { country: true, region: true, city: true, water: true, landform: true };

/** Every kind of place (the checks of arguments allow these). */
export const PLACE_KINDS = Object.keys(EVERY_KIND) as readonly PlaceKind[];

/**
 * Where a name of a place comes from, for explanations: the language's standard name (CLDR for countries),
 * the Dari form where Afghanistan and Iran differ (CLDR fa-AF, or the hand list), a historical name, the name in
 * the place's own language that some newsrooms write (the Kurdish قامشلو), or a name newsrooms use beside the
 * standard one.
 */
export type PlaceNameForm = 'standard' | 'dari' | 'historical' | 'local' | 'newsroom';

/** One name of a place in one language. */
export interface PlaceName {
  readonly text: string;
  readonly language: 'ar' | 'fa';
  readonly form: PlaceNameForm;
  /** For a historical name of a hand-kept row, the row's word on it (Frunze in 1926–1991), which an explanation quotes. */
  readonly reason?: string;
  /**
   * A name that is also an ordinary word or a given name (ناصری, Ahvaz's Qajar name and a nisba; Arabic طيبة, Thebes,
   * and "kind"; فارس, Fars, and a horseman): never read to find the place, only against the place's own names. Left out
   * of `ar` and `fa`.
   */
  readonly aside?: true;
}

/** A place with its Arabic and Persian names. */
export interface PlaceEntry {
  /** ISO 3166-1 code (`CN`), UN M49 code (`143`), or `CC/Name` for a city (`TJ/Dushanbe`). */
  readonly id: string;
  readonly kind: PlaceKind;
  /** The English name, for reports. */
  readonly en: string;
  /** Arabic spellings, as written (with the article where it belongs). */
  readonly ar: readonly string[];
  /** Persian spellings (Iran and Afghanistan). */
  readonly fa: readonly string[];
  /** Every Arabic and Persian name with where it comes from. */
  readonly names: readonly PlaceName[];
  /** Names in Latin script (English, local and old forms) that texts in Arabic script quote. */
  readonly latin: readonly string[];
}

// Private-use and exceptionally reserved codes that DisplayNames may still name.
const NOT_PLACES = new Set(['AA', 'QO', 'ZZ', 'EZ', 'UN', 'EU', 'UK']);
// World regions worth naming (M49); 019 (the Americas) is left out because Persian names it امریکا, the
// everyday name of the United States.
const REGION_CODES = [
  '002',
  '003',
  '005',
  '009',
  '011',
  '013',
  '014',
  '015',
  '017',
  '018',
  '021',
  '029',
  '030',
  '034',
  '035',
  '039',
  '142',
  '143',
  '145',
  '150',
  '151',
  '154',
  '155',
  '419',
];

// Names newsrooms use that CLDR does not give (or gives in a longer form).
const COUNTRY_ALIASES: Readonly<Record<string, { ar?: string; fa?: string }>> = {
  US: { ar: 'أمريكا أميركا الولايات_المتحدة_الأمريكية الولايات_المتحدة_الأميركية', fa: 'آمریکا امریکا ایالات_متحده_آمریکا' },
  GB: { ar: 'بريطانيا إنجلترا إنكلترا', fa: 'انگلیس انگلستان بریتانیا بریتانیه پادشاهی_متحده' },
  DE: { fa: 'جرمنی' },
  RU: { ar: 'الاتحاد_الروسي', fa: 'فدراسیون_روسیه' },
  SA: { ar: 'السعودية', fa: 'عربستان_سعودی عربستان' },
  HU: { ar: 'المجر' },
  AE: { ar: 'الإمارات', fa: 'امارات' },
  KG: { ar: 'قرغيزستان قيرغيزيا قرغيزيا', fa: 'قرقیزستان قرغیزستان' },
  KZ: { ar: 'قازاقستان', fa: 'قزاقستان' },
  TJ: { ar: 'طاجكستان', fa: 'تاجکستان' },
  BY: { ar: 'روسيا_البيضاء بيلاروسيا', fa: 'بلاروس بیلاروس روسیه_سفید' },
  AZ: { ar: 'أذربيجان', fa: 'آذربایجان جمهوری_آذربایجان' },
  PS: { ar: 'فلسطين', fa: 'فلسطین' },
  IL: { fa: 'رژیم_صهیونیستی' },
  CZ: { ar: 'جمهورية_التشيك التشيك', fa: 'جمهوری_چک' },
  MM: { ar: 'ميانمار بورما', fa: 'میانمار برمه' },
  KP: { fa: 'کره_شمالی' },
  KR: { fa: 'کره_جنوبی' },
  NL: { ar: 'هولندا', fa: 'هلند' },
  MK: { ar: 'مقدونيا', fa: 'مقدونیه' },
  DK: { ar: 'الدنمارك' },
  TR: { ar: 'تركيا', fa: 'ترکیه' },
  SY: { ar: 'سورية', fa: 'سوریه' },
  UZ: { ar: 'أوزباكستان', fa: 'اوزبکستان' },
  TM: { fa: 'تورکمنستان' },
  GE: { ar: 'جورجيا', fa: 'گرجستان' },
  UA: { ar: 'أوكرانيا', fa: 'اوکراین' },
};

// Regions that M49 does not have but news uses every day.
const EXTRA_REGIONS: readonly { id: string; kind: PlaceKind; en: string; ar: readonly string[]; fa: readonly string[] }[] = [
  { id: 'MiddleEast', kind: 'region', en: 'Middle East', ar: ['الشرق الأوسط'], fa: ['خاورمیانه', 'خاور میانه', 'شرق میانه'] },
  { id: '143', kind: 'region', en: 'Central Asia', ar: ['آسيا الوسطى'], fa: ['آسیای میانه'] },
  { id: 'Caucasus', kind: 'region', en: 'Caucasus', ar: ['القوقاز'], fa: ['قفقاز'] },
  // The nations of the United Kingdom, which CLDR names only as one country (England is one of its aliases).
  { id: 'GB-SCT', kind: 'region', en: 'Scotland', ar: ['اسكتلندا', 'أسكتلندا', 'إسكتلندا'], fa: ['اسکاتلند', 'سکاتلند'] },
  { id: 'GB-WLS', kind: 'region', en: 'Wales', ar: ['ويلز'], fa: ['ولز', 'ویلز'] },
  { id: 'GB-NIR', kind: 'region', en: 'Northern Ireland', ar: ['أيرلندا الشمالية', 'إيرلندا الشمالية'], fa: ['ایرلند شمالی'] },
  { id: 'PersianGulf', kind: 'region', en: 'Persian Gulf', ar: ['الخليج', 'الخليج العربي', 'الخليج الفارسي'], fa: ['خلیج فارس'] },
  { id: 'Gaza', kind: 'region', en: 'Gaza Strip', ar: ['قطاع غزة'], fa: ['نوار غزه'] },
  {
    id: 'WestBank',
    kind: 'region',
    en: 'West Bank',
    ar: ['الضفة الغربية', 'الضفة الغربية لنهر الأردن'],
    fa: ['کرانه باختری', 'کرانه غربی', 'ساحل غربی رود اردن', 'کرانه باختری رود اردن'],
  },
  { id: 'Crimea', kind: 'region', en: 'Crimea', ar: ['القرم', 'شبه جزيرة القرم'], fa: ['کریمه', 'شبه‌جزیره کریمه'] },
  { id: 'Donbas', kind: 'region', en: 'Donbas', ar: ['دونباس'], fa: ['دونباس'] },
  { id: 'AF/Badakhshan', kind: 'region', en: 'Badakhshan', ar: ['بدخشان'], fa: ['بدخشان'] },
  { id: 'TJ/Khatlon', kind: 'region', en: 'Khatlon', ar: ['ختلان', 'خاتلون'], fa: ['ختلان'] },
  { id: 'TJ/GornoBadakhshan', kind: 'region', en: 'Gorno-Badakhshan', ar: ['غورنو بدخشان'], fa: ['بدخشان کوهستانی'] },
  { id: 'TJ/Sughd', kind: 'region', en: 'Sughd', ar: ['صغد', 'سغد'], fa: ['سغد'] },
  { id: 'UZ/Fergana', kind: 'region', en: 'Fergana Valley', ar: ['وادي فرغانة'], fa: ['دره فرغانه'] },
  { id: 'AF/Panjshir', kind: 'region', en: 'Panjshir', ar: ['بنجشير', 'بانشير'], fa: ['پنجشیر'] },
  { id: 'AF/Helmand', kind: 'region', en: 'Helmand', ar: ['هلمند'], fa: ['هلمند'] },
  { id: 'AF/Nangarhar', kind: 'region', en: 'Nangarhar', ar: ['ننغرهار', 'ننكرهار'], fa: ['ننگرهار'] },
  { id: 'AF/Kunduz', kind: 'region', en: 'Kunduz', ar: ['قندوز'], fa: ['قندوز', 'کندز'] },
  { id: 'AF/Takhar', kind: 'region', en: 'Takhar', ar: ['تخار'], fa: ['تخار'] },
  // Not الأهواز for the province: it is the city of Ahvaz, whose Persian اهواز it would make the province's name too
  // (the nationalists' إقليم الأحواز is in geo-classical.ts).
  { id: 'IR/Khuzestan', kind: 'region', en: 'Khuzestan', ar: ['خوزستان'], fa: ['خوزستان'] },
  { id: 'IR/Sistan', kind: 'region', en: 'Sistan and Baluchestan', ar: ['سيستان وبلوشستان', 'سيستان بلوشستان'], fa: ['سیستان و بلوچستان'] },
  { id: 'Kurdistan', kind: 'region', en: 'Kurdistan', ar: ['كردستان', 'إقليم كردستان'], fa: ['کردستان', 'اقلیم کردستان'] },
  { id: 'Darfur', kind: 'region', en: 'Darfur', ar: ['دارفور'], fa: ['دارفور'] },
  { id: 'Sinai', kind: 'region', en: 'Sinai', ar: ['سيناء'], fa: ['سینا'] },
  {
    id: 'Golan',
    kind: 'region',
    en: 'Golan Heights',
    ar: ['الجولان', 'هضبة الجولان', 'مرتفعات الجولان'],
    fa: ['جولان', 'بلندی‌های جولان', 'ارتفاعات جولان'],
  },
];

// Capitals and frequent cities: [id, English, Arabic spellings, Persian spellings]. CLDR names none of these in Arabic or Persian.
const CITIES: readonly (readonly [string, string, string, string])[] = [
  ['TJ/Dushanbe', 'Dushanbe', 'دوشنبه دوشانبي', 'دوشنبه'],
  ['KG/Bishkek', 'Bishkek', 'بشكيك بيشكيك', 'بیشکک'],
  ['KZ/Astana', 'Astana', 'أستانا آستانا نور_سلطان', 'آستانه آستانا نورسلطان'],
  ['KZ/Almaty', 'Almaty', 'ألماتي ألما_آتا', 'آلماتی آلماآتا'],
  ['UZ/Tashkent', 'Tashkent', 'طشقند', 'تاشکند'],
  ['UZ/Samarkand', 'Samarkand', 'سمرقند', 'سمرقند'],
  ['UZ/Bukhara', 'Bukhara', 'بخارى بخارا', 'بخارا'],
  ['TM/Ashgabat', 'Ashgabat', 'عشق_آباد عشقآباد', 'عشق‌آباد عشقآباد'],
  ['TJ/Khujand', 'Khujand', 'خوجند خجند', 'خجند'],
  ['KG/Osh', 'Osh', 'أوش', 'اوش'],
  ['AZ/Baku', 'Baku', 'باكو', 'باکو'],
  ['AM/Yerevan', 'Yerevan', 'يريفان يريڤان', 'ایروان'],
  ['GE/Tbilisi', 'Tbilisi', 'تبليسي', 'تفلیس تبلیسی'],
  ['RU/Moscow', 'Moscow', 'موسكو', 'مسکو'],
  ['RU/StPetersburg', 'Saint Petersburg', 'سانت_بطرسبرغ بطرسبورغ سان_بطرسبورغ', 'سن_پترزبورگ سنت_پترزبورگ'],
  ['RU/Kazan', 'Kazan', 'قازان', 'کازان'],
  ['BY/Minsk', 'Minsk', 'مينسك', 'مینسک'],
  ['UA/Kyiv', 'Kyiv', 'كييف كيف', 'کی‌یف کیف'],
  ['AF/Kabul', 'Kabul', 'كابول كابل', 'کابل'],
  ['AF/Kandahar', 'Kandahar', 'قندهار', 'قندهار'],
  ['AF/Herat', 'Herat', 'هرات', 'هرات'],
  ['AF/MazarESharif', 'Mazar-i-Sharif', 'مزار_شريف', 'مزار_شریف'],
  ['AF/Jalalabad', 'Jalalabad', 'جلال_آباد', 'جلال‌آباد'],
  ['PK/Islamabad', 'Islamabad', 'إسلام_آباد', 'اسلام‌آباد'],
  ['PK/Karachi', 'Karachi', 'كراتشي', 'کراچی'],
  ['PK/Peshawar', 'Peshawar', 'بيشاور', 'پیشاور'],
  ['PK/Lahore', 'Lahore', 'لاهور', 'لاهور'],
  ['IN/NewDelhi', 'New Delhi', 'نيودلهي نيو_دلهي', 'دهلی_نو'],
  ['IR/Tehran', 'Tehran', 'طهران', 'تهران'],
  ['IR/Mashhad', 'Mashhad', 'مشهد', 'مشهد'],
  ['IR/Isfahan', 'Isfahan', 'أصفهان', 'اصفهان'],
  ['IR/Shiraz', 'Shiraz', 'شيراز', 'شیراز'],
  ['IR/Tabriz', 'Tabriz', 'تبريز', 'تبریز'],
  ['IR/Qom', 'Qom', 'قم', 'قم'],
  ['IR/Natanz', 'Natanz', 'نطنز', 'نطنز'],
  ['IR/Fordow', 'Fordow', 'فوردو', 'فردو'],
  ['IR/Bushehr', 'Bushehr', 'بوشهر', 'بوشهر'],
  ['IR/Ahvaz', 'Ahvaz', 'الأهواز الأحواز', 'اهواز'],
  ['IQ/Baghdad', 'Baghdad', 'بغداد', 'بغداد'],
  ['IQ/Mosul', 'Mosul', 'الموصل', 'موصل'],
  ['IQ/Basra', 'Basra', 'البصرة', 'بصره'],
  ['IQ/Erbil', 'Erbil', 'أربيل', 'اربیل'],
  ['IQ/Karbala', 'Karbala', 'كربلاء', 'کربلا'],
  ['IQ/Najaf', 'Najaf', 'النجف', 'نجف'],
  ['SY/Damascus', 'Damascus', 'دمشق', 'دمشق'],
  ['SY/Aleppo', 'Aleppo', 'حلب', 'حلب'],
  ['SY/Idlib', 'Idlib', 'إدلب', 'ادلب'],
  ['LB/Beirut', 'Beirut', 'بيروت', 'بیروت'],
  // Amman has no Arabic entry: unvowelled عمان is also Oman, which takes it.
  ['JO/Amman', 'Amman', '', 'امان'],
  ['PS/Jerusalem', 'Jerusalem', 'القدس بيت_المقدس', 'قدس بیت‌المقدس'],
  ['PS/Gaza', 'Gaza', 'غزة', 'غزه'],
  ['IL/TelAviv', 'Tel Aviv', 'تل_أبيب', 'تل‌آویو تل_آویو'],
  ['EG/Cairo', 'Cairo', 'القاهرة', 'قاهره'],
  ['EG/Alexandria', 'Alexandria', 'الإسكندرية', 'اسکندریه'],
  ['SA/Riyadh', 'Riyadh', 'الرياض', 'ریاض'],
  ['SA/Jeddah', 'Jeddah', 'جدة', 'جده'],
  ['SA/Mecca', 'Mecca', 'مكة مكة_المكرمة', 'مکه'],
  ['SA/Medina', 'Medina', 'المدينة_المنورة', 'مدینه'],
  ['QA/Doha', 'Doha', 'الدوحة', 'دوحه'],
  ['AE/AbuDhabi', 'Abu Dhabi', 'أبوظبي أبو_ظبي', 'ابوظبی'],
  ['AE/Dubai', 'Dubai', 'دبي', 'دبی'],
  ['OM/Muscat', 'Muscat', 'مسقط', 'مسقط'],
  ['KW/KuwaitCity', 'Kuwait City', 'مدينة_الكويت', 'کویت_سیتی'],
  ['BH/Manama', 'Manama', 'المنامة', 'منامه'],
  ['YE/Sanaa', "Sana'a", 'صنعاء', 'صنعا'],
  ['YE/Aden', 'Aden', 'عدن', 'عدن'],
  ['TR/Ankara', 'Ankara', 'أنقرة', 'آنکارا'],
  ['TR/Istanbul', 'Istanbul', 'إسطنبول اسطنبول', 'استانبول'],
  ['CN/Beijing', 'Beijing', 'بكين بيجين', 'پکن بیجینگ'],
  ['CN/Shanghai', 'Shanghai', 'شنغهاي', 'شانگهای'],
  ['CN/Urumqi', 'Urumqi', 'أورومتشي', 'ارومچی'],
  ['JP/Tokyo', 'Tokyo', 'طوكيو', 'توکیو'],
  ['KR/Seoul', 'Seoul', 'سيول سول', 'سئول'],
  ['KP/Pyongyang', 'Pyongyang', 'بيونغ_يانغ', 'پیونگ‌یانگ'],
  ['US/Washington', 'Washington', 'واشنطن', 'واشنگتن'],
  ['US/NewYork', 'New York', 'نيويورك', 'نیویورک'],
  ['GB/London', 'London', 'لندن', 'لندن'],
  ['FR/Paris', 'Paris', 'باريس', 'پاریس'],
  ['DE/Berlin', 'Berlin', 'برلين', 'برلین'],
  ['IT/Rome', 'Rome', 'روما', 'رم'],
  ['ES/Madrid', 'Madrid', 'مدريد', 'مادرید'],
  ['AT/Vienna', 'Vienna', 'فيينا', 'وین'],
  ['CH/Geneva', 'Geneva', 'جنيف', 'ژنو'],
  ['BE/Brussels', 'Brussels', 'بروكسل', 'بروکسل'],
  ['NL/TheHague', 'The Hague', 'لاهاي', 'لاهه'],
  ['GR/Athens', 'Athens', 'أثينا', 'آتن'],
  ['PL/Warsaw', 'Warsaw', 'وارسو', 'ورشو'],
  ['CZ/Prague', 'Prague', 'براغ', 'پراگ'],
  ['HU/Budapest', 'Budapest', 'بودابست', 'بوداپست'],
  ['RS/Belgrade', 'Belgrade', 'بلغراد', 'بلگراد'],
  ['AZ/Nakhchivan', 'Nakhchivan', 'ناخيتشيفان نخجوان', 'نخجوان'],
  ['VA/Vatican', 'Vatican City', 'مدينة_الفاتيكان', 'شهر_واتیکان'],
];

/** Splits one CLDR display name into the names it contains: "ميانمار (بورما)" names two. */
function cldrForms(name: string): string[] {
  const out: string[] = [];
  const paren = name.indexOf('(');
  if (paren > 0) {
    out.push(name.slice(0, paren).trim());
    const inner = name.slice(paren + 1, name.indexOf(')', paren) > 0 ? name.indexOf(')', paren) : undefined).trim();
    if (inner && !/[a-zA-Z]/.test(inner) && !inner.includes(' ')) out.push(inner);
  } else {
    const comma = name.indexOf('،');
    out.push((comma > 0 ? name.slice(0, comma) : name).trim());
  }
  return out.filter((s) => s.length > 0);
}

function words(list: string | undefined): string[] {
  return list
    ? list
        .split(' ')
        .filter((w) => w.length > 0)
        .map((w) => w.replace(/_/g, ' '))
    : [];
}

/**
 * The two-letter codes of AA–ZZ that {@link isCountryCode} takes with this runtime's CLDR, in order: allPlaces reads
 * these rather than all 676 codes (≈ 3 ms of Intl calls at the first look-up). test/places-regions.test.ts scans
 * AA–ZZ and fails when CLDR names a code this list lacks.
 */
export const TWO_LETTER_REGIONS =
  'AC AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG ' +
  'CH CI CK CL CM CN CO CP CQ CR CU CV CW CX CY CZ DE DG DJ DK DM DO DZ EA EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG ' +
  'GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU IC ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW ' +
  'KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL ' +
  'NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST ' +
  'SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

/** Whether a two-letter code is a country or territory of its own that CLDR names (`arabic`: its Arabic names). */
export function isCountryCode(code: string, arabic: Intl.DisplayNames): boolean {
  // AA, QM–QZ, XA–XZ and ZZ are user-assigned; of those only XK (Kosovo) names a place.
  const userAssigned = (code >= 'QM' && code <= 'QZ') || (code.startsWith('X') && code !== 'XK');
  if (NOT_PLACES.has(code) || userAssigned) return false;
  // A deprecated code (DD, SU, YU, BU, ZR) is an alias of today's (DE, RU, RS, MM, CD), under the same name: the
  // successor's code holds the place.
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
  let name: string | undefined;
  try {
    name = arabic.of(code);
  } catch {
    return false;
  }
  return name !== undefined && name !== '' && name !== code;
}

let places: readonly PlaceEntry[] | undefined;

/**
 * The names of countries and world regions as this runtime's `Intl.DisplayNames` gives them: what {@link allPlaces}
 * reads, and what the build compiles (scripts/compile-tables.ts) so that the published library need not ask `Intl`
 * for ≈ 1,100 names at its first comparison.
 */
export function regionNamesFromIntl(): RegionNames {
  const names = (locale: string): Intl.DisplayNames => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const en = names('en');
  const ar = names('ar');
  const fa = names('fa');
  const faAF = names('fa-AF');
  const row = (id: string): RegionNameRow => [id, en.of(id) ?? null, ar.of(id) ?? null, fa.of(id) ?? null, faAF.of(id) ?? null];
  return {
    countries: TWO_LETTER_REGIONS.split(' ')
      .filter((code) => isCountryCode(code, ar))
      .map(row),
    regions: REGION_CODES.map(row),
  };
}

/**
 * Reads a hand-list field into `b`: names separated by `|`, `old:` for a historical name, `aside:` for a historical name
 * that is also a word or a given name and `word:` for a current one (both read only against the place's own names),
 * `AF:` for a Dari form, `local:` for the name in the place's own language. A loop over the field rather than a chain
 * of array methods: the first look-up reads ≈ 3,000 rows, mostly before the engine has compiled this code.
 */
function addTagged(b: PlaceBuilder, field: string, language: 'ar' | 'fa', reason: string | undefined): void {
  let start = 0;
  while (start <= field.length) {
    let end = field.indexOf('|', start);
    if (end < 0) end = field.length;
    const f = field.slice(start, end).trim();
    start = end + 1;
    if (f.length === 0) continue;
    if (f.startsWith('old:'))
      b.add(reason ? { text: f.slice(4), language, form: 'historical', reason } : { text: f.slice(4), language, form: 'historical' });
    else if (f.startsWith('aside:'))
      b.add(
        reason
          ? { text: f.slice(6), language, form: 'historical', aside: true, reason }
          : { text: f.slice(6), language, form: 'historical', aside: true },
      );
    else if (f.startsWith('word:')) b.add({ text: f.slice(5), language, form: 'newsroom', aside: true });
    else if (f.startsWith('AF:')) b.add({ text: f.slice(3), language, form: 'dari' });
    else if (f.startsWith('local:')) b.add({ text: f.slice(6), language, form: 'local' });
    else b.add({ text: f, language, form: 'newsroom' });
  }
}

/** A place under construction: names in order, without repeating a spelling. */
class PlaceBuilder {
  readonly names: PlaceName[] = [];
  readonly latin: string[] = [];
  constructor(
    readonly id: string,
    readonly kind: PlaceKind,
    readonly en: string,
  ) {}
  add(name: PlaceName): void {
    const names = this.names;
    for (let i = 0; i < names.length; i++) {
      const n = elementAt(names, i);
      if (n.text === name.text && n.language === name.language) return;
    }
    names.push(name);
  }
  addLatin(name: string): void {
    if (name && !this.latin.includes(name)) this.latin.push(name);
  }
  build(): PlaceEntry {
    const ar: string[] = [];
    const fa: string[] = [];
    // A name set aside (a word or a given name too) is read only against the place's own names, never looked up.
    for (const n of this.names) if (!n.aside) (n.language === 'ar' ? ar : fa).push(n.text);
    return { id: this.id, kind: this.kind, en: this.en, ar, fa, names: this.names, latin: this.latin };
  }
}

/**
 * Every place the library knows, built on first use from `Intl.DisplayNames` (countries and world
 * regions in ar, fa and fa-AF, and their English names) and the hand-kept lists above and in geo-countries.ts,
 * geo-names.ts, geo-cities.ts, geo-towns.ts, geo-cities-east.ts, geo-cities-europe-americas.ts,
 * geo-cities-asia-africa.ts, geo-features.ts, geo-provinces.ts, geo-former.ts, geo-classical.ts, geo-renamed.ts, geo-other-names.ts,
 * geo-epithets.ts, geo-islands.ts, geo-towns-africa.ts, geo-districts.ts and geo-airports.ts.
 */
export function allPlaces(): readonly PlaceEntry[] {
  places ??= placesFrom(COMPILED_REGION_NAMES ?? regionNamesFromIntl());
  return places;
}

/** The places of {@link allPlaces}, with these names of countries and regions (compiled by the build, or from `Intl`). */
export function placesFrom(regions: RegionNames): readonly PlaceEntry[] {
  const builders: PlaceBuilder[] = [];
  const byId = new Map<string, PlaceBuilder>();
  const place = (id: string, kind: PlaceKind, english: string): PlaceBuilder => {
    let b = byId.get(id);
    if (!b) {
      b = new PlaceBuilder(id, kind, english);
      byId.set(id, b);
      builders.push(b);
    }
    return b;
  };
  const add = (kind: PlaceKind, [id, enName, arName, faName, faAFName]: RegionNameRow): void => {
    const b = place(id, kind, enName ?? id);
    for (const text of cldrForms(arName ?? '')) b.add({ text, language: 'ar', form: 'standard' });
    const iranian = cldrForms(faName ?? '');
    for (const text of iranian) b.add({ text, language: 'fa', form: 'standard' });
    for (const text of cldrForms(faAFName ?? '')) b.add({ text, language: 'fa', form: iranian.includes(text) ? 'standard' : 'dari' });
    for (const text of cldrForms(enName ?? '')) b.addLatin(text);
    const alias = COUNTRY_ALIASES[id];
    for (const text of words(alias?.ar)) b.add({ text, language: 'ar', form: 'newsroom' });
    for (const text of words(alias?.fa)) b.add({ text, language: 'fa', form: 'newsroom' });
  };
  for (const row of regions.countries) add('country', row);
  for (const row of regions.regions) add('region', row);
  for (const extra of EXTRA_REGIONS) {
    const b = place(extra.id, extra.kind, extra.en);
    b.addLatin(extra.en);
    for (const text of extra.ar) b.add({ text, language: 'ar', form: 'newsroom' });
    for (const text of extra.fa) b.add({ text, language: 'fa', form: 'newsroom' });
  }
  for (const [id, english, arabic, persian] of CITIES) {
    const b = place(id, 'city', english);
    b.addLatin(english);
    for (const text of words(arabic)) b.add({ text, language: 'ar', form: 'standard' });
    for (const text of words(persian)) b.add({ text, language: 'fa', form: 'standard' });
  }
  const lists = [
    COUNTRY_ROWS,
    GEO_ROWS,
    CITY_ROWS,
    TOWN_ROWS,
    EAST_CITY_ROWS,
    EUROPE_AMERICAS_CITY_ROWS,
    ASIA_AFRICA_CITY_ROWS,
    FEATURE_ROWS,
    PROVINCE_ROWS,
    FORMER_NAME_ROWS,
    CLASSICAL_NAME_ROWS,
    RENAMED_ROWS,
    OTHER_NAME_ROWS,
    EPITHET_ROWS,
    ISLAND_ROWS,
    AFRICA_TOWN_ROWS,
    DISTRICT_ROWS,
    airportRows(),
  ];
  // Indexed loops, not destructuring: each row is read once, mostly by the interpreter (see addTagged).
  for (const list of lists)
    for (let r = 0; r < list.length; r++) {
      const row = elementAt(list, r);
      const id = row[0];
      const latin = row[2].split('|');
      const english = elementAt(latin, 0);
      const b = place(id, row[1], english);
      for (let k = 0; k < latin.length; k++) b.addLatin(elementAt(latin, k));
      addTagged(b, row[3], 'ar', row[5]);
      addTagged(b, row[4], 'fa', row[5]);
    }
  return builders.map((b) => b.build());
}
