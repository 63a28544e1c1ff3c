/**
 * Generic heads of names: the word that says what a name names (river, sea, strait, province, movement,
 * agency, university …). Arabic and Persian translate the head and transliterate the rest (نهر كارون /
 * رود کارون, وكالة تسنيم / خبرگزاری تسنیم), and either may leave the head out (تسنيم). Written for the
 * project; Persian forms include the ezafe (دریای) and Dari choices (ولایت for a province, تحریک for a
 * movement, from Pashto and Urdu).
 */

/**
 * What a head says a name is. `feature`: a feature of nature, whose name without the head is often a
 * country's or a city's (بحر اليابان is not اليابان); `admin`: a province or a city, which a text may name
 * without its head; `institution`: a body named after something (جامعة طهران is not طهران).
 */
export type HeadRole = 'feature' | 'admin' | 'institution';

export interface NameHead {
  /** What the head names, in English (`river`, `province`). */
  readonly kind: string;
  /** Heads of one family may stand for each other (a movement is often called a group: حركة / گروه). */
  readonly family: string;
  readonly role: HeadRole;
  /** Arabic forms, without the article (it is taken off before lookup). */
  readonly ar: readonly string[];
  /** Persian forms, with and without the ezafe. */
  readonly fa: readonly string[];
}

type Row = readonly [kind: string, family: string, role: HeadRole, ar: string, fa: string];

const ROWS: readonly Row[] = [
  ['news agency', 'agency', 'institution', 'وكالة|وكالة أنباء|وكالة الأنباء|وكالة الصحافة', 'خبرگزاری|آژانس|آژانس خبری|آژانس خبررسانی'],
  // An airline is named by its head and its name (طيران ماهان / هواپیمایی ماهان, Mahan Air).
  ['airline', 'airline', 'institution', 'طيران|خطوط جوية', 'هواپیمایی|خطوط هوایی|شرکت هواپیمایی|شرکت هوایی'],
  // Dari and Tajik call a river دریا (دریای کابل, آمودریا), the word for a sea in Iran: it heads both families.
  ['river', 'river', 'feature', 'نهر', 'رود|رودخانه|رودخانهٔ|رودبار|دریای|دریا'],
  // Dari calls a sea بحیره (بحیره مدیترانه) and Persian an ocean بحر as often as اقیانوس (بحر آرام, بحر هند), words
  // that in Arabic name a lake and a sea: each heads the other family too, read in the family the names share.
  ['sea', 'sea', 'feature', 'بحر', 'دریای|دریا|بحیره|بحیرهٔ'],
  ['ocean', 'ocean', 'feature', 'محيط', 'اقیانوس|بحر'],
  ['lake', 'lake', 'feature', 'بحيرة', 'دریاچه|دریاچهٔ'],
  ['strait', 'strait', 'feature', 'مضيق', 'تنگه|تنگهٔ'],
  ['canal', 'canal', 'feature', 'قناة', 'کانال'],
  ['gulf', 'gulf', 'feature', 'خليج', 'خلیج'],
  ['mountain', 'mountain', 'feature', 'جبل|جبال|سلسلة جبال', 'کوه|کوه‌های|کوههای|رشته‌کوه|رشته کوه|رشته‌کوه‌های|رشته‌کوههای|قله|قلهٔ'],
  // Persian بیابان, a desert, beside the Arabic loan صحرا (بیابان گبی, صحرای گبی).
  ['desert', 'desert', 'feature', 'صحراء', 'صحرای|صحرا|کویر|بیابان|بیابان‌های'],
  ['plateau', 'plateau', 'feature', 'هضبة', 'فلات'],
  // A volcano is a mountain: named with either head (Mount Etna / بركان إتنا).
  ['volcano', 'mountain', 'feature', 'بركان', 'آتشفشان|کوه آتشفشان|کوه آتشفشانی'],
  // A mountain pass or corridor (ممر واخان / دهلیز واخان), named after the land it crosses.
  ['corridor', 'corridor', 'feature', 'ممر|ممر جبلي', 'دهلیز|دالان|گذرگاه'],
  ['island', 'island', 'feature', 'جزيرة|جزر', 'جزیره|جزیرهٔ|جزایر'],
  ['province', 'province', 'admin', 'محافظة|ولاية|إقليم|مقاطعة', 'استان|ولایت|ایالت'],
  // An emirate is a province of the UAE, named like its town (إمارة الشارقة / مدينة الشارقة: two places).
  ['emirate', 'province', 'admin', 'إمارة', 'امیرنشین|امارت'],
  ['city', 'city', 'admin', 'مدينة|بلدة', 'شهر'],
  // The units a town gives its name to, below a province or beside it: a district (an Iraqi or Syrian قضاء or
  // ناحية, a Yemeni or Afghan مديرية / ولسوالی, an Iranian county شهرستان, its بخش and دهستان) and a region (a Saudi or Syrian
  // منطقة). With both heads written, a town and its district are two places (مدينة سنجار / قضاء سنجار).
  ['district', 'district', 'admin', 'قضاء|ناحية|مديرية|ولسوالية', 'شهرستان|ولسوالی|قضا|بخش|دهستان'],
  ['region', 'region', 'admin', 'منطقة', 'منطقه|منطقهٔ'],
  ['group', 'group', 'institution', 'جماعة|مجموعة|تنظيم', 'گروه|گروهک'],
  ['movement', 'group', 'institution', 'حركة', 'جنبش|تحریک|نهضت'],
  ['front', 'group', 'institution', 'جبهة', 'جبهه|جبههٔ'],
  ['party', 'party', 'institution', 'حزب', 'حزب'],
  // A corps (فيلق) is a force: Arabic names one unit either way (فيلق بدر / قوات بدر).
  ['force', 'force', 'institution', 'قوات|قوة|فيلق', 'نیروهای|نیروی|نیرو'],
  // An army: Iran says ارتش, Dari اردو (from Turkic, "the host"): ارتش ملی افغانستان / اردوی ملی افغانستان. Not the
  // Arabic جيش, which opens the names of armed groups (جيش العدل, جيش الإسلام) that Persian heads with گروه.
  ['army', 'army', 'institution', '', 'ارتش|اردوی|اردو'],
  ['council', 'council', 'institution', 'مجلس', 'مجلس|شورای|شورا'],
  ['ministry', 'ministry', 'institution', 'وزارة', 'وزارت|وزارتخانه|وزارتخانهٔ'],
  // A court, which news names without its head once known (الجنائية الدولية for المحكمة الجنائية الدولية). Not the
  // Persian دیوان, which is also a poet's collected poems (دیوان حافظ is not حافظ).
  ['court', 'court', 'institution', 'محكمة', 'دادگاه'],
  // Dari says پوهنتون (from Pashto) for a university, where Iran says دانشگاه (پوهنتون کابل / دانشگاه کابل).
  ['university', 'university', 'institution', 'جامعة', 'دانشگاه|دانشگاه‌|پوهنتون'],
  // Persian names a university of technology دانشگاه صنعتی, and often just دانشگاه (دانشگاه شریف): one family.
  ['university of technology', 'university', 'institution', 'الجامعة التكنولوجية|جامعة التكنولوجيا', 'دانشگاه صنعتی'],
  // A university of medical sciences (Iran has one in every province, apart from the university of the same town or
  // person: دانشگاه علوم پزشکی تهران is not دانشگاه تهران) and a university of science and technology (جامعة العلوم
  // والتكنولوجيا الأردنية is not الجامعة الأردنية; دانشگاه علم و صنعت ایران): bodies of their own, never shortened.
  ['university of medical sciences', 'university', 'institution', 'جامعة العلوم الطبية', 'دانشگاه علوم پزشکی'],
  ['university of science and technology', 'university', 'institution', 'جامعة العلوم والتكنولوجيا', 'دانشگاه علم و صنعت'],
  // Persian borrows the French institut (انستیتو پاستور) or translates it.
  // A research institute: Persian پژوهشگاه, پژوهشکده (سازمان فضایی ایران and پژوهشگاه فضایی ایران are two bodies).
  ['institute', 'institute', 'institution', 'معهد', 'انستیتو|انستیتوی|مؤسسه|موسسه|مؤسسهٔ|موسسهٔ|پژوهشگاه|پژوهشکده'],
  // Banks, newspapers and mosques are named after what they serve or after a place or person (بانک صادرات, روزنامه
  // اطلاعات, الجامع الأزهر): the head says which kind of body the name is, and a body of another kind is another.
  ['bank', 'bank', 'institution', 'بنك|مصرف', 'بانک'],
  ['newspaper', 'newspaper', 'institution', 'صحيفة|جريدة', 'روزنامه|روزنامهٔ'],
  ['mosque', 'mosque', 'institution', 'مسجد|جامع', 'مسجد'],
  // A sports club and a company are named with the word or without it (نادي السد / السد, شركة أرامكو / أرامكو),
  // often with their country's adjective after the name (نادي السد القطري).
  ['club', 'club', 'institution', 'نادي', 'باشگاه'],
  // Ports, airports, stadiums and hospitals are named after a town or a person (ميناء صحار, مطار الملك خالد, ملعب
  // آزادی): the head is translated (Persian بندر for a port, Dari میدان هوایی and شفاخانه), and a port, an airport or
  // a university of one name are three things. Left out: Persian استاد, which is also the word for professor.
  ['port', 'port', 'institution', 'ميناء|مرفأ', 'بندر|بندرگاه|بندرگاه‌'],
  ['airport', 'airport', 'institution', 'مطار', 'فرودگاه|فرودگاه بین‌المللی|میدان هوایی'],
  // Camps, military bases, border crossings, prisons, dams and nuclear sites are named after the place they stand in
  // or by (مخيم جباليا in جباليا, قاعدة عين الأسد, معبر رفح, سجن إيفين, سد الكرخة, منشأة نطنز): the head is translated
  // (اردوگاه, پایگاه, گذرگاه, زندان, سد or بند, تأسیسات) and the camp, the base or the crossing is not the town. Dari
  // calls a border crossing بندر (بندر تورخم), the word for a port in Iran: it heads both families. A reactor and a
  // nuclear facility of one town are one site, which news names either way (مفاعل بوشهر / نیروگاه اتمی بوشهر). Left
  // out: Arabic قاعدة alone, the word for a rule and the name of al-Qaeda (القاعدة في جزيرة العرب), Arabic محطة and
  // Persian سایت alone (any station, a website) and Persian مرکز, a centre of anything.
  ['camp', 'camp', 'institution', 'مخيم|معسكر', 'اردوگاه|اردوگاه‌|کمپ'],
  [
    'military base',
    'base',
    'institution',
    'قاعدة جوية|القاعدة الجوية|قاعدة عسكرية|قاعدة بحرية',
    'پایگاه|پایگاه هوایی|پایگاه نظامی|پایگاه دریایی',
  ],
  ['border crossing', 'crossing', 'institution', 'معبر|منفذ', 'گذرگاه|گذرگاه مرزی|بندر|مرز'],
  ['prison', 'prison', 'institution', 'سجن|معتقل', 'زندان|محبس'],
  ['dam', 'dam', 'institution', 'سد', 'سد|بند'],
  [
    'nuclear site',
    'nuclear site',
    'institution',
    'منشأة|منشأة نووية|المنشأة النووية|مفاعل',
    'تأسیسات|تاسیسات|تأسیسات هسته‌ای|تاسیسات هسته‌ای|نیروگاه|نیروگاه اتمی|نیروگاه هسته‌ای|سایت هسته‌ای',
  ],
  ['stadium', 'stadium', 'institution', 'ملعب|استاد', 'ورزشگاه|استادیوم'],
  ['hospital', 'hospital', 'institution', 'مستشفى', 'بیمارستان|شفاخانه'],
  // A tower is named after a person or a place as a hospital is (برج ميلاد / بیمارستان میلاد: two buildings).
  ['tower', 'tower', 'institution', 'برج', 'برج'],
  // A military operation is named by its head and a name (عملية ضرب عضب / عملیات ضرب عضب, Operation Zarb-e-Azb).
  ['operation', 'operation', 'institution', 'عملية', 'عملیات|عملیاتِ'],
  // A square (ميدان التحرير / میدان تحریر), named after an event, a person or a place like the bodies above.
  ['square', 'square', 'institution', 'ميدان|ساحة', 'میدان'],
  ['company', 'company', 'institution', 'شركة', 'شرکت'],
  // An organisation is named with the word or without it (منظمة أطباء بلا حدود / پزشکان بدون مرز).
  ['organisation', 'organisation', 'institution', 'منظمة', 'سازمان'],
  // A society or association (جمعية الهلال الأحمر), named with the word or without it. Left out: Persian جمعیت,
  // which is as often the word population (بزرگترین جمعیت ترکیه‌ای‌ها).
  ['society', 'society', 'institution', 'جمعية', 'انجمن'],
  // Storms, viruses, satellites, telescopes and space probes are named by a head and a name (إعصار كاترينا / توفان
  // کاترینا, فيروس زيكا / ویروس زیکا, القمر الصناعي خيام / ماهواره خیام, مسبار الأمل / کاوشگر امید): the head is
  // translated, the name transliterated or translated, and a storm and a satellite of one name are two things. Left
  // out: Arabic عاصفة and Persian طوفان (storm, flood), which name military operations as often (عاصفة الحزم, طوفان
  // الأقصى: not الحزم, not الأقصى); Arabic قمر alone, the moon and a given name; Arabic لواء and فرقة of a brigade and a
  // division, which are as often a general's rank and a band or a team.
  ['storm', 'storm', 'institution', 'إعصار', 'توفان|گردباد'],
  ['virus', 'virus', 'institution', 'فيروس|فايروس', 'ویروس'],
  // A fever is named by its head and a place or a word (حمى لاسا, تب دنگی, Lassa fever): the head is translated.
  ['fever', 'fever', 'institution', 'حمى', 'تب'],
  // So is a disease named after a person or a place (مرض باركنسون / بیماری پارکینسون, Lyme disease / داء لايم).
  ['disease', 'disease', 'institution', 'مرض|داء', 'بیماری'],
  ['satellite', 'satellite', 'institution', 'قمر صناعي', 'ماهواره|ماهوارهٔ'],
  ['telescope', 'telescope', 'institution', 'تلسكوب|مقراب', 'تلسکوپ|تلسکوپ فضایی'],
  ['space probe', 'probe', 'institution', 'مسبار', 'کاوشگر'],
  // Missiles, launchers, drones and spacecraft are named by a head and a name (صاروخ فاتح / موشک فاتح, طائرة مسيرة
  // شاهد / پهپاد شاهد, مركبة سويوز / فضاپیمای سایوز): the head is translated, in the singular or the plural (مسيرات,
  // پهپادها). Arabic calls a satellite launcher a rocket (صاروخ قاصد) where Persian says ماهواره‌بر: one family.
  ['missile', 'rocket', 'institution', 'صاروخ|صواريخ', 'موشک|موشکهای|موشک‌های'],
  ['satellite launcher', 'rocket', 'institution', 'صاروخ حامل|الصاروخ الحامل', 'ماهواره‌بر|ماهوارهبر'],
  ['drone', 'drone', 'institution', 'طائرة مسيرة|طائرات مسيرة|مسيرة|مسيرات|طائرة بدون طيار|طائرات بدون طيار', 'پهپاد|پهپادهای|پهپاد‌های'],
  ['spacecraft', 'spacecraft', 'institution', 'مركبة|مركبة فضائية|المركبة الفضائية', 'فضاپیما|فضاپیمای'],
];

/**
 * Words after a university's name that say its kind, and the kind: Arabic جامعة شريف للتكنولوجيا, جامعة تبريز للعلوم
 * الطبية, where Persian writes the kind's head before the name (دانشگاه صنعتی شریف, دانشگاه علوم پزشکی تبریز).
 */
export const UNIVERSITY_SUFFIXES: readonly (readonly [words: string, kind: string])[] = [
  ['للتكنولوجيا', 'university of technology'],
  ['التكنولوجية', 'university of technology'],
  ['للعلوم الطبية', 'university of medical sciences'],
  ['للعلوم والتكنولوجيا', 'university of science and technology'],
];

/** Words after a name that say it is a news agency (تسنيم للأنباء, مهر الإخبارية). */
export const AGENCY_SUFFIXES: readonly string[] = ['للأنباء', 'للانباء', 'الإخبارية', 'الاخبارية'];

/**
 * Words after a name that say what it is, as the head before it would (الاتحاد للطيران, Etihad Airways: "for
 * flying"), with the family of the head they stand for. The agency's suffixes are these too.
 */
export const HEAD_SUFFIXES: readonly (readonly [word: string, family: string])[] = [
  ...AGENCY_SUFFIXES.map((w) => [w, 'agency'] as const),
  ['للطيران', 'airline'],
  // Persian writes an airline's English name with Air after it (ماهان ایر, Mahan Air).
  ['ایر', 'airline'],
  // Arabic names a capital after the country or state whose name it shares with "the capital" after it
  // (الجزائر العاصمة, Algiers; تونس العاصمة, Tunis; واشنطن العاصمة, Washington DC): the city, not the land.
  ['العاصمة', 'city'],
];

/**
 * Whether a name may be written without its head (تسنيم for وكالة تسنيم). Not an operation's: without its head
 * the name is an ordinary word or phrase (عملية السلام is the peace process, not السلام with a word more).
 */
export function droppableHead(head: NameHead): boolean {
  return head.family !== 'operation';
}

let heads: readonly NameHead[] | undefined;

/** Every generic head, built on first use. */
export function nameHeads(): readonly NameHead[] {
  heads ??= ROWS.map(([kind, family, role, ar, fa]) => ({
    kind,
    family,
    role,
    ar: ar.split('|').filter((f) => f.length > 0),
    fa: fa.split('|').filter((f) => f.length > 0),
  }));
  return heads;
}

/**
 * Kinds of body that are never the body named by the shorter head, whoever or wherever they are named after: a
 * university of medical sciences beside the university of its town or person (دانشگاه علوم پزشکی شهید بهشتی /
 * دانشگاه شهید بهشتی), a university of science and technology beside the national one (جامعة العلوم والتكنولوجيا
 * الأردنية / الجامعة الأردنية).
 */
export const BODIES_OF_THEIR_OWN: ReadonlySet<string> = new Set(['university of medical sciences', 'university of science and technology']);
