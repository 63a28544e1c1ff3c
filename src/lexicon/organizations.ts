/**
 * Organisations that news in Arabic and Persian names often, with their names in each language and their
 * Latin acronyms. Organisation names are translations, not transliterations (الأمم المتحدة / سازمان ملل
 * متحد), so no letter model can match them: they are conventions, kept here by hand. UN and EU come from
 * `Intl.DisplayNames` with the places.
 */

/** An organisation with its Arabic and Persian names. */
export interface OrganizationEntry {
  /** A stable id: the usual English acronym or short name (`CSTO`, `Reuters`). */
  readonly id: string;
  /** The English name, for reports. */
  readonly en: string;
  /** Latin acronyms written next to the name in either language (CSTO, ODKB). */
  readonly acronyms: readonly string[];
  readonly ar: readonly string[];
  readonly fa: readonly string[];
  /**
   * The body this one belongs to, when its names say so (مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية is the UN's):
   * a text that names it so names its parent too, and findNames reports the parent there.
   */
  readonly partOf?: string;
}

import { elementAt } from '../contract/element-at.js';
import { WORLD_ORGANIZATION_ROWS } from './organizations-world.js';
import { UN_SYSTEM_ROWS } from './organizations-un.js';
import { HEALTH_ORGANIZATION_ROWS } from './organizations-health.js';
import { REGIONAL_ORGANIZATION_ROWS } from './organizations-regional.js';
import { CIVIL_ORGANIZATION_ROWS } from './organizations-civil.js';
import { MEDIA_ORGANIZATION_ROWS } from './organizations-media.js';
import { IRAN_ORGANIZATION_ROWS } from './organizations-iran.js';
import { AFGHANISTAN_ORGANIZATION_ROWS } from './organizations-afghanistan.js';
import { STATE_ORGANIZATION_ROWS } from './organizations-states.js';
import { ARAB_STATE_ORGANIZATION_ROWS } from './organizations-arab.js';
import { GROUP_ORGANIZATION_ROWS } from './organizations-groups.js';
import { companyRows } from './organizations-companies.js';

type Row = readonly [id: string, en: string, acronyms: string, ar: string, fa: string];

// Names within a language are separated by |. A name that is also an ordinary word (الجزيرة, القاعدة, سپاه,
// خاور, مهر) is kept only in its longer form (قناة الجزيرة, تنظيم القاعدة), so that the word alone is not taken for it.
const ROWS: readonly Row[] = [
  ['UN', 'United Nations', 'UN', 'الأمم المتحدة|منظمة الأمم المتحدة|هيئة الأمم المتحدة', 'سازمان ملل متحد|سازمان ملل|ملل متحد'],
  [
    'UNSC',
    'UN Security Council',
    'UNSC',
    'مجلس الأمن الدولي|مجلس الأمن التابع للأمم المتحدة',
    'شورای امنیت سازمان ملل|شورای امنیت سازمان ملل متحد',
  ],
  ['UNGA', 'UN General Assembly', 'UNGA', 'الجمعية العامة للأمم المتحدة', 'مجمع عمومی سازمان ملل|مجمع عمومی سازمان ملل متحد'],
  ['EU', 'European Union', 'EU', 'الاتحاد الأوروبي', 'اتحادیه اروپا'],
  [
    'NATO',
    'NATO',
    'NATO|OTAN',
    'حلف شمال الأطلسي|حلف الناتو|الناتو|حلف شمال الأطلنطي',
    'ناتو|پیمان آتلانتیک شمالی|سازمان پیمان آتلانتیک شمالی',
  ],
  [
    'CSTO',
    'Collective Security Treaty Organization',
    'CSTO|ODKB|ОДКБ',
    'منظمة معاهدة الأمن الجماعي|معاهدة الأمن الجماعي',
    'سازمان پیمان امنیت جمعی|پیمان امنیت جمعی',
  ],
  ['SCO', 'Shanghai Cooperation Organisation', 'SCO', 'منظمة شنغهاي للتعاون|منظمة شانغهاي للتعاون', 'سازمان همکاری شانگهای|سازمان شانگهای'],
  [
    'CIS',
    'Commonwealth of Independent States',
    'CIS|SNG|СНГ',
    'رابطة الدول المستقلة|كومنولث الدول المستقلة',
    'کشورهای مستقل مشترک‌المنافع|جامعه کشورهای مستقل مشترک‌المنافع|کشورهای مشترک‌المنافع',
  ],
  ['EAEU', 'Eurasian Economic Union', 'EAEU|EEU', 'الاتحاد الاقتصادي الأوراسي', 'اتحادیه اقتصادی اوراسیا'],
  ['BRICS', 'BRICS', 'BRICS', 'بريكس|مجموعة بريكس', 'بریکس|گروه بریکس'],
  ['OPEC', 'OPEC', 'OPEC', 'أوبك|منظمة الدول المصدرة للبترول|منظمة الدول المصدرة للنفط', 'اوپک|سازمان کشورهای صادرکننده نفت'],
  ['OIC', 'Organisation of Islamic Cooperation', 'OIC', 'منظمة التعاون الإسلامي', 'سازمان همکاری اسلامی'],
  ['ArabLeague', 'Arab League', '', 'جامعة الدول العربية|الجامعة العربية', 'اتحادیه عرب|جامعه عرب'],
  ['GCC', 'Gulf Cooperation Council', 'GCC', 'مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية', 'شورای همکاری خلیج فارس'],
  ['AfricanUnion', 'African Union', 'AU', 'الاتحاد الأفريقي|الاتحاد الإفريقي', 'اتحادیه آفریقا|اتحادیه افریقا'],
  ['ASEAN', 'ASEAN', 'ASEAN', 'آسيان|رابطة دول جنوب شرق آسيا', 'آسه‌آن|اتحادیه کشورهای جنوب شرق آسیا'],
  ['ECO', 'Economic Cooperation Organization', 'ECO', 'منظمة التعاون الاقتصادي', 'سازمان همکاری اقتصادی'],
  ['OSCE', 'OSCE', 'OSCE', 'منظمة الأمن والتعاون في أوروبا', 'سازمان امنیت و همکاری اروپا'],
  ['IAEA', 'International Atomic Energy Agency', 'IAEA', 'الوكالة الدولية للطاقة الذرية', 'آژانس بین‌المللی انرژی اتمی|آژانس انرژی اتمی'],
  ['IMF', 'International Monetary Fund', 'IMF', 'صندوق النقد الدولي', 'صندوق بین‌المللی پول'],
  ['WorldBank', 'World Bank', 'WB', 'البنك الدولي', 'بانک جهانی'],
  ['WHO', 'World Health Organization', 'WHO', 'منظمة الصحة العالمية', 'سازمان جهانی بهداشت'],
  ['UNICEF', 'UNICEF', 'UNICEF', 'اليونيسف|منظمة الأمم المتحدة للطفولة', 'یونیسف|صندوق کودکان سازمان ملل'],
  [
    'UNHCR',
    'UNHCR',
    'UNHCR',
    'المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين',
    'کمیساریای عالی پناهندگان سازمان ملل|کمیساریای عالی سازمان ملل در امور پناهندگان',
  ],
  ['ICC', 'International Criminal Court', 'ICC', 'المحكمة الجنائية الدولية', 'دیوان کیفری بین‌المللی'],
  ['ICJ', 'International Court of Justice', 'ICJ', 'محكمة العدل الدولية', 'دیوان بین‌المللی دادگستری'],
  [
    'ICRC',
    'International Committee of the Red Cross',
    'ICRC',
    'اللجنة الدولية للصليب الأحمر|الصليب الأحمر الدولي',
    'کمیته بین‌المللی صلیب سرخ|صلیب سرخ جهانی|صلیب سرخ بین‌المللی',
  ],
  ['WTO', 'World Trade Organization', 'WTO', 'منظمة التجارة العالمية', 'سازمان تجارت جهانی'],
  [
    'G7',
    'Group of Seven',
    'G7',
    'مجموعة السبع|مجموعة الدول السبع|مجموعة السبع الكبرى|مجموعة الـ7|مجموعة 7',
    'گروه هفت|گروه ۷|گروه جی ۷|گروه جی‌هفت',
  ],
  ['G20', 'Group of Twenty', 'G20', 'مجموعة العشرين|مجموعة الـ20|مجموعة 20', 'گروه بیست|گروه ۲۰|گروه جی ۲۰|گروه جی‌بیست'],
  ['Taliban', 'Taliban', '', 'طالبان|حركة طالبان', 'طالبان|گروه طالبان'],
  [
    'ISIS',
    'Islamic State',
    'ISIS|ISIL|DAESH',
    'داعش|تنظيم داعش|تنظيم الدولة الإسلامية|الدولة الإسلامية|تنظيم الدولة',
    'داعش|گروه داعش|دولت اسلامی|دولت اسلامی عراق و شام',
  ],
  ['ISKP', 'Islamic State Khorasan', 'ISKP|ISIS-K', 'ولاية خراسان|داعش خراسان', 'داعش خراسان|شاخه خراسان داعش'],
  ['AlQaeda', 'al-Qaeda', '', 'تنظيم القاعدة', 'القاعده|گروه القاعده'],
  ['Hezbollah', 'Hezbollah', '', 'حزب الله', 'حزب‌الله'],
  // Hamas is the acronym of its full name, which both languages also write.
  ['Hamas', 'Hamas', '', 'حماس|حركة حماس|حركة المقاومة الإسلامية', 'حماس|جنبش حماس|جنبش مقاومت اسلامی'],
  [
    'PalestinianAuthority',
    'Palestinian Authority',
    '',
    'السلطة الفلسطينية|السلطة الوطنية الفلسطينية',
    'تشکیلات خودگردان فلسطین|تشکیلات خودگردان|دولت خودگردان فلسطین',
  ],
  ['Houthis', 'Ansar Allah (Houthis)', '', 'الحوثيون|جماعة الحوثي|أنصار الله', 'حوثی‌ها|انصارالله|جنبش انصارالله'],
  [
    'IRGC',
    'Islamic Revolutionary Guard Corps',
    'IRGC',
    'الحرس الثوري|الحرس الثوري الإيراني|حرس الثورة الإسلامية',
    'سپاه پاسداران|سپاه پاسداران انقلاب اسلامی',
  ],
  ['Mossad', 'Mossad', '', 'الموساد', 'موساد'],
  ['Pentagon', 'Pentagon', '', 'البنتاغون|البنتاجون', 'پنتاگون'],
  ['Kremlin', 'Kremlin', '', 'الكرملين', 'کرملین'],
  ['WhiteHouse', 'White House', '', 'البيت الأبيض', 'کاخ سفید'],
  [
    'CIA',
    'CIA',
    'CIA',
    'وكالة المخابرات المركزية الأمريكية|وكالة الاستخبارات المركزية',
    'سازمان سیا|سیا|سازمان اطلاعات مرکزی آمریکا|آژانس اطلاعات مرکزی آمریکا',
  ],
  ['FSB', 'Federal Security Service', 'FSB', 'جهاز الأمن الفيدرالي الروسي|هيئة الأمن الفيدرالية', 'سرویس امنیت فدرال روسیه'],
  ['TASS', 'TASS', 'TASS', 'تاس|وكالة تاس', 'تاس|خبرگزاری تاس'],
  ['RIA', 'RIA Novosti', 'RIA', 'ريا نوفوستي|نوفوستي', 'ریانووستی|ریا نووستی'],
  ['Interfax', 'Interfax', '', 'إنترفاكس', 'اینترفاکس'],
  ['Sputnik', 'Sputnik', '', 'سبوتنيك', 'اسپوتنیک'],
  ['Reuters', 'Reuters', '', 'رويترز', 'رویترز'],
  ['AFP', 'Agence France-Presse', 'AFP', 'وكالة الصحافة الفرنسية|فرانس برس|وكالة الأنباء الفرنسية', 'خبرگزاری فرانسه|فرانس‌پرس'],
  ['AP', 'Associated Press', 'AP', 'أسوشيتد برس|أسوشييتد برس', 'آسوشیتدپرس|آسوشیتد پرس'],
  ['Xinhua', 'Xinhua', '', 'شينخوا|شينخوا الصينية', 'شین‌هوا|خبرگزاری شین‌هوا'],
  ['IRNA', 'IRNA', 'IRNA', 'إرنا|وكالة الأنباء الإيرانية الرسمية', 'ایرنا|خبرگزاری جمهوری اسلامی'],
  // ISNA and ILNA are their Persian names' acronyms read as words: the students' and the workers' news agency.
  ['ISNA', 'ISNA', 'ISNA', 'إيسنا|وكالة أنباء الطلبة الإيرانية', 'ایسنا|خبرگزاری دانشجویان ایران'],
  ['ILNA', 'ILNA', 'ILNA', 'إيلنا|وكالة أنباء العمل الإيرانية', 'ایلنا|خبرگزاری کار ایران'],
  // IQNA likewise: the international Quran news agency.
  ['IQNA', 'IQNA', 'IQNA', 'إكنا|وكالة الأنباء القرآنية الدولية', 'ایکنا|خبرگزاری بین‌المللی قرآن'],
  ['Tasnim', 'Tasnim', '', 'تسنيم', 'تسنیم'],
  ['Fars', 'Fars News Agency', '', 'وكالة فارس|فارس للأنباء', 'خبرگزاری فارس|فارس نیوز'],
  ['Mehr', 'Mehr News Agency', '', 'وكالة مهر|مهر للأنباء', 'خبرگزاری مهر'],
  ['BBC', 'BBC', 'BBC', 'بي بي سي|هيئة الإذاعة البريطانية', 'بی‌بی‌سی'],
  ['AlJazeera', 'Al Jazeera', '', 'قناة الجزيرة', 'شبکه الجزیره'],
  ['TOLOnews', 'TOLOnews', '', 'طلوع نيوز', 'طلوع نیوز|طلوع‌نیوز'],
  ['Khovar', 'Khovar', '', 'وكالة خاور', 'خبرگزاری خاور'],
  ['Kabar', 'Kabar', '', 'وكالة كابار', 'خبرگزاری کابار'],
];

let organizations: readonly OrganizationEntry[] | undefined;

// A body of the United Nations system whose names carry the UN's own (برنامج الأمم المتحدة الإنمائي).
const UN_BODY = /الأمم المتحدة|سازمان ملل|ملل متحد/u;

/**
 * The hand lists of bodies kept beside the rows above, each row with its reason: one file a purpose (the UN system and
 * courts, regional bodies and banks, non-governmental bodies, media, the state bodies of Iran, of Afghanistan, of the Arab
 * states, of other states, parties and armed groups with companies, and the companies, banks and universities known
 * by a brand or an acronym).
 */
// Joined at first use: a spread at the top of the module is code a bundler keeps, and with it every list.
const worldRows = (): readonly (typeof WORLD_ORGANIZATION_ROWS)[number][] => [
  ...WORLD_ORGANIZATION_ROWS,
  ...UN_SYSTEM_ROWS,
  ...HEALTH_ORGANIZATION_ROWS,
  ...REGIONAL_ORGANIZATION_ROWS,
  ...CIVIL_ORGANIZATION_ROWS,
  ...MEDIA_ORGANIZATION_ROWS,
  ...IRAN_ORGANIZATION_ROWS,
  ...AFGHANISTAN_ORGANIZATION_ROWS,
  ...STATE_ORGANIZATION_ROWS,
  ...ARAB_STATE_ORGANIZATION_ROWS,
  ...GROUP_ORGANIZATION_ROWS,
  ...companyRows(),
];

/** Every organisation the library knows: the rows above and those of the hand lists beside this file. */
export function allOrganizations(): readonly OrganizationEntry[] {
  // Read once: the rows are split and tested against UN_BODY at the first call only.
  if (organizations) return organizations;
  // Indexed loops over the rows, not destructuring and spreads: read once, mostly before the engine compiles this code.
  const out: OrganizationEntry[] = [];
  const read = (rows: readonly (readonly [string, string, string, string, string, ...unknown[]])[], world: boolean): void => {
    for (let r = 0; r < rows.length; r++) {
      const row = elementAt(rows, r);
      const acronyms = row[2];
      const o: OrganizationEntry = {
        id: row[0],
        en: row[1],
        acronyms: acronyms ? acronyms.split('|') : [],
        ar: row[3].split('|'),
        fa: row[4].split('|'),
      };
      out.push(world && (UN_BODY.test(row[3]) || UN_BODY.test(row[4])) ? { ...o, partOf: 'UN' } : o);
    }
  };
  read(ROWS, false);
  read(worldRows(), true);
  organizations = out;
  return organizations;
}
