/**
 * Diseases and drugs that Arabic and Persian name by words of their own rather than by a transliteration (الكوليرا /
 * وبا, شلل الأطفال / فلج اطفال, الأفيون / تریاک), or by a transliteration whose letters drift beyond what the letter
 * model allows (الزهايمر / آلزایمر). No maintained source the project can load gives these names in Arabic and
 * Persian (CLDR names places and languages only), so they are written for the project, each row with its reason.
 * Names that the letters already find (الملاريا / مالاریا, إيبولا, كوفيد-19) need no row.
 *
 * A row is `[English names, Arabic names, Persian names, reason]`, names separated by `|`, Arabic without the
 * article (it is taken off before lookup). Two rows are two diseases: the list also keeps apart names that look
 * alike or share a word (smallpox, chickenpox and mpox; measles and rubella; the Arabic حصبة, measles, and the Persian
 * حصبه, typhoid).
 */
export type DiseaseRow = readonly [en: string, ar: string, fa: string, reason: string];

export const DISEASE_ROWS: readonly DiseaseRow[] = [
  ['cholera', 'كوليرا|هيضة', 'وبا|کلرا|بیماری وبا', 'Persian names it وبا, an old word for an epidemic'],
  ['measles', 'حصبة', 'سرخک|سرخکان', 'each language its own word; Dari says سرخکان'],
  ['rubella|german measles', 'حصبة ألمانية|حميراء', 'سرخجه', 'each language its own word; not measles'],
  [
    'polio|poliomyelitis|poliovirus|wild poliovirus',
    'شلل الأطفال|شلل أطفال|بوليو|فيروس شلل الأطفال|فيروس الشلل|فيروس بوليو|فيروس شلل الأطفال البري',
    'فلج اطفال|فلج کودکان|پولیو|ویروس فلج اطفال|ویروس پولیو|ویروس وحشی فلج اطفال',
    'translated: paralysis of children; the virus is named after the disease',
  ],
  ['smallpox', 'جدري', 'آبله', 'each language its own word'],
  ['chickenpox', 'جدري الماء|حماق', 'آبله مرغان', 'translated or its own word; not smallpox'],
  ['mpox|monkeypox', 'جدري القردة|جدري القرود|إمبوكس', 'آبله میمونی|آبله میمون|ام‌پاکس|منکی‌پاکس', 'translated: monkey pox; not smallpox'],
  [
    'bird flu|avian influenza|avian flu',
    'إنفلونزا الطيور|أنفلونزا الطيور|انفلونزا الطيور',
    'آنفلوآنزای پرندگان|آنفولانزای پرندگان|آنفلوانزای پرندگان|آنفلوآنزای مرغی|آنفولانزای مرغی|آنفلوانزای مرغی',
    'translated: Persian says birds or hens, and spells influenza several ways',
  ],
  [
    'swine flu|swine influenza',
    'إنفلونزا الخنازير|أنفلونزا الخنازير|انفلونزا الخنازير',
    'آنفلوآنزای خوکی|آنفولانزای خوکی|آنفلوانزای خوکی',
    'translated: pigs (Arabic a noun, Persian an adjective)',
  ],
  [
    'influenza|flu',
    'إنفلونزا|أنفلونزا|انفلونزا|إنفلوانزا|نزلة وافدة',
    'آنفلوآنزا|آنفولانزا|آنفلوانزا|گریپ',
    'Persian spells the French influenza with or without its second vowel, or says گریپ; Arabic an old translation',
  ],
  [
    'tuberculosis|tb',
    'سل|درن|السل الرئوي|داء السل',
    'سل|توبرکلوز|بیماری سل|سل ریوی',
    'the Arabic word, which Persian keeps, or the Latin one (Dari توبرکلوز)',
  ],
  ['yellow fever', 'حمى الصفراء', 'تب زرد', 'translated'],
  [
    'dengue|dengue fever',
    'حمى الضنك|حمى الدنك|حمى الدنج',
    'تب دنگی|دنگی|تب دانگ',
    'Arabic says ضنك (hardship) for the Spanish dengue, only with its head: ضنك alone is a word and a town in Oman',
  ],
  [
    'typhoid|typhoid fever|enteric fever',
    'تيفوئيد|حمى التيفوئيد|تيفود|الحمى التيفية|حمى تيفية',
    'حصبه|تیفوئید|تب حصبه|محرقه|تب محرقه',
    'Persian says حصبه, which in Arabic (حصبة) is measles; Dari محرقه, the burning fever',
  ],
  ['rabies', 'داء الكلب|سعار', 'هاری|بیماری هاری', 'each language its own word (Arabic: the dog disease)'],
  ['whooping cough|pertussis', 'سعال ديكي|شاهوق', 'سیاه‌سرفه|سیاه سرفه', 'translated: the rooster cough, the black cough'],
  ['diphtheria', 'دفتيريا|خناق', 'دیفتری|دیفتریا|خناق', 'the Greek name or the old Arabic word'],
  ['anthrax', 'جمرة خبيثة', 'سیاه‌زخم|سیاه زخم|آنتراکس', 'translated: the malignant ember, the black wound'],
  [
    'hepatitis|viral hepatitis',
    'التهاب الكبد|التهاب كبد|التهاب الكبد الوبائي|التهاب الكبد الفيروسي|التهاب كبدي',
    'هپاتیت|هپاتیت ویروسی',
    'Arabic translates (often the epidemic or the viral inflammation of the liver), Persian borrows the French',
  ],
  // Hepatitis by its letter: Arabic writes the letter as the Arabic one or by its English name, Persian by its name or
  // in Latin; each letter is another virus and another disease.
  [
    'hepatitis A',
    'التهاب الكبد أ|التهاب الكبد ألف|التهاب الكبد الوبائي أ|التهاب الكبد الوبائي ألف|التهاب الكبد الفيروسي أ|التهاب الكبد إيه|التهاب الكبد الوبائي إيه',
    'هپاتیت آ|هپاتیت A|هپاتیت نوع آ|هپاتیت نوع A',
    'translated, the letter written أ or آ; not B or C',
  ],
  [
    'hepatitis B',
    'التهاب الكبد ب|التهاب الكبد بي|التهاب الكبد باء|التهاب الكبد الوبائي ب|التهاب الكبد الوبائي بي|التهاب الكبد الوبائي باء|التهاب الكبد الفيروسي ب|التهاب الكبد الفيروسي بي',
    'هپاتیت ب|هپاتیت بی|هپاتیت B|هپاتیت نوع ب|هپاتیت نوع بی|هپاتیت نوع B',
    'translated, the letter written ب or بي; not A or C',
  ],
  [
    'hepatitis C',
    'التهاب الكبد ج|التهاب الكبد سي|التهاب الكبد الوبائي ج|التهاب الكبد الوبائي سي|التهاب الكبد الفيروسي ج|التهاب الكبد الفيروسي سي|التهاب الكبد جيم',
    'هپاتیت سی|هپاتیت C|هپاتیت نوع سی|هپاتیت نوع C',
    'translated, the letter written ج (the Arabic third letter) or سي; not A or B',
  ],
  ['meningitis', 'التهاب السحايا', 'مننژیت', 'Arabic translates, Persian borrows the French'],
  ['leishmaniasis', 'داء الليشمانيات|ليشمانيا|داء الليشمانيا', 'لیشمانیوز|سالک', 'Persian the French ending or its own word'],
  [
    "alzheimer|alzheimers|alzheimer’s|alzheimer's",
    'زهايمر|ألزهايمر|مرض الزهايمر|مرض ألزهايمر',
    'آلزایمر|بیماری آلزایمر',
    'Arabic writes the German h, Persian does not',
  ],
  // Vaccines named by their makers' brands, in Arabic run together, in Persian written apart; the bare برکت (blessing)
  // and نورا (a given name) are words.
  [
    'COVIran Barekat|Barekat vaccine',
    'كوفبركت|لقاح كوفبركت|لقاح كوف إيران بركت|لقاح كوفيران بركت|لقاح بركت الإيراني',
    'کووایران برکت|واکسن کووایران برکت|واکسن کوو ایران برکت|واکسن برکت|کوو ایران برکت',
    'Iran’s vaccine against Covid-19: the maker’s name, run together in Arabic; not another Iranian vaccine',
  ],
  [
    'PastoCovac|Soberana',
    'باستوكوفاك|لقاح باستوكوفاك|لقاح سوبيرانا|سوبيرانا',
    'پاستوکووک|واکسن پاستوکووک|واکسن سوبرانا|سوبرانا|سوبرانا ۰۲',
    'the vaccine of the Pasteur Institute of Iran and Cuba’s Finlay Institute, under either name; not Barekat',
  ],
  // Drugs.
  [
    'paracetamol|acetaminophen|tylenol|panadol',
    'باراسيتامول|باراسيتمول|براسيتامول|أسيتامينوفين|اسيتامينوفين|أسيتامينوفن|بنادول|بانادول|تايلينول|تايلنول',
    'استامینوفن|استامینوفین|پاراستامول|پاراسیتامول|تیلنول|پانادول',
    'one drug by two international names: Arab pharmacies say paracetamol, Iran acetaminophen (Dari either); brands for the drug',
  ],
  ['quinine', 'كينين|كينا', 'کینین|گنه‌گنه|گنه گنه', 'the French quinine, or in Persian گنه‌گنه, the cinchona bark'],
  [
    'chloroquine',
    'كلوروكين|كلوروكوين|كلوروكين فوسفات',
    'کلروکین|کلروکوین|کلروکین فسفات',
    'one drug; not hydroxychloroquine, which contains its name',
  ],
  [
    'hydroxychloroquine',
    'هيدروكسي كلوروكين|هيدروكسيكلوروكين|هيدروكسي كلوروكوين|هيدروكسي الكلوروكين',
    'هیدروکسی‌کلروکین|هیدروکسی کلروکین|هیدروکسی کلروکوین|هیدروکسی‌کلروکوین',
    'another drug than chloroquine, whose name it contains',
  ],
  [
    'hashish|charas',
    'حشيش|حشيشة',
    'حشیش|چرس',
    'cannabis resin: the Arabic word, which Persian keeps, or in Afghanistan چرس; not cannabis the plant',
  ],
  [
    'heroin',
    'هيروين|هروين',
    'هروئین|هروین|هیروئین',
    'the German brand become a word, Persian writing its vowels apart; not morphine or opium',
  ],
  [
    'antibiotic|antibiotics',
    'مضاد حيوي|مضادات حيوية',
    'آنتی‌بیوتیک|آنتی بیوتیک|آنتی‌بیوتیک‌ها',
    'Arabic translates (against life), Persian borrows the French',
  ],
  [
    'AIDS|acquired immunodeficiency syndrome',
    'إيدز|ايدز|سيدا|متلازمة نقص المناعة المكتسب|متلازمة نقص المناعة المكتسبة|متلازمة العوز المناعي المكتسب',
    'ایدز|سندرم نقص ایمنی اکتسابی|نشانگان نقص ایمنی اکتسابی',
    'the English acronym as a word, or in the Maghreb the French SIDA, or translated: the acquired immune deficiency',
  ],
  [
    'diabetes',
    'سكري|داء السكري|مرض السكري|مرض السكر|داء السكر',
    'دیابت|بیماری قند|مرض قند|مرض شکر|بیماری شکر|دیابت شیرین',
    'Arabic its own word (colloquially sugar), Persian the French one or the sugar disease (Dari شکر)',
  ],
  // Diabetes by its type: two diseases, the number written in words, in figures or as an ordinal.
  [
    'type 1 diabetes|type i diabetes|diabetes type 1',
    'السكري من النوع الأول|السكري النوع الأول|داء السكري من النوع الأول|مرض السكري من النوع الأول|النوع الأول من السكري|النوع الأول من داء السكري|سكري النمط الأول|السكري من النوع 1',
    'دیابت نوع ۱|دیابت نوع یک|دیابت نوع اول|دیابت تیپ ۱|دیابت تیپ یک|دیابت نوع 1',
    'translated: diabetes of the first type; not type 2',
  ],
  [
    'type 2 diabetes|type ii diabetes|diabetes type 2',
    'السكري من النوع الثاني|السكري النوع الثاني|داء السكري من النوع الثاني|مرض السكري من النوع الثاني|النوع الثاني من السكري|النوع الثاني من داء السكري|سكري النمط الثاني|السكري من النوع 2',
    'دیابت نوع ۲|دیابت نوع دو|دیابت نوع دوم|دیابت تیپ ۲|دیابت تیپ دو|دیابت نوع 2',
    'translated: diabetes of the second type; not type 1',
  ],
  ['opium', 'أفيون', 'تریاک|افیون', 'Persian تریاک (from the Greek theriac) beside the Arabic word'],
  [
    'methamphetamine|crystal meth|meth',
    'ميثامفيتامين|ميتامفيتامين|كريستال ميث',
    'شیشه|متامفتامین|مت‌آمفتامین|مت آمفتامین',
    'Persian calls it شیشه (glass); compared only against another name of a drug or a disease, never a word',
  ],
  ['cannabis|marijuana', 'قنب|قنب هندي|ماريجوانا|ماريغوانا', 'شاهدانه|ماری‌جوانا|ماریجوانا|ماری جوانا', 'translated or the Spanish name'],
];
