import { normalize } from '../text/normalize.js';
import { ARABIC_CLITICS, PhraseTable } from './phrases.js';

/** What a number counts or measures, when a unit word follows it. */
export type QuantityUnit =
  | 'percent'
  | 'km'
  | 'm'
  | 'cm'
  | 'mm'
  | 'mile'
  | 'yard'
  | 'ft'
  | 'inch'
  | 'km2'
  | 'm2'
  | 'sqmile'
  | 'hectare'
  | 'acre'
  | 'feddan'
  | 'litre'
  | 'gallon'
  | 'celsius'
  | 'fahrenheit'
  | 'tonne'
  | 'kg'
  | 'g'
  | 'lb'
  | 'person'
  | 'case'
  | 'times'
  | 'year'
  | 'month'
  | 'week'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'USD'
  | 'EUR'
  | 'RUB'
  | 'GBP'
  | 'rial'
  | 'toman'
  | 'AFN'
  | 'TJS';

/** How a word before a number bounds it: أكثر من ثمانية (more than eight), حدود ۲۰ (about 20). */
export type NumberQualifier = 'more-than' | 'less-than' | 'about' | 'at-least' | 'at-most';

type Language = 'ar' | 'fa';

// Each unit's words: the singular first (its dual is made from it, see DUALS), then the other forms.
const UNITS: Readonly<Record<Language, Readonly<Partial<Record<QuantityUnit, string>>>>> = {
  ar: {
    percent: 'في المئة|في المائة|بالمئة|بالمائة|%',
    km2: 'كيلومتر مربع|كيلومترا مربعا|كيلومترات مربعة|كم مربع|كم2',
    m2: 'متر مربع|مترا مربعا|أمتار مربعة|م2',
    sqmile: 'ميل مربع|ميلا مربعا|أميال مربعة',
    km: 'كيلومتر|كيلومترا|كيلومترات|كيلو متر|كلم|كم',
    m: 'متر|مترا|أمتار|مترات',
    cm: 'سنتيمتر|سنتيمترا|سنتيمترات|سنتمتر|سنتمترات|سم',
    mm: 'مليمتر|مليمترا|مليمترات|ملليمتر|ملليمترات|ملم|مم',
    mile: 'ميل|ميلا|أميال',
    yard: 'ياردة|ياردات',
    ft: 'قدم|قدما|أقدام',
    inch: 'بوصة|بوصات|إنش|إنشات|انش',
    hectare: 'هكتار|هكتارا|هكتارات',
    acre: 'إيكر|أكر|آكر',
    feddan: 'فدان|فدانا|أفدنة',
    litre: 'لتر|لترا|لترات|ليتر|ليترا|ليترات',
    gallon: 'غالون|غالونا|غالونات|جالون|جالونا|جالونات',
    celsius: 'درجة مئوية|درجات مئوية|درجة سيليزية|درجات سيليزية|درجة سلزيوس|درجة مئوية|°م|° م|°C|° C',
    fahrenheit: 'درجة فهرنهايت|درجات فهرنهايت|فهرنهايت|°ف|° ف|°F|° F',
    tonne: 'طن|طنا|أطنان',
    kg: 'كيلوغرام|كيلوغراما|كيلوغرامات|كيلوجرام|كيلوجراما|كغ|كلغ',
    g: 'غرام|غراما|غرامات|جرام|جراما',
    lb: 'رطل|رطلا|أرطال',
    person: 'شخص|شخصا|أشخاص',
    case: 'حالة|حالات',
    times: 'مرة|مرات',
    year: 'عام|عاما|أعوام|سنة|سنوات|سنين',
    month: 'شهر|شهرا|أشهر|شهور',
    week: 'أسبوع|أسبوعا|أسابيع',
    day: 'يوم|يوما|أيام',
    hour: 'ساعة|ساعات',
    minute: 'دقيقة|دقائق',
    second: 'ثانية|ثوان|ثواني',
    USD: 'دولار|دولارا|دولارات',
    EUR: 'يورو',
    RUB: 'روبل|روبلا|روبلات',
    GBP: 'جنيه إسترليني|جنيها إسترلينيا|جنيه استرليني|جنيها استرلينيا',
    rial: 'ريال|ريالا|ريالات',
    TJS: 'سوموني',
  },
  fa: {
    // With ی the number qualifies a noun (۵ درصدی, ۳۰ متری, ۲۹۰ کیلویی): the unit is the same.
    // فیصد is the Dari word.
    percent: 'درصد|در صد|درصدی|فیصد|فی صد|فیصدی|%',
    km2: 'کیلومتر مربع|کیلو متر مربع',
    m2: 'متر مربع|مترمربع',
    sqmile: 'مایل مربع',
    km: 'کیلومتر|کیلو متر|کیلومتری',
    m: 'متر|متری',
    cm: 'سانتیمتر|سانتی متر|سانتیمتری|سانتی',
    mm: 'میلیمتر|میلی متر|میلیمتری|ملیمتر|ملی متر',
    mile: 'مایل|مایلی',
    yard: 'یارد|یاردی',
    inch: 'اینچ|اینچی|انچ',
    hectare: 'هکتار|هکتاری',
    acre: 'ایکر|آکر|اکر',
    litre: 'لیتر|لیتری|لتر',
    gallon: 'گالن|گالون|گیلن',
    celsius: 'درجه سانتیگراد|درجه سانتی گراد|سانتیگراد|درجه سلسیوس|سلسیوس|°C|° C',
    fahrenheit: 'درجه فارنهایت|فارنهایت|°F|° F',
    // تن is also a counter for people (پنج تن از شهروندان): see GOODS_AFTER_TON.
    tonne: 'تن|تنی',
    kg: 'کیلوگرم|کیلو|کیلوگرمی|کیلویی',
    g: 'گرم',
    ft: 'فوت|فوتی',
    // With ه the number qualifies a noun (دو ساله, سه روزه, چهار نفره): the unit is the same.
    person: 'نفر|نفره',
    case: 'مورد',
    times: 'بار|مرتبه|دفعه',
    year: 'سال|ساله',
    month: 'ماه|ماهه',
    week: 'هفته|هفته‌ای',
    day: 'روز|روزه',
    hour: 'ساعت|ساعته',
    minute: 'دقیقه|دقیقه‌ای',
    second: 'ثانیه',
    // دالر is the Dari spelling.
    USD: 'دلار|دلاری|دالر|دالری',
    EUR: 'یورو',
    RUB: 'روبل',
    rial: 'ریال',
    toman: 'تومان',
    AFN: 'افغانی',
    TJS: 'سامانی|سومونی',
  },
};

const QUALIFIERS: Readonly<Record<Language, Readonly<Record<NumberQualifier, string>>>> = {
  ar: {
    'more-than': 'أكثر من|ما يزيد عن|ما يزيد على|يزيد عن|يزيد على|أزيد من|ما يربو على|يربو على|ما يفوق|يفوق',
    'less-than': 'أقل من|ما يقل عن|يقل عن|دون',
    about: 'نحو|حوالي|حوالى|قرابة|زهاء|ما يقارب|يقارب|ما يناهز|يناهز|ما يقرب من|تقريبا',
    'at-least': 'ما لا يقل عن|لا يقل عن',
    'at-most': 'ما لا يزيد عن|ما لا يزيد على|لا يزيد عن|لا يزيد على|ما يصل إلى',
  },
  fa: {
    'more-than': 'بیش از|بیشتر از|افزون بر|بالغ بر|بالاتر از',
    'less-than': 'کمتر از|کم‌تر از|زیر',
    about: 'حدود|حدودا|حدوداً|در حدود|نزدیک به|قریب به|تقریبا|تقریباً',
    'at-least': 'دست کم|دست‌کم|حداقل|دستکم',
    'at-most': 'حداکثر|حد اکثر',
  },
};

// Words that make the number after them vague: عشرات الآلاف, چند هزار, صدها میلیون.
const VAGUE: Readonly<Record<Language, string>> = {
  ar: 'عدة|بضعة|بضع|عشرات|مئات|آلاف|ألوف|ملايين|مليارات|بلايين',
  fa: 'چند|چندین|صدها|هزاران|دهها|ده‌ها|میلیون‌ها|میلیونها|میلیاردها|ملیون‌ها|ملیونها|ملیاردها|ده ها|صد ها|هزار ها|میلیون ها|ملیون ها|میلیارد ها',
};

/**
 * Arabic counts two with the dual of the noun alone (يومين "two days", حالتين "two cases", مترين "two
 * metres"): the singulars whose duals are read as the number 2 with that unit. Not طن: its dual is also
 * طنين, "a ringing".
 */
const ARABIC_DUAL_OF: Readonly<Partial<Record<QuantityUnit, string>>> = {
  km: 'كيلومتر',
  m: 'متر',
  cm: 'سنتيمتر',
  mm: 'مليمتر',
  mile: 'ميل',
  yard: 'ياردة',
  ft: 'قدم',
  inch: 'بوصة',
  hectare: 'هكتار',
  feddan: 'فدان',
  litre: 'لتر',
  gallon: 'غالون',
  kg: 'كيلوغرام',
  g: 'غرام',
  lb: 'رطل',
  person: 'شخص',
  case: 'حالة',
  times: 'مرة',
  year: 'عام|سنة',
  month: 'شهر',
  week: 'أسبوع',
  day: 'يوم',
  hour: 'ساعة',
  minute: 'دقيقة',
  second: 'ثانية',
  USD: 'دولار',
  rial: 'ريال',
};

/** The two duals (nominative -ان, oblique -ين) of an Arabic singular: ة becomes ت before the ending. */
export function arabicDuals(singular: string): string[] {
  const stem = singular.endsWith('ة') ? `${singular.slice(0, -1)}ت` : singular;
  return [`${stem}ان`, `${stem}ين`];
}

/** The role of a word around a number, or of a word that is a number itself (a dual). */
export type QuantityWord =
  | { readonly role: 'unit'; readonly unit: QuantityUnit }
  | { readonly role: 'qualifier'; readonly qualifier: NumberQualifier }
  | { readonly role: 'vague' }
  | { readonly role: 'dual'; readonly unit: QuantityUnit };

const tables = new Map<Language, PhraseTable<QuantityWord>>();

/** The unit words, qualifiers and vague quantifiers of a language. */
export function quantityWords(language: Language): PhraseTable<QuantityWord> {
  let table = tables.get(language);
  if (table) return table;
  table = new PhraseTable<QuantityWord>(language === 'ar' ? ARABIC_CLITICS : []);
  for (const [unit, words] of Object.entries(UNITS[language])) {
    for (const w of words.split('|')) table.add(w, { role: 'unit', unit: unit as QuantityUnit });
  }
  for (const [qualifier, words] of Object.entries(QUALIFIERS[language])) {
    for (const w of words.split('|')) table.add(w, { role: 'qualifier', qualifier: qualifier as NumberQualifier });
  }
  for (const w of VAGUE[language].split('|')) table.add(w, { role: 'vague' });
  if (language === 'ar') {
    for (const [unit, singulars] of Object.entries(ARABIC_DUAL_OF)) {
      for (const w of singulars.split('|'))
        for (const dual of arabicDuals(w)) table.add(dual, { role: 'dual', unit: unit as QuantityUnit });
    }
  }
  tables.set(language, table);
  return table;
}

/**
 * Words after تن that make it tonnes rather than a count of people: what is weighed (۲۰ تن گندم, یک میلیون
 * تن نفت). Persian news, and Dari news above all, counts people with تن (پنج تن از ساکنان, ۸۳۲ تن, ۲۰ میلیون
 * تن تماشا کردند): without a damma (تُن), the adjective تنی or one of these words, تن is people.
 */
export const GOODS_AFTER_TON: ReadonlySet<string> = new Set(
  [
    'گندم',
    'برنج',
    'آرد',
    'شکر',
    'غله',
    'غلات',
    'حبوبات',
    'گوشت',
    'میوه',
    'سبزیجات',
    'محصول',
    'محصولات',
    'نفت',
    'گاز',
    'بنزین',
    'گازوئیل',
    'دیزل',
    'سوخت',
    'زغال',
    'ذغال',
    'فولاد',
    'آهن',
    'مس',
    'آلومینیوم',
    'طلا',
    'نقره',
    'اورانیوم',
    'سیمان',
    'سنگ',
    'شن',
    'خاک',
    'کود',
    'مواد',
    'کالا',
    'کالای',
    'بار',
    'محموله',
    'زباله',
    'پسماند',
    'یخ',
    'آب',
    'ماهی',
    'مرغ',
    'چای',
    'پنبه',
    'کاغذ',
    'پلاستیک',
    'مهمات',
    'تجهیزات',
    'کمک',
    'کمکهای',
    'اقلام',
    'دارو',
    'بذر',
    'تریاک',
    'هروئین',
    'مخدر',
    'وزن',
    'ظرفیت',
  ].map((w) => normalize(w).text),
);

/** What a unit measures; units of one dimension convert into each other. */
export type Dimension = 'length' | 'area' | 'volume' | 'mass' | 'temperature' | 'duration' | 'count' | 'percent' | 'currency';

/**
 * Each unit's dimension and its size in the dimension's base unit (metre, square metre, litre, kilogram,
 * day; degrees Celsius for temperature, where Fahrenheit is also shifted). Several sizes where usage has
 * several (the US and the imperial gallon). Counts (people, cases, times) and currencies do not convert.
 */
export const UNIT_MEASURE: Readonly<Record<QuantityUnit, { readonly dimension: Dimension; readonly sizes?: readonly number[] }>> = {
  percent: { dimension: 'percent' },
  km: { dimension: 'length', sizes: [1000] },
  m: { dimension: 'length', sizes: [1] },
  cm: { dimension: 'length', sizes: [0.01] },
  mm: { dimension: 'length', sizes: [0.001] },
  mile: { dimension: 'length', sizes: [1609.344] },
  yard: { dimension: 'length', sizes: [0.9144] },
  ft: { dimension: 'length', sizes: [0.3048] },
  inch: { dimension: 'length', sizes: [0.0254] },
  km2: { dimension: 'area', sizes: [1e6] },
  m2: { dimension: 'area', sizes: [1] },
  sqmile: { dimension: 'area', sizes: [2589988.110336] },
  hectare: { dimension: 'area', sizes: [1e4] },
  acre: { dimension: 'area', sizes: [4046.8564224] },
  // The Egyptian feddan, which Arabic translations also give for the acre (1 feddan ≈ 1.04 acres).
  feddan: { dimension: 'area', sizes: [4200.83] },
  litre: { dimension: 'volume', sizes: [1] },
  gallon: { dimension: 'volume', sizes: [3.785411784, 4.54609] },
  celsius: { dimension: 'temperature', sizes: [1] },
  fahrenheit: { dimension: 'temperature', sizes: [5 / 9] },
  tonne: { dimension: 'mass', sizes: [1000] },
  kg: { dimension: 'mass', sizes: [1] },
  g: { dimension: 'mass', sizes: [0.001] },
  lb: { dimension: 'mass', sizes: [0.45359237] },
  person: { dimension: 'count' },
  case: { dimension: 'count' },
  times: { dimension: 'count' },
  year: { dimension: 'duration', sizes: [365.25] },
  month: { dimension: 'duration', sizes: [30.44] },
  week: { dimension: 'duration', sizes: [7] },
  day: { dimension: 'duration', sizes: [1] },
  hour: { dimension: 'duration', sizes: [1 / 24] },
  minute: { dimension: 'duration', sizes: [1 / 1440] },
  second: { dimension: 'duration', sizes: [1 / 86400] },
  USD: { dimension: 'currency' },
  EUR: { dimension: 'currency' },
  RUB: { dimension: 'currency' },
  GBP: { dimension: 'currency' },
  rial: { dimension: 'currency' },
  toman: { dimension: 'currency' },
  AFN: { dimension: 'currency' },
  TJS: { dimension: 'currency' },
};

/** Degrees Fahrenheit start 32 below the Celsius zero: the offset of a unit's zero, in its own degrees. */
export const UNIT_ZERO: Readonly<Partial<Record<QuantityUnit, number>>> = { fahrenheit: 32 };
