import { normalize } from '../text/normalize.js';
import { ARABIC_CLITICS, PhraseTable } from './phrases.js';

/** What a number counts or measures, when a unit word follows it. */
export type QuantityUnit =
  | 'percent'
  | 'km'
  | 'm'
  | 'mile'
  | 'tonne'
  | 'kg'
  | 'g'
  | 'lb'
  | 'ft'
  | 'person'
  | 'year'
  | 'month'
  | 'week'
  | 'day'
  | 'hour'
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

const UNITS: Readonly<Record<Language, Readonly<Partial<Record<QuantityUnit, string>>>>> = {
  ar: {
    percent: 'في المئة|في المائة|بالمئة|بالمائة|%',
    km: 'كيلومتر|كيلومترا|كيلومترات|كيلو متر|كلم|كم',
    m: 'متر|مترا|أمتار|مترات',
    mile: 'ميل|ميلا|أميال',
    tonne: 'طن|طنا|أطنان',
    kg: 'كيلوغرام|كيلوغراما|كيلوغرامات|كيلوجرام|كيلوجراما|كغ|كلغ',
    g: 'غرام|غراما|غرامات|جرام|جراما',
    lb: 'رطل|رطلا|أرطال',
    ft: 'قدم|قدما|أقدام',
    person: 'شخص|شخصا|أشخاص',
    year: 'عام|عاما|أعوام|سنة|سنوات|سنين',
    month: 'شهر|شهرا|أشهر|شهور',
    week: 'أسبوع|أسبوعا|أسابيع',
    day: 'يوم|يوما|أيام',
    hour: 'ساعة|ساعات',
    USD: 'دولار|دولارا|دولارات',
    EUR: 'يورو',
    RUB: 'روبل|روبلا|روبلات',
    GBP: 'جنيه إسترليني|جنيها إسترلينيا|جنيه استرليني|جنيها استرلينيا',
    rial: 'ريال|ريالا|ريالات',
    TJS: 'سوموني',
  },
  fa: {
    // With ی the number qualifies a noun (۵ درصدی, ۳۰ متری, ۲۹۰ کیلویی): the unit is the same.
    percent: 'درصد|در صد|درصدی|%',
    km: 'کیلومتر|کیلو متر|کیلومتری',
    m: 'متر|متری',
    mile: 'مایل',
    // تن is also a counter for people (پنج تن از شهروندان): see GOODS_AFTER_TON.
    tonne: 'تن|تنی',
    kg: 'کیلوگرم|کیلو|کیلوگرمی|کیلویی',
    g: 'گرم',
    ft: 'فوت',
    person: 'نفر',
    year: 'سال',
    month: 'ماه',
    week: 'هفته',
    day: 'روز',
    hour: 'ساعت',
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
  ar: 'عدة|بضعة|بضع|عشرات|مئات|آلاف|ألوف|ملايين|مليارات',
  fa: 'چند|چندین|صدها|هزاران|دهها|ده‌ها|میلیون‌ها|میلیونها|میلیاردها|ده ها|صد ها',
};

/** The role of a word around a number. */
export type QuantityWord =
  | { readonly role: 'unit'; readonly unit: QuantityUnit }
  | { readonly role: 'qualifier'; readonly qualifier: NumberQualifier }
  | { readonly role: 'vague' };

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
    'گندم', 'برنج', 'آرد', 'شکر', 'غله', 'غلات', 'حبوبات', 'گوشت', 'میوه', 'سبزیجات', 'محصول', 'محصولات',
    'نفت', 'گاز', 'بنزین', 'گازوئیل', 'دیزل', 'سوخت', 'زغال', 'ذغال', 'فولاد', 'آهن', 'مس', 'آلومینیوم',
    'طلا', 'نقره', 'اورانیوم', 'سیمان', 'سنگ', 'شن', 'خاک', 'کود', 'مواد', 'کالا', 'کالای', 'بار', 'محموله',
    'زباله', 'پسماند', 'یخ', 'آب', 'ماهی', 'مرغ', 'چای', 'پنبه', 'کاغذ', 'پلاستیک', 'مهمات', 'تجهیزات', 'کمک',
    'کمکهای', 'اقلام', 'دارو', 'بذر', 'تریاک', 'هروئین', 'مخدر', 'وزن', 'ظرفیت',
  ].map((w) => normalize(w).text),
);
