/**
 * English words in names of bodies and people that Arabic and Persian newsrooms translate rather than
 * transliterate (BBC Persian / بی‌بی‌سی فارسی, Red Crescent / الهلال الأحمر, Marcos Jr. / ماركوس الابن), with
 * their Arabic and Persian forms (with and without the article) and why each is here. Written for the project.
 * Generic heads (Air, University, Institute, River) are in english-heads.ts; a word whose transliteration newsrooms also
 * use (International / اینترنشنال) is read by its sounds besides.
 */

type Row = readonly [english: string, arabic: string, persian: string, reason: string];

const ROWS: readonly Row[] = [
  ['persian|farsi', 'الفارسية|الفارسي|فارسي', 'فارسی', 'the language of a broadcaster or service (BBC Persian)'],
  ['arabic', 'العربية|العربي|عربي', 'عربی|عربي', 'the language of a broadcaster or service (Sky News Arabia aside)'],
  ['english', 'الإنجليزية|الانجليزية|الإنكليزية', 'انگلیسی', 'the language of a service'],
  ['international', 'الدولية|الدولي|العالمية', 'بین‌الملل|بین‌المللی|بین الملل|بین المللی', 'an adjective of bodies'],
  ['national', 'الوطني|الوطنية|القومي', 'ملی|ملي', 'an adjective of bodies and parties'],
  ['nationalist', 'الوطني|الوطنية|القومي|القومية', 'ملی‌گرا|ملی‌گرای|ملی', 'parties, which Arabic calls national'],
  ['islamic', 'الإسلامي|الإسلامية', 'اسلامی|اسلامي', 'an adjective of bodies and parties'],
  ['central', 'المركزي|المركزية', 'مرکزی', 'an adjective of banks and committees'],
  ['technology|of technology', 'للتكنولوجيا|التكنولوجية|التقنية', 'صنعتی|فناوری', 'universities of technology, which Persian calls صنعتی'],
  ['energy', 'للطاقة|الطاقة', 'انرژی', 'energy companies (QatarEnergy / قطر للطاقة)'],
  ['red crescent', 'الهلال الأحمر', 'هلال احمر|هلال‌احمر', 'the movement translated in both languages'],
  ['red cross', 'الصليب الأحمر', 'صلیب سرخ', 'the movement translated in both languages'],
  ['jr|junior', 'الابن|جونيور', 'جونیور|پسر', 'a son named after his father (Marcos Jr. / ماركوس الابن)'],
  ['intelligence', 'الاستخبارات|المخابرات|استخبارات|مخابرات', 'اطلاعات|استخبارات', 'ministries and services'],
  ['stock exchange|exchange', 'البورصة|بورصة', 'بورس', 'a city stock exchange'],
  ['dome', 'القبة|قبة', 'گنبد', 'a defence system (Iron Dome)'],
  ['cup', 'كأس', 'جام', 'tournaments'],
  ['world', 'العالم|العالمية|العالمي', 'جهان|جهانی', 'tournaments and bodies'],
  ['club|clubs', 'النادي|الأندية|للأندية|نادي', 'باشگاه|باشگاه‌ها|باشگاههای', 'tournaments of clubs'],
  ['nations', 'الأمم|أمم', 'ملت‌ها|ملتها|ملل', 'tournaments and bodies'],
  ['league', 'الدوري|دوري', 'لیگ', 'football leagues'],
  ['champions', 'الأبطال|أبطال', 'قهرمانان', 'tournaments of champions'],
  ['games', 'الألعاب|ألعاب', 'بازی‌ها|بازیهای|بازی‌های|بازیها', 'multi-sport games'],
  ['olympic', 'الأولمبية|الأولمبي|الأولمبياد', 'المپیک', 'committees and games'],
  ['federation', 'الاتحاد|اتحاد', 'فدراسیون', 'sports federations'],
  ['union', 'الاتحاد|اتحاد', 'اتحادیه|اتحاد', 'unions of states and of workers'],
  ['committee', 'اللجنة|لجنة', 'کمیته', 'committees'],
  ['island', 'جزيرة|الجزيرة', 'جزیره|جزیرهٔ', 'English writes the island after its name, Arabic and Persian before'],
  ['corridor', 'ممر|محور', 'دالان|کریدور|دهلیز', 'a border strip, named after what it leads to'],
  ['hospital', 'المستشفى|مستشفى', 'بیمارستان|شفاخانه', 'hospitals, named after a person, a place or a people'],
  ['martyrs', 'الشهداء|شهداء', 'شهدا|شهیدان', 'hospitals, squares and brigades named after the martyrs'],
  ['arab', 'العربي|العربية|العرب|عربي', 'عربی|عرب', 'bodies and hospitals named after the Arabs'],
  ['gas', 'الغاز|للغاز|غاز', 'گاز', 'energy companies'],
  ['oil|petroleum', 'النفط|للنفط|نفط|البترول', 'نفت', 'energy companies'],
  ['security', 'الأمن|الأمني|الأمنية|أمن', 'امنیت|امنیتی', 'councils, forces and services'],
  ['defence|defense', 'الدفاع|دفاع', 'دفاع', 'ministries, forces and systems'],
  ['foreign affairs|foreign', 'الخارجية', 'امور خارجه|خارجه|خارجی', 'ministries of foreign affairs'],
  ['interior', 'الداخلية', 'کشور|داخله', 'ministries of the interior (Iran says "of the country")'],
  ['health', 'الصحة|الصحية|للصحة', 'بهداشت|صحت|سلامت', 'ministries and bodies of health'],
  ['justice', 'العدل', 'دادگستری|عدلیه', 'ministries and courts'],
  ['education', 'التعليم|التربية', 'آموزش|معارف|پرورش', 'ministries of education'],
  ['economy|economic', 'الاقتصاد|الاقتصادية|الاقتصادي', 'اقتصاد|اقتصادی', 'ministries and forums'],
  ['finance', 'المالية|التمويل', 'مالیه|دارایی', 'ministries of finance, and finance houses (بيت التمويل)'],
  ['agriculture', 'الزراعة', 'کشاورزی|زراعت', 'ministries of agriculture'],
  ['space', 'الفضاء|للفضاء', 'فضایی|فضا', 'space agencies and stations'],
  ['research', 'البحوث|للبحوث|الأبحاث|للأبحاث', 'پژوهش|پژوهشی|تحقیقات|تحقیقاتی', 'research institutes and centres'],
  ['development', 'التنمية|للتنمية', 'توسعه|انکشاف', 'banks and funds of development'],
  ['revolutionary', 'الثوري|الثورية', 'انقلاب|انقلابی', 'guards, courts and councils of a revolution'],
  ['guard|guards', 'الحرس|حرس', 'پاسداران|سپاه|گارد', 'guards (the Revolutionary Guard)'],
  ['army', 'الجيش|جيش', 'ارتش|اردو', 'armies'],
  ['liberation', 'التحرير|تحرير', 'آزادی‌بخش|آزادیبخش|رهایی‌بخش', 'fronts and armies of liberation'],
  ['democratic', 'الديمقراطي|الديمقراطية', 'دموکرات|دموکراتیک', 'parties and fronts'],
  ["popular|people’s|people's", 'الشعبي|الشعبية|الشعب', 'مردمی|خلق', 'parties, fronts and forces of the people'],
  ['mobilization|mobilisation', 'الحشد|التعبئة', 'بسیج|حشد', 'forces of mobilisation'],
  ['supreme', 'الأعلى|العليا', 'عالی', 'supreme councils, courts and leaders'],
  ['atomic|nuclear', 'الذرية|النووي|النووية', 'اتمی|هسته‌ای|هسته ای', 'atomic agencies and organisations'],
  ['general', 'العام|العامة', 'عمومی|عام', 'general unions, directorates and staffs'],
  ['investment', 'الاستثمار|للاستثمار|استثمار', 'سرمایه‌گذاری|سرمایه گذاری', 'investment authorities, funds and banks'],
  ['authority', 'الهيئة|هيئة', 'هیئت|سازمان', 'authorities of investment, broadcasting and regulation'],
  ['transitional', 'الانتقالي|الانتقالية', 'انتقالی', 'councils and governments of a transition'],
  ['equality', 'المساواة', 'برابری', 'movements and parties named after their aims'],
  ['freedom', 'الحرية', 'آزادی', 'fronts, movements and squares named after it'],
  ['high', 'السامية', 'عالی', 'high commissioners and commissions'],
  ['refugees', 'اللاجئين', 'پناهندگان|پناهجویان', 'the bodies for refugees'],
  ['administrative', 'الإدارية|الإداري', 'اداری', 'capitals, courts and councils'],
  ['steel', 'الصلب|للصلب', 'فولاد', 'steel companies, named after their town'],
  ['king', 'الملك', 'ملک', 'universities, airports and bridges named after a king (King Fahd, King Khalid)'],
  ['medical', 'الطبي|الطبية', 'پزشکی', 'medical complexes, cities and centres'],
  // The words of councils, services, forces, parties, unions and companies that a newsroom translates when it
  // writes an English-named body in Arabic or Persian (Military Council / المجلس العسكري / شورای نظامی).
  ['military', 'العسكري|العسكرية|عسكري|عسكرية', 'نظامی', 'councils, courts and academies'],
  ['service', 'جهاز|الجهاز|خدمة|الخدمة', 'سرویس|خدمات', 'services of security, intelligence and counter-terrorism'],
  [
    'counter terrorism|counterterrorism|anti terrorism',
    'مكافحة الإرهاب|لمكافحة الإرهاب',
    'مبارزه با تروریسم|ضد تروریسم|ضدتروریسم',
    'services and units',
  ],
  ['anti corruption|anticorruption', 'مكافحة الفساد|لمكافحة الفساد', 'مبارزه با فساد|ضد فساد', 'bureaus and commissions'],
  ['special', 'الخاصة|الخاص|خاصة|خاص', 'ویژه', 'forces and tribunals'],
  ['elite', 'النخبة|نخبة', 'نخبه|زبده', 'forces'],
  ['presidential', 'الرئاسي|الرئاسية|رئاسي|رئاسية', 'ریاستی|ریاست‌جمهوری|ریاست جمهوری', 'councils and guards'],
  ['leadership', 'القيادة|قيادة', 'رهبری', 'councils and committees'],
  ['sovereignty', 'السيادة|السيادي', 'حاکمیت|حاکمیتی', 'councils of a transition'],
  ['change', 'التغيير|تغيير', 'تغییر', 'coalitions and parties named after their aims'],
  ['professionals', 'المهنيين|المهنيون', 'متخصصان|صنوف', 'associations'],
  ['association', 'رابطة|الرابطة|جمعية|الجمعية|تجمع', 'انجمن|اتحادیه|کانون|تجمع', 'associations of professions and trades'],
  ['congress', 'المؤتمر|مؤتمر', 'کنگره', 'parties and bodies named a congress'],
  ['belt', 'الحزام|حزام', 'کمربند', 'forces named after a security belt'],
  ['electricity', 'الكهرباء|للكهرباء|كهرباء', 'برق', 'electricity companies'],
  ['properties|real estate', 'العقارية|للعقارات|العقارات', 'املاک', 'property companies'],
  ['pharmaceuticals|pharmaceutical|pharma', 'الأدوية|للأدوية|أدوية|الدوائية', 'داروسازی|دارویی', 'drug makers'],
  ['technological', 'التكنولوجية|التقنية|للتكنولوجيا', 'فناوری|صنعتی', 'universities'],
  ['teaching', 'التعليمي|التعليمية', 'آموزشی', 'teaching hospitals'],
  ['regiment', 'الفوج|فوج|كتيبة', 'هنگ', 'military units named after a place or a hero'],
  ['circuit', 'حلبة', 'پیست', 'racing circuits'],
  ['democrats', 'الديمقراطيون|الديمقراطيين', 'دموکرات‌ها|دموکراتها', 'parties named after their members'],
  ['workers', 'العمال', 'کارگران', 'parties and unions of workers'],
  ['labour|labor', 'العمل|العمالي', 'کارگر', 'parties and ministries'],
  ['socialist', 'الاشتراكي|الاشتراكية', 'سوسیالیست|سوسیالیستی', 'parties'],
  ['communist', 'الشيوعي|الشيوعية', 'کمونیست', 'parties'],
  ['republican', 'الجمهوري|الجمهورية', 'جمهوری‌خواه|جمهوریخواه', 'parties and guards'],
  ['conservative', 'المحافظ|المحافظين', 'محافظه‌کار|محافظه کار', 'parties'],
  ['progressive', 'التقدمي|التقدمية', 'ترقی‌خواه|پیشرو', 'parties'],
  ['unity', 'الوحدة', 'وحدت', 'parties and governments'],
  ['solidarity', 'التضامن', 'همبستگی', 'parties and games'],
  ['peace', 'السلام', 'صلح', 'councils, institutes and prizes'],
  ['salvation', 'الإنقاذ', 'نجات', 'fronts and governments'],
  ['reform', 'الإصلاح', 'اصلاحات|اصلاح', 'parties and movements'],
  ['independence', 'الاستقلال', 'استقلال', 'parties and squares'],
  ['resistance', 'المقاومة', 'مقاومت', 'movements and fronts'],
  ['youth', 'الشباب', 'جوانان', 'wings of parties and movements'],
  ['human rights', 'حقوق الإنسان|لحقوق الإنسان', 'حقوق بشر', 'councils, commissions and watchdogs'],
  ['food', 'الغذاء|للغذاء|الأغذية', 'غذا|مواد غذایی', 'programmes and authorities'],
  ['drug|drugs', 'الدواء|والدواء|الأدوية', 'دارو', 'authorities of food and drugs'],
  ['environment', 'البيئة|للبيئة', 'محیط زیست', 'programmes and ministries'],
  ['telecommunications|telecom|telecommunication', 'الاتصالات|للاتصالات', 'مخابرات|ارتباطات|مخابراتی', 'companies and ministries'],
  ['railway|railways', 'السكك الحديدية|سكك الحديد|للسكك الحديدية', 'راه‌آهن|راه آهن', 'companies'],
  ['broadcasting', 'الإذاعة|للإذاعة', 'صداوسیما|صدا و سیما|پخش', 'corporations'],
  ['chamber', 'غرفة', 'اتاق', 'chambers of commerce'],
  ['commerce|trade', 'التجارة|التجارية', 'بازرگانی|تجارت', 'chambers and ministries'],
  ['industry|industries', 'الصناعة|الصناعات|للصناعات|الصناعية', 'صنایع|صنعت', 'companies and ministries'],
  ['sciences|science', 'العلوم|للعلوم', 'علوم', 'academies and universities'],
  ['academy', 'الأكاديمية|أكاديمية', 'آکادمی|فرهنگستان', 'academies'],
  ['federal', 'الاتحادي|الاتحادية|الفيدرالي|الفيدرالية', 'فدرال|فدرالی', 'courts, offices and institutes'],
  ['public', 'العامة|العام', 'عمومی', 'bodies and prosecutors'],
  ['constitutional', 'الدستورية|الدستوري', 'قانون اساسی', 'courts'],
  ['criminal', 'الجنائية|الجنائي', 'کیفری|جنایی', 'courts and police'],
  ['electoral|election|elections', 'الانتخابات|للانتخابات|الانتخابية', 'انتخابات|انتخاباتی', 'commissions'],
  ['independent', 'المستقلة|المستقل', 'مستقل', 'commissions'],
  ['police', 'الشرطة|شرطة', 'پلیس', 'forces'],
  ['border', 'الحدود|الحدودية', 'مرزی|مرزبانی', 'guards and forces'],
  ['coast guard', 'خفر السواحل', 'گارد ساحلی', 'services'],
  ['navy|naval', 'البحرية', 'نیروی دریایی|دریایی', 'forces'],
  ['emergency', 'الطوارئ', 'اضطراری|امداد', 'services and committees'],
  ['relief', 'الإغاثة|للإغاثة', 'امداد', 'agencies'],
  ['charity|charitable', 'الخيرية|الخيري', 'خیریه', 'foundations and societies'],
  ['heritage', 'التراث|للتراث', 'میراث', 'organisations and sites'],
  ['cultural|culture', 'الثقافي|الثقافية|الثقافة', 'فرهنگی|فرهنگ', 'centres and ministries'],
  ['tourism', 'السياحة|للسياحة', 'گردشگری', 'authorities and ministries'],
  ['sport|sports', 'الرياضة|الرياضي|الرياضية', 'ورزش|ورزشی', 'clubs and ministries'],
  ['holding', 'القابضة', 'هلدینگ', 'holding companies'],
  ['mining', 'التعدين|للتعدين', 'معدن|معدنی', 'companies'],
  ['shipping', 'الملاحة|للملاحة|الشحن', 'کشتیرانی', 'companies'],
  ['petrochemical|petrochemicals', 'البتروكيماويات|للبتروكيماويات', 'پتروشیمی', 'companies'],
  ['insurance', 'التأمين|للتأمين', 'بیمه', 'companies'],
  // Peoples and faiths without a country of their name, whose adjective names parties, councils and forces (Kurdish
  // National Council / المجلس الوطني الكردي); a country's demonym is read from the gazetteer (latin-demonym.ts).
  ['kurdish|kurdistan', 'الكردي|الكردية|الكردستاني|الكردستانية|كردستان', 'کرد|کردی|کردستان', 'parties, councils and forces'],
  ['turkmen', 'التركماني|التركمانية', 'ترکمن|ترکمان', 'fronts and parties of Iraq'],
  ['pashtun', 'البشتوني|البشتون', 'پشتون|پشتونی', 'movements'],
  ['baloch|baluch', 'البلوشي|البلوشية|البلوش', 'بلوچ|بلوچی', 'parties and armies'],
  ['amazigh|berber', 'الأمازيغي|الأمازيغية|البربري', 'آمازیغ|بربر', 'movements and parties'],
  ['coptic', 'القبطية|القبطي', 'قبطی', 'churches'],
  ['assyrian', 'الآشوري|الآشورية', 'آشوری', 'parties and churches'],
  ['shia|shiite|shi’a', 'الشيعي|الشيعية', 'شیعه|شیعی', 'councils and parties'],
  ['sunni', 'السني|السنية', 'سنی', 'councils and endowments'],
];

/**
 * English adjectives of names of places, rivers, deserts and mountains that Arabic and Persian translate and put
 * after the noun (Blue Nile / النيل الأزرق / نیل آبی, Greater Zab / الزاب الكبير): the word, its Arabic forms
 * (masculine and feminine, with and without the article) and its Persian ones. Written for the project.
 */
const ADJECTIVE_ROWS: readonly (readonly [english: string, arabic: string, persian: string])[] = [
  ['blue', 'الأزرق|الزرقاء|أزرق|زرقاء', 'آبی|کبود'],
  ['white', 'الأبيض|البيضاء|أبيض|بيضاء', 'سفید'],
  ['black', 'الأسود|السوداء|أسود|سوداء', 'سیاه'],
  ['red', 'الأحمر|الحمراء|أحمر|حمراء', 'سرخ|احمر'],
  ['yellow', 'الأصفر|الصفراء|أصفر|صفراء', 'زرد'],
  ['green', 'الأخضر|الخضراء|أخضر|خضراء', 'سبز'],
  ['great|greater|grand|big', 'الكبير|الكبرى|الأكبر|العظمى|كبير|كبرى', 'بزرگ|بزرگتر|کبیر|کبری'],
  ['lesser|little|small', 'الصغير|الصغرى|الأصغر|صغير|صغرى', 'کوچک|کوچکتر|صغیر|صغری'],
  ['upper', 'الأعلى|العليا|العلوي|العلوية', 'علیا|بالا|بالایی'],
  ['lower', 'الأسفل|السفلى|السفلي|السفلية', 'سفلی|پایین|پایینی'],
  ['northern|north', 'الشمالي|الشمالية|الشمال', 'شمالی|شمال'],
  ['southern|south', 'الجنوبي|الجنوبية|الجنوب', 'جنوبی|جنوب'],
  ['eastern|east', 'الشرقي|الشرقية|الشرق', 'شرقی|شرق|خاوری'],
  ['western|west', 'الغربي|الغربية|الغرب', 'غربی|غرب|باختری'],
  ['new', 'الجديد|الجديدة|الجديدة|جديد|جديدة', 'نو|جدید'],
  ['old', 'القديم|القديمة|قديم|قديمة', 'قدیم|کهنه'],
  ['iron', 'الحديدية|الحديدي|حديدية|حديدي', 'آهنین'],
  ['free', 'الحر|الحرة|حر|حرة', 'آزاد'],
  ['patriotic', 'الوطني|الوطنية', 'میهنی'],
  ['premier', 'الممتاز', 'برتر'],
];

/** The English adjectives that stand before the noun in English and after it in Arabic and Persian (lower case). */
export const ENGLISH_ADJECTIVES: ReadonlySet<string> = new Set(ADJECTIVE_ROWS.flatMap(([english]) => english.split('|')));

/** An English word (or two) of a name and the Arabic-script words that translate it. */
export interface EnglishWord {
  readonly words: string;
  readonly forms: readonly string[];
}

let words: readonly EnglishWord[] | undefined;

/** Every English word of the list (lower case, words joined by a space) with its Arabic and Persian forms. */
export function englishWords(): readonly EnglishWord[] {
  words ??= [...ROWS, ...ADJECTIVE_ROWS].flatMap(([english, ar, fa]) =>
    english.split('|').map((w) => ({ words: w, forms: [...ar.split('|'), ...fa.split('|')] })),
  );
  return words;
}
