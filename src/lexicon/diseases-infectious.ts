/**
 * Infectious diseases that health writing in Arabic and Persian names by words of its own or by a translation: the
 * notifiable diseases, the neglected tropical diseases of the WHO's list, and those of animals that reach the news.
 * Row format and rules as in diseases.ts (`[English, Arabic, Persian, reason]`, Arabic without the article). Names
 * that the letters already find (الملاريا / مالاریا, شيكونغونيا, حمى لاسا through its head) need no row; a row is kept
 * for such a name only where it also lists a word of the language's own (البرداء) or must be kept apart from a
 * neighbour (typhus and typhoid).
 */
import type { DiseaseRow } from './diseases.js';

export const INFECTIOUS_DISEASE_ROWS: readonly DiseaseRow[] = [
  ['tetanus|lockjaw', 'كزاز|تيتانوس', 'کزاز|تتانوس', 'the Arabic word, which Persian keeps, or the Greek name'],
  ['scabies', 'جرب|داء الجرب', 'گال|جرب|بیماری گال', 'the Arabic word, or in Persian the French gale'],
  [
    'mumps',
    'نكاف|أبو كعب|التهاب الغدة النكفية|التهاب الغدد النكفية',
    'اوریون|اُریون',
    'Arabic its own word (colloquially أبو كعب), Persian the French oreillons',
  ],
  [
    'brucellosis|Malta fever|undulant fever',
    'داء البروسيلات|داء البروسيلا|بروسيلا|بروسيلات|داء البروسيلوسيس|حمى مالطا|الحمى المالطية|الحمى المتموجة',
    'تب مالت|تب مالتا|بروسلوز|بروسلا|بروسلوزیس|تب مواج',
    'Arabic the disease of the brucellae or Malta fever, Persian the French brucellose or Malta fever',
  ],
  [
    'leprosy|Hansen disease|Hansen’s disease',
    'جذام|داء هانسن|مرض هانسن',
    'جذام|خوره|بیماری هانسن',
    'the Arabic word, which Persian keeps beside its own خوره',
  ],
  [
    'schistosomiasis|bilharzia|bilharziasis',
    'بلهارسيا|بلهارزيا|داء البلهارسيا|داء البلهارسيات|داء المنشقات|البلهارسيا المعوية|البلهارسيا البولية',
    'شیستوزومیازیس|شیستوزومیاز|بیلارزیوز|بیلارزیا|بیلهارزیا',
    'named after Bilharz in Arabic, the worm schistosoma in Persian',
  ],
  [
    'onchocerciasis|river blindness',
    'عمى النهري|عمى الأنهار|داء كلابية الذنب|داء الذنبيات',
    'کوری رودخانه‌ای|کوری رودخانه|انکوسرکیازیس|اونکوسرکیازیس|انکوسرکوز',
    'translated: the blindness of rivers, or the worm onchocerca',
  ],
  [
    'lymphatic filariasis|filariasis|elephantiasis',
    'داء الفيل|داء الفيلاريات|داء الفيلاريات اللمفي|داء الخيطيات اللمفاوية|داء الخيطيات',
    'فیلاریازیس|فیلاریازیس لنفاوی|فیل‌پایی|فیل پایی',
    'the elephant disease, or the filaria worm',
  ],
  ['trachoma', 'تراخوما|رمد حبيبي|الرمد الحبيبي', 'تراخم|تراخما|تراخمی', 'the Greek name, or in Arabic the granular ophthalmia'],
  [
    'sleeping sickness|african trypanosomiasis|human african trypanosomiasis',
    'مرض النوم|داء النوم|داء المثقبيات الأفريقي|داء المثقبيات الإفريقي البشري',
    'بیماری خواب|بیماری خواب آفریقایی|تریپانوزومیازیس آفریقایی',
    'translated: the sleeping disease, or the trypanosoma; not Chagas disease',
  ],
  [
    'Chagas disease|American trypanosomiasis',
    'داء شاغاس|مرض شاغاس|مرض تشاغاس|داء المثقبيات الأمريكي',
    'بیماری شاگاس|شاگاس|تریپانوزومیازیس آمریکایی',
    'named after Chagas, or the American trypanosoma; not sleeping sickness',
  ],
  [
    'dracunculiasis|Guinea worm disease|Guinea worm',
    'داء التنينات|دودة غينيا|داء دودة غينيا',
    'کرم گینه|بیماری کرم گینه|دراکونکولیازیس|پیوک',
    'translated: the worm of Guinea, or the little dragon; Persian also پیوک',
  ],
  [
    'echinococcosis|hydatid disease|hydatidosis',
    'داء المشوكات|الكيسة العدارية|الأكياس العدارية|داء الأكياس المائية',
    'اکینوکوکوز|کیست هیداتید|بیماری هیداتید',
    'translated: the disease of the echinococci, or the watery cysts',
  ],
  [
    'kala-azar|visceral leishmaniasis',
    'كالا آزار|كالازار|داء الليشمانيات الحشوي|الليشمانيا الحشوية|الحمى السوداء',
    'کالاآزار|کالا آزار|لیشمانیوز احشایی|سالک احشایی',
    'the Hindi black fever, or the visceral form; a kind of leishmaniasis kept as its own',
  ],
  [
    'plague|bubonic plague|black death',
    'طاعون|الطاعون الدبلي|الطاعون الدملي|الموت الأسود',
    'طاعون|طاعون خیارکی|طاعون غده‌ای|مرگ سیاه',
    'the Arabic word, which Persian keeps; the bubonic plague named by its swellings',
  ],
  [
    'Ebola|Ebola virus disease|ebola virus|ebola fever|ebola haemorrhagic fever',
    'إيبولا|ايبولا|فيروس إيبولا|فيروس ايبولا|حمى إيبولا|مرض فيروس إيبولا|حمى إيبولا النزفية',
    'ابولا|ایبولا|ویروس ابولا|ویروس ایبولا|تب ابولا|بیماری ویروس ابولا|تب خونریزی‌دهنده ابولا',
    'named after a river, the virus and the disease alike; Arabic writes ي for the Latin e',
  ],
  [
    'Crimean-Congo haemorrhagic fever|Crimean-Congo fever|Congo fever|CCHF',
    'حمى القرم الكونغو النزفية|حمى القرم والكونغو النزفية|حمى القرم الكونغو|حمى القرم والكونغو|الحمى النزفية القرم الكونغو|حمى الكونغو النزفية|حمى الكونغو',
    'تب کریمه کنگو|تب کریمه‌کنگو|تب خونریزی‌دهنده کریمه کنگو|تب خونریزی دهنده کریمه کنگو|تب خونریزی‌دهنده کریمه‌کنگو|تب کنگو|تب خونریزی‌دهنده کنگو',
    'translated: the bleeding fever of Crimea and Congo, either place or the bleeding often left out',
  ],
  [
    'West Nile fever|West Nile virus|West Nile',
    'حمى غرب النيل|فيروس غرب النيل|حمى النيل الغربي|فيروس النيل الغربي',
    'تب نیل غربی|ویروس نیل غربی|تب غرب نیل|ویروس غرب نیل',
    'translated: the fever or virus of the western Nile',
  ],
  [
    'Rift Valley fever',
    'حمى الوادي المتصدع|حمى وادي ريفت|حمى الوادي المتصدّع',
    'تب دره ریفت|تب دره‌ی ریفت|تب دره شکاف',
    'translated: the fever of the rift valley',
  ],
  ['malaria', 'ملاريا|برداء|البرداء|حمى الملاريا', 'مالاریا|ملاریا|تب مالاریا', 'the Italian name, or in Arabic the old word برداء'],
  [
    'typhus|epidemic typhus',
    'تيفوس|الحمى النمشية|التيفوس الوبائي|حمى التيفوس',
    'تیفوس|تیفوس لکه‌دار|تیفوس اپیدمیک',
    'the Greek name; not typhoid, which Persian calls حصبه',
  ],
  ['scarlet fever|scarlatina', 'حمى قرمزية|الحمى القرمزية', 'مخملک|تب مخملک', 'Arabic the scarlet fever, Persian مخملک, the velvet (rash)'],
  ['syphilis', 'زهري|سفلس|الزهري|داء الزهري', 'سفلیس|سیفلیس|کوفت', 'Arabic its own word, Persian the French or the old کوفت'],
  [
    'gonorrhoea|gonorrhea',
    'سيلان|داء السيلان|السيلان البني',
    'سوزاک|گنوره',
    'each language its own word (Arabic the flow, Persian the burning)',
  ],
  ['herpes', 'هربس|حلأ|الحلأ البسيط|القوباء', 'هرپس|تبخال', 'the Greek name, or Persian تبخال, a fever blister'],
  [
    'shingles|herpes zoster',
    'الحزام الناري|الهربس النطاقي|الحلأ النطاقي|حزام ناري',
    'زونا|هرپس زوستر',
    'Arabic the fiery belt, Persian the French zona; not herpes',
  ],
  [
    'pneumonia',
    'التهاب رئوي|الالتهاب الرئوي|ذات الرئة|التهاب الرئة|التهاب الرئتين',
    'ذات‌الریه|ذات الریه|سینه‌پهلو|عفونت ریه|پنومونی|التهاب ریه',
    'Arabic translates, Persian keeps the old Arabic ذات الریه or says سینه‌پهلو',
  ],
  [
    'dysentery',
    'زحار|الزحار|دوسنتاريا|الديزنطاريا|الإسهال الدموي',
    'اسهال خونی|دیسانتری|اسهال خونین',
    'translated: the bloody diarrhoea, or the Greek name',
  ],
  ['common cold', 'زكام|نزلة برد|نزلة البرد|الرشح', 'سرماخوردگی|زکام|سرما خوردگی', 'each language its own word'],
  [
    'botulism',
    'تسمم وشيقي|التسمم الوشيقي|التسمم السجقي|التسمم البوتوليني|البوتيولية',
    'بوتولیسم|مسمومیت بوتولیسمی|مسمومیت بوتولینومی',
    'Arabic translates (the sausage poisoning), Persian borrows the French',
  ],
  [
    "Legionnaires' disease|legionellosis|Legionella infection",
    'داء الفيالقة|مرض الفيالقة|داء المحاربين القدامى|داء الفيلقيات|داء الليجيونيلا',
    'بیماری لژیونر|بیماری لژیونرها|لژیونلوز|بیماری لژیونلا',
    'translated: the disease of the legion(naires)',
  ],
  [
    'foot-and-mouth disease|FMD',
    'الحمى القلاعية|مرض الحمى القلاعية|حمى قلاعية',
    'تب برفکی|بیماری تب برفکی',
    'a disease of cattle: the aphthous fever; not hand, foot and mouth disease',
  ],
  [
    'hand, foot and mouth disease|hand foot and mouth disease|HFMD',
    'مرض اليد والقدم والفم|داء اليد والقدم والفم',
    'بیماری دست و پا و دهان|بیماری دست، پا و دهان|بیماری دست پا دهان',
    'a disease of children, translated word for word; not foot-and-mouth disease',
  ],
  [
    'mad cow disease|bovine spongiform encephalopathy|BSE',
    'جنون البقر|مرض جنون البقر|اعتلال الدماغ الإسفنجي البقري',
    'جنون گاوی|بیماری جنون گاوی|انسفالوپاتی اسفنجی‌شکل گاوی',
    'translated: the madness of cows',
  ],
  [
    'lumpy skin disease',
    'مرض الجلد العقدي|الجلد العقدي',
    'بیماری لمپی اسکین|لمپی اسکین|بیماری پوستی ندولار',
    'a disease of cattle: Arabic translates, Persian borrows the English',
  ],
  [
    'peste des petits ruminants|PPR|goat plague',
    'طاعون المجترات الصغيرة|طاعون الماعز',
    'طاعون نشخوارکنندگان کوچک|طاعون گوسفند و بز|طاعون بز',
    'translated: the plague of small ruminants; not plague',
  ],
  ['rinderpest|cattle plague', 'طاعون البقر|الطاعون البقري', 'طاعون گاوی|طاعون گاو', 'translated: the cattle plague; not plague'],
];
