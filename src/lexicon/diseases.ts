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
  ['measles', 'حصبة', 'سرخک', 'each language its own word'],
  ['rubella|german measles', 'حصبة ألمانية|حميراء', 'سرخجه', 'each language its own word; not measles'],
  ['polio|poliomyelitis', 'شلل الأطفال|شلل أطفال|بوليو', 'فلج اطفال|فلج کودکان|پولیو', 'translated: paralysis of children'],
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
  ['tuberculosis|tb', 'سل|درن', 'سل|توبرکلوز', 'the Arabic word, which Persian keeps, or the Latin one'],
  ['yellow fever', 'حمى الصفراء', 'تب زرد', 'translated'],
  [
    'dengue|dengue fever',
    'حمى الضنك|حمى الدنك|حمى الدنج',
    'تب دنگی|دنگی|تب دانگ',
    'Arabic says ضنك (hardship) for the Spanish dengue, only with its head: ضنك alone is a word and a town in Oman',
  ],
  ['typhoid|typhoid fever', 'تيفوئيد|حمى التيفوئيد|تيفود', 'حصبه|تیفوئید|تب حصبه', 'Persian says حصبه, which in Arabic (حصبة) is measles'],
  ['rabies', 'داء الكلب|سعار', 'هاری|بیماری هاری', 'each language its own word (Arabic: the dog disease)'],
  ['whooping cough|pertussis', 'سعال ديكي|شاهوق', 'سیاه‌سرفه|سیاه سرفه', 'translated: the rooster cough, the black cough'],
  ['diphtheria', 'دفتيريا|خناق', 'دیفتری|دیفتریا|خناق', 'the Greek name or the old Arabic word'],
  ['anthrax', 'جمرة خبيثة', 'سیاه‌زخم|سیاه زخم|آنتراکس', 'translated: the malignant ember, the black wound'],
  ['hepatitis', 'التهاب الكبد|التهاب كبد', 'هپاتیت', 'Arabic translates, Persian borrows the French'],
  ['meningitis', 'التهاب السحايا', 'مننژیت', 'Arabic translates, Persian borrows the French'],
  ['leishmaniasis', 'داء الليشمانيات|ليشمانيا|داء الليشمانيا', 'لیشمانیوز|سالک', 'Persian the French ending or its own word'],
  [
    "alzheimer|alzheimers|alzheimer’s|alzheimer's",
    'زهايمر|ألزهايمر|مرض الزهايمر|مرض ألزهايمر',
    'آلزایمر|بیماری آلزایمر',
    'Arabic writes the German h, Persian does not',
  ],
  ['aids', 'إيدز|ايدز|سيدا', 'ایدز', 'the English acronym as a word, or in the Maghreb the French SIDA'],
  [
    'diabetes',
    'سكري|داء السكري|مرض السكري',
    'دیابت|بیماری قند|مرض قند',
    'Arabic its own word, Persian the French one or the sugar disease',
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
