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
  // An airline is named by its head and its name (طيران ماهان / هواپیمایی ماهان, Mahan Air). Arabic shortens الخطوط
  // الجوية to الخطوط (الخطوط التونسية, Tunisair); Persian, and Arabic now and then, writes the English Air before a
  // name as the airline's own brand does (ایر الجزایر, Air Algérie; ایر عربیا, Air Arabia; إير فرانس).
  ['airline', 'airline', 'institution', 'طيران|خطوط جوية|خطوط|إير', 'هواپیمایی|خطوط هوایی|شرکت هواپیمایی|شرکت هوایی|ایر'],
  // Dari and Tajik call a river دریا (دریای کابل, آمودریا), the word for a sea in Iran: it heads both families.
  ['river', 'river', 'feature', 'نهر', 'رود|رودخانه|رودخانهٔ|رودبار|دریای|دریا'],
  // Dari says بحیره for a sea and a lake (بحیره سیاه, بحیره کسپین) and بحر for an ocean (بحر منجمد شمالی), where Iran
  // says دریا, دریاچه and اقیانوس: a word of two families takes the family of the other name's head.
  ['sea', 'sea', 'feature', 'بحر', 'دریای|دریا|بحیره|بحیرهٔ'],
  ['ocean', 'ocean', 'feature', 'محيط', 'اقیانوس|بحر'],
  // A lake in the plural names a chain of lakes by one name (دریاچه‌های بند امیر, بحيرات بند أمير).
  ['lake', 'lake', 'feature', 'بحيرة|بحيرات', 'دریاچه|دریاچهٔ|بحیره|بحیرهٔ|دریاچه‌های|دریاچههای'],
  ['strait', 'strait', 'feature', 'مضيق', 'تنگه|تنگهٔ'],
  ['canal', 'canal', 'feature', 'قناة', 'کانال'],
  ['gulf', 'gulf', 'feature', 'خليج', 'خلیج'],
  // Dari says سلسله کوه for a range (سلسله کوه بابا), where Iran says رشته‌کوه.
  [
    'mountain',
    'mountain',
    'feature',
    'جبل|جبال|سلسلة جبال',
    'کوه|کوه‌های|کوههای|رشته‌کوه|رشته کوه|رشته‌کوه‌های|رشته‌کوههای|قله|قلهٔ|سلسله کوه|سلسله‌کوه|سلسله کوه‌های|سلسله‌کوه‌های',
  ],
  // Persian بیابان, a desert, beside the Arabic loan صحرا (بیابان گبی, صحرای گبی).
  ['desert', 'desert', 'feature', 'صحراء', 'صحرای|صحرا|کویر|بیابان|بیابان‌های'],
  ['plateau', 'plateau', 'feature', 'هضبة', 'فلات'],
  // A volcano is a mountain: named with either head (Mount Etna / بركان إتنا).
  ['volcano', 'mountain', 'feature', 'بركان', 'آتشفشان|کوه آتشفشان|کوه آتشفشانی'],
  // A mountain pass or corridor (ممر واخان / دهلیز واخان), named after the land it crosses.
  ['corridor', 'corridor', 'feature', 'ممر|ممر جبلي', 'دهلیز|دالان|گذرگاه|کریدور'],
  // A mountain pass, which Arabic calls a corridor too (ممر سالانغ): Iran says گردنه, Dari کوتل or کتل (کوتل سالنگ).
  // Persian تنگه is a strait at sea and a gorge or a pass on land (تنگه خیبر / گردنه خیبر): it heads both families.
  ['mountain pass', 'corridor', 'feature', 'ممر|ممر جبلي', 'گردنه|گردنهٔ|کوتل|کوتلِ|کتل|تنگه|تنگهٔ'],
  // An archipelago is named with the islands' head or its own (جزر الأزور / مجمع‌الجزایر آزور / أرخبيل الأزور).
  ['island', 'island', 'feature', 'جزيرة|جزر|أرخبيل|مجموعة جزر', 'جزیره|جزیرهٔ|جزایر|مجمع‌الجزایر|مجمع الجزایر|مجمع‌الجزائر|مجمع الجزائر'],
  ['province', 'province', 'admin', 'محافظة|ولاية|إقليم|مقاطعة', 'استان|ولایت|ایالت'],
  // An emirate is a province of the UAE, named like its town (إمارة الشارقة / مدينة الشارقة: two places).
  ['emirate', 'province', 'admin', 'إمارة', 'امیرنشین|امارت'],
  ['city', 'city', 'admin', 'مدينة|بلدة', 'شهر'],
  // A village, named without its head as a town is (قرية العوجة / روستای العوجه / العوجة). Not Persian ده (ten).
  ['village', 'village', 'admin', 'قرية', 'روستای|روستا|دهکده|قریه|قریهٔ'],
  // A street or a road, named after a person, a place or an event (شارع الرشيد / خیابان رشید, طريق الحرير / جاده
  // ابریشم): the head is translated; a street named after a town is not the town.
  ['street', 'street', 'institution', 'شارع', 'خیابان|خیابانِ'],
  // The units a town gives its name to, below a province or beside it: a district (an Iraqi or Syrian قضاء or
  // ناحية, a Yemeni or Afghan مديرية / ولسوالی, an Iranian county شهرستان, its بخش and دهستان) and a region (a Saudi or Syrian
  // منطقة). With both heads written, a town and its district are two places (مدينة سنجار / قضاء سنجار).
  ['district', 'district', 'admin', 'قضاء|ناحية|مديرية|ولسوالية', 'شهرستان|ولسوالی|قضا|بخش|دهستان'],
  ['region', 'region', 'admin', 'منطقة', 'منطقه|منطقهٔ'],
  ['group', 'group', 'institution', 'جماعة|مجموعة|تنظيم', 'گروه|گروهک'],
  // Dari also writes the Arabic word (حرکت اسلامی افغانستان, حرکت انقلاب اسلامی).
  ['movement', 'group', 'institution', 'حركة', 'جنبش|تحریک|نهضت|حرکت'],
  ['front', 'group', 'institution', 'جبهة', 'جبهه|جبههٔ'],
  ['party', 'party', 'institution', 'حزب', 'حزب'],
  // A corps (فيلق) is a force: Arabic names one unit either way (فيلق بدر / قوات بدر).
  ['force', 'force', 'institution', 'قوات|قوة|قوى|فيلق', 'نیروهای|نیروی|نیرو'],
  // An army: Iran says ارتش, Dari اردو (from Turkic, "the host"): ارتش ملی افغانستان / اردوی ملی افغانستان. Not the
  // Arabic جيش, which opens the names of armed groups (جيش العدل, جيش الإسلام) that Persian heads with گروه.
  ['army', 'army', 'institution', '', 'ارتش|اردوی|اردو'],
  ['council', 'council', 'institution', 'مجلس', 'مجلس|شورای|شورا'],
  // A committee is named by what it oversees (لجنة الانتخابات / کمیته انتخابات), and shortened without
  // its head once named.
  ['committee', 'committee', 'institution', 'لجنة', 'کمیته|کمیتهٔ'],
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
  // A research institute: Persian پژوهشگاه, پژوهشکده (سازمان فضایی ایران and پژوهشگاه فضایی ایران are two bodies), and a
  // think tank's اندیشکده (a research centre's head, below: مؤسسه بروکینگز / اندیشکده بروکینگز). Arabic مؤسسة and Persian مؤسسه are an institution and a
  // foundation both (مؤسسة آغا خان / بنیاد آقاخان, مؤسسة بروكينغز / مؤسسه بروکینگز): they head both rows, which are one
  // family, so that a university or a hospital of the same benefactor stays another body (جامعة آغا خان).
  ['institute', 'institute', 'institution', 'معهد|مؤسسة|موسسة', 'انستیتو|انستیتوی|مؤسسه|موسسه|مؤسسهٔ|موسسهٔ|پژوهشگاه|پژوهشکده'],
  // A foundation or an endowment: Persian بنیاد, and موقوفه for an endowment (Carnegie Endowment, موقوفه کارنگی).
  ['foundation', 'institute', 'institution', 'مؤسسة|موسسة|وقف', 'بنیاد|بنیادِ|مؤسسه|موسسه|مؤسسهٔ|موسسهٔ|موقوفه'],
  // A centre named after a person or a cause (مركز كارتر / مرکز کارتر, Carter Center; مركز الملك سلمان للإغاثة).
  ['centre', 'institute', 'institution', 'مركز', 'مرکز|مرکزِ'],
  // A research centre or think tank, named with the word for research or studies after the head (مركز أبحاث, مركز
  // الدراسات, معهد الدراسات against مرکز پژوهش‌های, مرکز مطالعات, دفتر مطالعات, پژوهشکده, اندیشکده).
  [
    'research centre',
    'institute',
    'institution',
    'مركز أبحاث|مركز الأبحاث|مركز بحوث|مركز البحوث|مركز دراسات|مركز الدراسات|معهد أبحاث|معهد الأبحاث|معهد بحوث|معهد البحوث|معهد دراسات|معهد الدراسات',
    'مرکز پژوهش|مرکز پژوهش‌های|مرکز پژوهشهای|مرکز تحقیقات|مرکز مطالعات|دفتر مطالعات|مؤسسه مطالعات|موسسه مطالعات|مؤسسه تحقیقات|موسسه تحقیقات|پژوهشکده|پژوهشگاه|اندیشکده',
  ],
  // Banks, newspapers and mosques are named after what they serve or after a place or person (بانک صادرات, روزنامه
  // اطلاعات, الجامع الأزهر): the head says which kind of body the name is, and a body of another kind is another.
  ['bank', 'bank', 'institution', 'بنك|مصرف', 'بانک'],
  ['newspaper', 'newspaper', 'institution', 'صحيفة|جريدة', 'روزنامه|روزنامهٔ'],
  ['mosque', 'mosque', 'institution', 'مسجد|جامع', 'مسجد'],
  // A shrine or a mausoleum is named after the saint or the poet buried there (مرقد الإمام علي / حرم امام علی, ضريح
  // حافظ / آرامگاه حافظ): Arabic مرقد, ضريح, مقام, Persian حرم, آستان, آرامگاه, بارگاه. Not مزار, which opens the name of
  // مزار شریف, a city; not the Persian مقام, a rank (مقام معظم رهبری); not العتبة, whose bare form is the given name عتبة.
  ['shrine', 'shrine', 'institution', 'مرقد|ضريح|مقام', 'حرم|آستان|آرامگاه|بارگاه|مرقد|مقبره'],
  // A cemetery, named after a place or a saint as a tomb is (مقبرة البقيع / قبرستان بقیع): Arabic says مقبرة for both,
  // Persian قبرستان, گورستان or آرامستان for a cemetery, آرامگاه for a tomb; one family, since مقبرة says either.
  ['tomb or cemetery', 'shrine', 'institution', 'مقبرة|مقابر|جبانة', 'قبرستان|گورستان|آرامستان'],
  // A sports club and a company are named with the word or without it (نادي السد / السد, شركة أرامكو / أرامكو),
  // often with their country's adjective after the name (نادي السد القطري).
  ['club', 'club', 'institution', 'نادي', 'باشگاه'],
  // Ports, airports, stadiums and hospitals are named after a town or a person (ميناء صحار, مطار الملك خالد, ملعب
  // آزادی): the head is translated (Persian بندر for a port, Dari میدان هوایی and شفاخانه), and a port, an airport or
  // a university of one name are three things. Left out: Persian استاد, which is also the word for professor.
  ['port', 'port', 'institution', 'ميناء|مرفأ', 'بندر|بندرگاه|بندرگاه‌'],
  ['airport', 'airport', 'institution', 'مطار', 'فرودگاه|فرودگاه بین‌المللی|میدان هوایی'],
  // A palace, named after a person, a place or its colour (قصر الإليزيه / کاخ الیزه, کاخ سفید, the White House): Persian
  // says کاخ, and قصر as Arabic does. A known body without it is the palace (کاخ کرملین / کرملین).
  ['palace', 'palace', 'institution', 'قصر', 'کاخ|قصر'],
  // A dam is named after its river, town or a person (سد الموصل / سد موصل, Kajaki Dam / بند کجکی): Dari says بند.
  // Dari names a hydroelectric dam بند برق (بند برق نغلو / سد نغلو).
  ['dam', 'dam', 'institution', 'سد', 'سد|بند|بند برق|بند آبی'],
  // The Gulf says ستاد for a stadium (ستاد خليفة الدولي), beside ملعب and استاد.
  ['stadium', 'stadium', 'institution', 'ملعب|استاد|ستاد', 'ورزشگاه|استادیوم'],
  ['hospital', 'hospital', 'institution', 'مستشفى', 'بیمارستان|شفاخانه'],
  // A clinic, often the English word written in Arabic letters (مايو كلينك, کلینیک مایو; Mayo Clinic): a hospital's
  // family, since newsrooms call one the other.
  ['clinic', 'hospital', 'institution', 'عيادة|كلينك|كلينيك', 'کلینیک|درمانگاه'],
  // A tower is named after a person or a place as a hospital is (برج ميلاد / بیمارستان میلاد: two buildings).
  ['tower', 'tower', 'institution', 'برج', 'برج'],
  // A military operation is named by its head and a name (عملية ضرب عضب / عملیات ضرب عضب, Operation Zarb-e-Azb).
  ['operation', 'operation', 'institution', 'عملية', 'عملیات|عملیاتِ'],
  // A square (ميدان التحرير / میدان تحریر), named after an event, a person or a place like the bodies above.
  ['square', 'square', 'institution', 'ميدان|ساحة', 'میدان'],
  ['company', 'company', 'institution', 'شركة', 'شرکت'],
  // A business group, which Arabic calls a company as often (شركة مابنا / گروه مپنا): a company's family, beside the
  // group of an armed body, which the other name's head chooses.
  ['business group', 'company', 'institution', 'مجموعة', 'گروه|گروه صنعتی'],
  // An oil or a gas field is named after a place or a word (حقل الرميلة / میدان نفتی رمیله, حقل بارس الجنوبي / میدان
  // گازی پارس جنوبی): Arabic says حقل, Persian میدان with the fuel after it, a word that heads a square too.
  [
    'oil or gas field',
    'field',
    'institution',
    'حقل|حقول|حقل نفط|حقل غاز|حقل النفط|حقل الغاز',
    'میدان نفتی|میدان گازی|میدان نفت|میدان گاز|میدان|میادین نفتی|میادین گازی',
  ],
  // A faculty or a college of a university (كلية الحقوق / دانشکده حقوق): Dari says پوهنځی, from Pashto.
  ['college', 'college', 'institution', 'كلية', 'دانشکده|دانشکدهٔ|پوهنځی|کالج'],
  // A league (دوري أبطال آسيا / لیگ قهرمانان آسیا): Arabic دوري, Persian the French لیگ.
  ['league', 'league', 'institution', 'دوري', 'لیگ'],
  // A militia named after its founder or its cause (ميليشيا فاغنر / شبه‌نظامیان واگنر): a group's family.
  ['militia', 'group', 'institution', 'ميليشيا|ميليشيات|مليشيا|مليشيات', 'شبه‌نظامیان|شبه نظامیان|شبهنظامیان|میلیشیا|ملیشه|ملیشه‌های'],
  // A parliament, which news calls by the word or by its council's (البرلمان العراقي / مجلس عراق): a council's family.
  ['parliament', 'council', 'institution', 'برلمان', 'پارلمان|پارلمانِ'],
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
  // A syndrome is named as a disease is (متلازمة داون / سندرم داون, Down syndrome): Persian says the French سندرم or
  // its own نشانگان, one head.
  ['syndrome', 'disease', 'institution', 'متلازمة|متلازمه', 'سندرم|سندروم|نشانگان'],
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
  // Warships are named by a head and a name, often a person's (حاملة الطائرات نيميتز / ناو هواپیمابر نیمیتز, USS
  // Nimitz): Arabic says "the carrier of aircraft", Persian "the aircraft-carrying ship". A destroyer is another kind.
  ['aircraft carrier', 'aircraft carrier', 'institution', 'حاملة الطائرات|حاملة طائرات', 'ناو هواپیمابر|ناوهواپیمابر|هواپیمابر'],
  ['destroyer', 'destroyer', 'institution', 'مدمرة', 'ناوشکن'],
  // A weapon system is named by a head and a name or a number (منظومة باتريوت / سامانه پاتریوت, راجمة سميرتش / سامانه
  // اسمرچ): Arabic says منظومة (a system) or راجمة (a launcher), Persian سامانه for both.
  ['weapon system', 'weapon system', 'institution', 'منظومة|منظومة صواريخ|راجمة|راجمة صواريخ', 'سامانه|سامانهٔ|سامانه موشکی|سامانه پدافندی'],
  // Warplanes by their kind and a name or a number (قاذفة توبوليف / بمب‌افکن توپولف, Su-35 fighter).
  ['bomber', 'bomber', 'institution', 'قاذفة|قاذفات', 'بمب‌افکن|بمبافکن|بمب افکن'],
  ['fighter jet', 'fighter jet', 'institution', 'مقاتلة|مقاتلات', 'جنگنده|جنگنده‌های'],
  // A festival is named after a place or an event (مهرجان القاهرة السينمائي / جشنواره فیلم قاهره): Persian says جشنواره, and
  // writes "film" after the head where Arabic writes السينمائي after the name (HEAD_SUFFIXES).
  ['festival', 'festival', 'institution', 'مهرجان', 'جشنواره|جشنوارهٔ|جشنواره فیلم|جشنواره بین‌المللی فیلم'],
  // Military bases and camps are named after a place or a person (قاعدة العديد / پایگاه العدید, مخيم جنين / اردوگاه
  // جنین). Not the bare القاعدة, which is a group's name: a head needs a name after it.
  ['military base', 'base', 'institution', 'قاعدة|قاعدة جوية|قاعدة عسكرية|قاعدة بحرية', 'پایگاه|پایگاه هوایی|پایگاه نظامی|پایگاه دریایی'],
  // A border crossing is a way through, as a pass is (معبر نصيب / گذرگاه مرزی نصیب, Nasib crossing); named after its town,
  // which it is not (معبر نصيب is not نصيب).
  // Dari calls a border crossing بندر as it calls a port (بندر اسلام قلعه): the word heads both families.
  ['border crossing', 'corridor', 'feature', 'معبر|منفذ', 'گذرگاه مرزی|مرز|بندر'],
  ['camp', 'camp', 'institution', 'مخيم|معسكر', 'اردوگاه|کمپ'],
  // A nuclear site is named after its town (مفاعل ديمونا / نیروگاه دیمونا, منشأة نطنز / تأسیسات نطنز): Arabic says a
  // reactor or a facility, Persian a power plant or installations; one family, since news names one site either way.
  [
    'nuclear facility',
    'nuclear facility',
    'institution',
    'مفاعل|منشأة|منشأة نووية|المنشأة النووية|منشآت',
    'نیروگاه|نیروگاه اتمی|نیروگاه هسته‌ای|تأسیسات|تاسیسات|تأسیسات هسته‌ای|تاسیسات هسته‌ای|رآکتور|سایت هسته‌ای',
  ],
  // A hospital or industrial complex named after a person or a place (مجمع الشفاء الطبي / مجتمع پزشکی شفا): Arabic
  // مجمع, Persian مجتمع. Not the Persian مجمع, an assembly (مجمع تشخیص مصلحت نظام).
  ['complex', 'complex', 'institution', 'مجمع', 'مجتمع'],
  ['medical complex', 'hospital', 'institution', 'مجمع طبي', 'مجتمع پزشکی|مجتمع درمانی'],
  // A vaccine and a prize are named after their maker or founder (لقاح سبوتنيك / واکسن اسپوتنیک, جائزة نوبل / جایزه نوبل).
  ['vaccine', 'vaccine', 'institution', 'لقاح', 'واکسن'],
  ['prize', 'prize', 'institution', 'جائزة', 'جایزه|جایزهٔ'],
  // A tournament's cup (كأس أمم آسيا / جام ملت‌های آسیا): Persian names a continent's cup "the cup of the nations of", as
  // Arabic often does (كأس أمم أفريقيا).
  ['cup', 'cup', 'institution', 'كأس|كأس أمم', 'جام|جام ملت‌های|جام ملتهای'],
  // A treaty, an accord or a peace is named after the place it was signed or the men who signed it (معاهدة فرساي /
  // پیمان ورسای, اتفاقية كامب ديفيد / پیمان کمپ دیوید, صلح وستفاليا / صلح وستفالی): Arabic says معاهدة, اتفاقية, اتفاق
  // or صلح, Persian پیمان, قرارداد, عهدنامه, معاهده, توافق or صلح, and each translator picks one; one kind, since
  // a newsroom names one treaty by any of them. Named after a place, it is not the place (معاهدة لوزان / لوزان).
  [
    'treaty',
    'treaty',
    'institution',
    'معاهدة|اتفاقية|اتفاق|صلح',
    'پیمان|پیمان‌نامه|پیماننامه|قرارداد|عهدنامه|عهدنامهٔ|معاهده|معاهدهٔ|توافق|توافقنامه|توافق‌نامه|صلح|صلح‌نامه|صلحنامه',
  ],
  // A battle is named after its place (معركة القادسية / نبرد قادسیه): Arabic معركة, موقعة, واقعة, and غزوة for the
  // Prophet's (غزوة بدر, معركة بدر), Persian نبرد, جنگ, پیکار, غزوه, واقعه. Not Arabic حرب (a war, and a surname).
  ['battle', 'battle', 'institution', 'معركة|موقعة|واقعة|غزوة', 'نبرد|جنگ|پیکار|غزوه|غزوهٔ|واقعه|واقعهٔ'],
  // Multi-sport games (ألعاب الكومنولث / بازی‌های مشترک‌المنافع, دورة الألعاب الآسيوية / بازی‌های آسیایی) and a
  // championship (بطولة العالم / مسابقات جهانی): one family, two kinds, since the Asian Games are not the Asian
  // Championship; Persian مسابقات says either.
  ['multi-sport event', 'games', 'institution', 'ألعاب|دورة الألعاب|دورة ألعاب', 'بازی‌های|بازیهای|بازی‌ها|بازیها|مسابقات'],
  ['championship', 'games', 'institution', 'بطولة', 'مسابقات|رقابت‌های|رقابتهای|مسابقات قهرمانی|قهرمانی|تورنمنت'],
  // A programme of a body (برنامج الأمم المتحدة للبيئة / برنامه محیط زیست سازمان ملل).
  ['programme', 'programme', 'institution', 'برنامج', 'برنامه|برنامهٔ'],
  // A prison is named after its place (سجن صيدنايا / زندان صیدنایا, Abu Ghraib prison); Dari also says محبس.
  ['prison', 'prison', 'institution', 'سجن|معتقل', 'زندان|محبس'],
  // Armed wings named as brigades (كتائب القسام / گردان‌های قسام). Not لواء, also a rank.
  ['brigades', 'brigades', 'institution', 'كتائب|سرايا', 'گردان‌های|گردانهای|گردان|تیپ'],
  // A battalion or a regiment, named after a place or a hero (كتيبة آزوف, فوج آزوف / گردان آزوف): one family with the
  // brigades, as Persian گردان says both.
  ['battalion', 'brigades', 'institution', 'كتيبة|فوج', 'گردان'],
  // A museum, named after a place, a person or a building (متحف اللوفر / موزه لوور, Louvre Museum).
  ['museum', 'museum', 'institution', 'متحف', 'موزه|موزهٔ'],
  // Features of nature named with a head like a river's (شلالات نياغارا / آبشار نیاگارا, شبه جزيرة القرم / شبه‌جزیره
  // کریمه, غابة الأمازون / جنگل آمازون, واحة سيوة / واحه سیوه, مستنقعات إيفرغليدز / تالاب اورگلیدز). Left out: هور, which Persian joins to the name (تالاب هورالعظیم), and وادي, سهل, جسر,
  // قلعة, سوق, باب and دير, which open the names of towns (وادي حلفا, جسر الشغور, دير الزور) and a strait (باب المندب).
  ['waterfall', 'waterfall', 'feature', 'شلالات|شلال', 'آبشار|آبشارهای|آبشار‌های'],
  ['peninsula', 'peninsula', 'feature', 'شبه جزيرة', 'شبه‌جزیره|شبه جزیره|شبه‌جزیرهٔ|شبهجزیره'],
  ['forest', 'forest', 'feature', 'غابة|غابات', 'جنگل|جنگل‌های|جنگلهای|جنگلِ'],
  ['oasis', 'oasis', 'feature', 'واحة', 'واحه|واحهٔ'],
  // مرداب, a marsh or a lagoon, is Persian's older word beside تالاب (مرداب انزلی / تالاب انزلی).
  // One family with the lake: a shallow lake is called a wetland as often (دریاچه هامون / تالاب هامون).
  ['wetland', 'lake', 'feature', 'مستنقع|مستنقعات', 'تالاب|تالابِ|باتلاق|مرداب'],
  // Buildings and works named after a person, a place or an event as a museum is (مكتبة الإسكندرية / کتابخانه
  // اسکندریه, كنيسة القيامة / کلیسای قیامت, مصفاة عبادان / پالایشگاه آبادان). A church and a
  // cathedral are one family: news calls one the other. Not power plants: Persian نیروگاه heads a nuclear site too;
  // not a tunnel, whose name is often the pass's (نفق سالانغ), nor a theatre, a word inside festivals' names (جشنواره تئاتر فجر).
  // Dari calls a secondary school لیسه, from the French lycée (لیسه حبیبیه), where Iran says دبیرستان.
  ['school', 'school', 'institution', 'مدرسة', 'مدرسه|مدرسهٔ|دبیرستان|مکتب|لیسه|لیسهٔ|لیسه‌ی'],
  ['library', 'library', 'institution', 'مكتبة', 'کتابخانه|کتابخانهٔ'],
  ['church', 'church', 'institution', 'كنيسة', 'کلیسا|کلیسای'],
  ['cathedral', 'church', 'institution', 'كاتدرائية', 'کلیسای جامع|کاتدرال'],
  ['temple', 'temple', 'institution', 'معبد', 'معبد|پرستشگاه'],
  // An oil refinery says its fuel after the head, or not (پالایشگاه نفت آبادان / پالایشگاه آبادان).
  ['refinery', 'refinery', 'institution', 'مصفاة|مصفى|مصافي|مصفاة نفط|مصفاة النفط', 'پالایشگاه|پالایشگاهِ|پالایشگاه نفت'],
  // A power station, which Arabic calls a station (محطة كورسك النووية) and Persian a power plant (نیروگاه اتمی کورسک): of
  // the nuclear site's family, as Persian نیروگاه heads both; its fuel after the name echoes the head (HEAD_ECHOES).
  [
    'power station',
    'nuclear facility',
    'institution',
    'محطة|محطة كهرباء|محطة الكهرباء|محطة طاقة',
    'نیروگاه|نیروگاه برق|نیروگاه اتمی|نیروگاه هسته‌ای',
  ],
  // Arabic محطة is any station: a power station (above) or a space or railway one (محطة تيانغونغ / ایستگاه فضایی
  // تیانگونگ), which Persian calls ایستگاه; the other name's head chooses the family.
  ['station', 'station', 'institution', 'محطة', 'ایستگاه|ایستگاهِ|ایستگاه فضایی|ایستگاه راه‌آهن|ایستگاه قطار'],
  ['factory', 'factory', 'institution', 'مصنع', 'کارخانه|کارخانهٔ|کارخانجات'],
  ['mine', 'mine', 'institution', 'منجم', 'معدن|معدنِ'],
  ['hotel', 'hotel', 'institution', 'فندق', 'هتل'],
  // Bodies named with a head and a name (سفارة إيران / سفارت ایران, تحالف الفتح / ائتلاف فتح, شبكة الجزيرة / شبکه
  // الجزیره, بورصة طهران / بورس تهران). An embassy is not its country (سفارة إيران is not إيران); a magazine is of a
  // newspaper's family, as Persian نشریه says either. Arabic names a television channel قناة, as it names a canal
  // (قناة الجزيرة / شبکه الجزیره, قناة السويس / کانال سوئز): the word heads both families. Not Arabic اتحاد, which
  // opens clubs' and an airline's names (الاتحاد, Etihad).
  ['embassy', 'embassy', 'institution', 'سفارة', 'سفارت|سفارتِ'],
  ['alliance', 'alliance', 'institution', 'تحالف|ائتلاف', 'ائتلاف|ائتلافِ'],
  ['network', 'network', 'institution', 'شبكة|قناة', 'شبکه|شبکهٔ'],
  // Persian names an armed group a network too (شبکه حقانی, شبکه القاعده / تنظيم القاعدة): شبکه heads both families, a
  // channel's first, as this row follows the network's.
  ['armed network', 'group', 'institution', '', 'شبکه|شبکهٔ'],
  // A television channel, named by the word television or by channel (تلفزيون لبنان / تلویزیون لبنان, تلویزیون طلوع /
  // شبکه طلوع): one family with the network, as news calls a channel by either.
  ['television', 'network', 'institution', 'تلفزيون|تلفزيونات', 'تلویزیون|تلویزیونِ|تلویزیون‌های'],
  ['radio', 'radio', 'institution', 'إذاعة|راديو', 'رادیو|رادیوی'],
  ['magazine', 'newspaper', 'institution', 'مجلة', 'مجله|مجلهٔ|نشریه|نشریهٔ|ماهنامه|هفته‌نامه|هفتهنامه'],
  ['academy', 'academy', 'institution', 'أكاديمية|مجمع اللغة العربية', 'آکادمی|فرهنگستان'],
  ['stock exchange', 'stock exchange', 'institution', 'بورصة|سوق الأوراق المالية', 'بورس|بورس اوراق بهادار'],
];

/**
 * Words after a name that say its kind within its head's family, with the head's kind and the kind they say: Arabic
 * جامعة شريف للتكنولوجيا, جامعة تبريز للعلوم الطبية, where Persian writes the kind's head before the name (دانشگاه صنعتی
 * شریف, دانشگاه علوم پزشکی تبریز); a medical complex (مجمع الشفاء الطبي) is a hospital, which Persian calls it
 * (بیمارستان الشفا, مجتمع پزشکی شفا).
 */
export const KIND_SUFFIXES: readonly (readonly [headKind: string, words: string, kind: string])[] = [
  ['university', 'للتكنولوجيا', 'university of technology'],
  ['university', 'التكنولوجية', 'university of technology'],
  ['university', 'للعلوم الطبية', 'university of medical sciences'],
  ['university', 'للعلوم والتكنولوجيا', 'university of science and technology'],
  ['complex', 'الطبي', 'hospital'],
];

/** Words after a name that say it is a news agency (تسنيم للأنباء, مهر الإخبارية). */
export const AGENCY_SUFFIXES: readonly string[] = ['للأنباء', 'للانباء', 'الإخبارية', 'الاخبارية'];

/**
 * Words after a name that say what it is, as the head before it would (الاتحاد للطيران, Etihad Airways: "for
 * flying"), with the family of the head they stand for. The agency's suffixes are these too.
 */
export const HEAD_SUFFIXES: readonly (readonly [word: string, familyOrKind: string])[] = [
  ...AGENCY_SUFFIXES.map((w) => [w, 'agency'] as const),
  ['للطيران', 'airline'],
  // A film festival in Arabic: the head before the name and "of cinema" after it (مهرجان القاهرة السينمائي).
  ['السينمائي', 'festival'],
  // Persian and Arabic write an airline's English name with Air, Airways or Airlines after it (ماهان ایر, Mahan Air;
  // کنیا ایرویز, Kenya Airways; ترکیش ایرلاینز, Turkish Airlines; كوبا إيرلاينز, Copa Airlines).
  ...['ایر', 'إير', 'ایرویز', 'ایروایز', 'إيرويز', 'إيروايز', 'ایرلاینز', 'إيرلاينز', 'ایرلاین', 'إيرلاين'].map(
    (w) => [w, 'airline'] as const,
  ),
  // Both write the English head of a bank, a clinic or a maker of goods after the name, as the name's own English
  // does (گرامین بانک, Grameen Bank; سيتي بنك, Citibank; مايو كلينك, Mayo Clinic; ریلاینس ایندستریز, Reliance Industries).
  ...['بانک', 'بنك'].map((w) => [w, 'bank'] as const),
  ...['كلينك', 'كلينيك', 'کلینیک'].map((w) => [w, 'clinic'] as const),
  // Arabic writes Industries as "for industries" (ريلاينس للصناعات).
  ...['ایندستریز', 'اندستریز', 'إندستريز', 'اندستريز', 'للصناعات'].map((w) => [w, 'company'] as const),
  // Arabic names a capital after the country or state whose name it shares with "the capital" after it
  // (الجزائر العاصمة, Algiers; تونس العاصمة, Tunis; واشنطن العاصمة, Washington DC): the city, not the land.
  ['العاصمة', 'city'],
];

/**
 * Words after a name that say its head again but never stand for it alone: an air base's "the air" after the name
 * whose head opens it (قاعدة العديد الجوية, Al Udeid Air Base), where القاعدة الجوية alone is no base's name.
 */
export const HEAD_ECHOES: readonly (readonly [word: string, familyOrKind: string])[] = [
  ...HEAD_SUFFIXES,
  ['الجوية', 'base'],
  // A media network's "media" and a company's "for technology" after a name its head opens (شبكة رووداو الإعلامية, Rudaw
  // Media Network; شركة هواوي للتكنولوجيا, Huawei Technologies): the head said again, never a body's name alone.
  ['الإعلامية', 'network'],
  ['للتكنولوجيا', 'company'],
  // An oil or a gas field's fuel after its name, where its head opens it (حقل بارس الجنوبي للغاز, South Pars gas field).
  ...['للغاز', 'للنفط', 'الغازي', 'النفطي'].map((w) => [w, 'field'] as const),
  // A nuclear site's or a power station's "nuclear" after the name (محطة كورسك النووية, منشأة نطنز النووية).
  ...['النووية', 'النووي'].map((w) => [w, 'nuclear facility'] as const),
];

/**
 * Families whose head opens a name only in the construct state, without the article (قاعدة العديد): with it, the
 * word is a name of its own (القاعدة, al-Qaeda, whose names go on with في جزيرة العرب or في بلاد المغرب).
 */
export const CONSTRUCT_ONLY: ReadonlySet<string> = new Set(['base']);

/**
 * Whether a name may be written without its head (تسنيم for وكالة تسنيم). Not an operation's: without its head
 * the name is an ordinary word or phrase (عملية السلام is the peace process, not السلام with a word more).
 */
export function droppableHead(head: NameHead): boolean {
  // Nor a college's: it is named by its discipline (كلية الحقوق), an ordinary word without the head. Nor a channel's
  // "television": a bare name is then its owner's or a sister's (آریانا, the airline; طلوع‌نیوز, the news channel).
  return head.family !== 'operation' && head.family !== 'college' && head.kind !== 'television';
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
