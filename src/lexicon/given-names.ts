/**
 * Given names, for two jobs. {@link findNames} starts a person's name at one (فلاديمير بوتين, جلال موسوي),
 * and {@link compareNames} knows that two different Arabic or Persian names are two names, not two
 * spellings: محمد and محمود, حسن and حسين share letters but Arabic and Persian write each of them one way.
 */

/**
 * Names of God that follow عبد in a theophoric name (عبد القادر, عبد القدير), also given names alone. Most are
 * adjectives too (ظاهر "apparent", باطن "inner side", قادر "able"), so one starts a name only with another given
 * name after it (قادر حليم). The commonest words among them (ملك, سلام, حي, واحد …) are left out.
 */
export const THEOPHORIC_NAMES =
  'قادر قدير جبار غفار قهار وهاب رزاق فتاح عليم باسط سميع بصير حليم عظيم غفور شكور حفيظ رقيب مجيب ودود وكيل قيوم صمد ظاهر باطن تواب رؤوف نافع بديع وارث صبور خالق مصور مهيمن قدوس معز رافع خبير حسيب منعم ستار كافي منان حنان';

/**
 * Names of Arabic or Persian origin, written alike in both languages (after letter folding). Two different
 * entries are different names, unless {@link NATIVE_VARIANTS} lists them together.
 */
export const NATIVE_NAMES =
  'محمد محمود أحمد حامد حميد حمد حمدي مصطفى مرتضى مجتبى علي عالي حسن حسين حسني محسن أحسن عباس جعفر صادق باقر رضا كاظم هادي مهدي ' +
  'عمر عثمان أبوبكر عتيق خالد وليد سعيد سعد سعود سعدي زيد زايد زياد يزيد فهد فيصل سلمان سليمان سلمى نايف طلال بندر تركي منصور ناصر نصر نصير ' +
  'عبدالله عبدالرحمن عبدالعزيز عبدالملك عبدالكريم عبدالرحيم عبدالحميد عبدالمجيد عبدالفتاح عبدالسلام عبدالقادر عبدالغني عبداللطيف عبدالرشيد عبدالحكيم ' +
  'إبراهيم إسماعيل إسحاق يعقوب يوسف يونس موسى عيسى يحيى زكريا داود هارون نوح آدم إدريس إلياس أيوب ' +
  'جمال جلال كمال نبيل عادل عدنان عماد عمار عمران عامر أمير أمين أنور أنس أسامة أسعد أكرم أشرف أيمن بشار بشير بلال ' +
  'جواد جميل حبيب حاتم حازم حسام حمزة خليل رامي رشيد رشاد رياض ريان سامي سالم سليم شريف صالح صلاح طارق طاهر طه ظريف ' +
  'عزيز عصام غازي غسان فؤاد فارس فاروق فريد فوزي قاسم بلقاسم كريم لطفي ماجد مالك مأمون مجيد مراد مروان مسعود معاذ منير مهند نادر نعيم نور نوري هاشم هشام وائل ياسر ياسين ' +
  'فاطمة زينب مريم عائشة خديجة ليلى سارة هدى نسرين ' +
  'رحيم رحمن رحمة رحمت كريمي قربان نعمت نعمة عزت غلام شاه ' +
  'أصغر أكبر جليل خليل روح‌الله نصرالله حزب‌الله سيف فضل فضل‌الله حشمت ' +
  'بهرام بهروز بيژن پرويز جمشيد داريوش رستم سهراب فريدون كورش كوروش منوچهر هوشنگ شهرام شهريار ' +
  'اشرف حامد امرالله ذبيح‌الله سراج‌الدين مهرالدين صدرالدين نورالدين شمس‌الدين بدرالدين جلال‌الدين نجم‌الدين ' +
  'جاسم جاسر قيس غادة سمير سميرة رانيا هاني هالة منى نادية دينا ريم رغد غيث قصي عدي لؤي ماهر مازن معتز نزار نضال هيثم ' +
  'زهير سهيل شادي صفاء ضياء عاطف عبير علاء فادي فراس كنان لبنى مها ميساء نجلاء نهى هبة وفاء ياسمين تامر ثامر حيدر ' +
  'زياد سوسن شيماء صهيب عزام عمرو فيروز قتيبة لمياء مجدي مصعب ناجي نجيب نوال يزن رغيد غالب جابر ' +
  'باسل بسام إياد تميم حارث حمدان راشد رضوان عاصم فتحي معن منذر نعمان وجدي رامز شوقي سامح رشدي صبحي رفعت مدحت شكري مثنى عوني حمادة ' +
  'أسماء رباب رحاب رشا روان ريما زهراء سعاد سلوى سهام عبلة فدوى لينا ماجدة منال نجوى نهاد هناء وداد يسرى ' +
  // Masculine names in -at, which Arabic spells with ت as Persian and Turkish do (with ة they are words).
  'ثروت شوكت نشأت عصمت حكمت بهجت طلعت صفوت رأفت عفت صديق عبيد عبيدالله ' +
  // Names of Arab rulers' and commanders' families that news carries in chains of fathers (صدام خليفة حفتر).
  'خليفة معاوية بدر معمر مشعل نواف ' +
  // Arabic names Turkish carries too (Recep Tayyip): listed among the foreign given names only as Turkish writes them.
  'رجب طيب ' +
  // Muqtada (مفتعل on ق د ي), which Persian's reformed spelling writes مقتدا.
  'مقتدى ' +
  THEOPHORIC_NAMES +
  ' ' +
  'آرش آرمان امید بابک بهنام بهزاد پژمان پوریا رامین سیاوش فرهاد فرزاد کامران کاوه مازیار مهرداد مهران نیما';

/** Spellings that are one native name written two ways. */
export const NATIVE_VARIANTS: readonly (readonly string[])[] = [
  ['رحمن', 'رحمان'],
  ['إسماعيل', 'إسمعيل'],
  ['إسحاق', 'إسحق'],
  ['داود', 'داوود'],
  ['هارون', 'هرون'],
  ['عبدالرحمن', 'عبدالرحمان'],
  ['رحمة', 'رحمت'],
  ['نعمة', 'نعمت'],
  ['كوروش', 'كورش'],
  ['إبراهيم', 'ابراهيم'],
];

/**
 * Given names from other languages, as Arabic and Persian newsrooms write them, `arabic|persian` with
 * variants separated by `/`. Compound names written apart or together are listed with a space.
 */
export const FOREIGN_GIVEN_NAMES: readonly string[] = [
  'فلاديمير|ولادیمیر',
  'أندريه/اندريه|آندری/آندره',
  'سيرغي/سيرجي/سيرغيه|سرگئی/سرگی',
  'ديمتري/دميتري|دیمیتری/دمیتری',
  'ميخائيل|میخائیل',
  'ألكسندر/الكسندر/أليكساندر|الکساندر/آلکساندر',
  'أليكسي/ألكسي|الکسی/آلکسی',
  'نيكولاي|نیکلای/نیکولای',
  'بوريس|بوریس',
  'يفغيني/يفجيني|یوگنی/اوگنی',
  'فيكتور|ویکتور',
  'ماريا|ماریا',
  'يوليا|یولیا',
  'دونالد|دونالد',
  'جو|جو',
  'كامالا|کامالا',
  'أنتوني/انتوني|آنتونی',
  'ماركو|مارکو',
  'إيمانويل|امانوئل',
  'أولاف|اولاف',
  'فريدريش|فریدریش',
  'أنغيلا/أنجيلا|آنگلا',
  'كير|کیر',
  'ريشي|ریشی',
  'أنطونيو/انطونيو|آنتونیو',
  'جوزيب|ژوزپ',
  'أورسولا|اورزولا',
  'بنيامين|بنیامین',
  'يسرائيل|یسرائیل',
  'رجب طيب|رجب طیب',
  'إلهام|الهام',
  'نيكول|نیکول',
  'إيمومالي/إمام علي|امامعلی/امام علی',
  'إيمانغالي/إيمان غالي|ایمانغالی/ایمان غالی',
  'قاسم جومارت|قاسم‌جومارت/قاسم جومارت',
  'نور سلطان|نورسلطان/نور سلطان',
  'شوكت|شوکت',
  'صدير/صادر|صدیر/صادر',
  'سردار|سردار',
  'غوربانغولي/قربان قلي|قربانقلی/قربان‌قلی',
  'ألمظبيك/ألمازبيك|الماز‌بیک/المازبیک',
  'سوورونباي|سورونبای',
  'كيم جونغ|کیم جونگ',
  'شي|شی',
  'ناريندرا|نارندرا',
  'شهباز|شهباز',
  'آصف علي|آصف علی',
  'هبة الله|هبت‌الله/هبةالله',
  'ذبيح الله|ذبیح‌الله',
  'أمير خان|امیرخان',
  'سراج الدين|سراج‌الدین/سراج الدین',
  'فولكر|فولکر',
  'رافائيل|رافائل',
  'علي أكبر|علی‌اکبر',
  'محمد جواد|محمدجواد',
];

/**
 * Common Chinese, Korean and Vietnamese surnames as Arabic and Persian newsrooms write them. They open a name whose
 * given name is written in syllables apart (لي كه تشيانغ, کیم جونگ اون): one syllable fewer is another person.
 */
export const EAST_ASIAN_SURNAME_SPELLINGS =
  'لي لی وانغ وانگ تشانغ ژانگ چانگ ليو لیو تشن چن يانغ یانگ هوانغ هوانگ تشاو ژائو چائو وو تشو ژو چو شي شی هو قاو گائو لين لین ' +
  'سون صن ما ماء قوه گوه كوه كو هان تانغ تانگ فنغ فنگ دنغ دنگ جيانغ جیانگ وين ون ' +
  'كيم کیم بارك پارک تشوي چوی جونغ جونگ كانغ کانگ يون یون مون هونغ هونگ شين شین ' +
  'نغوين نگوین تران ترآن فام';

/**
 * Short forms of European given names that news writes for some people instead of the full name (Joe Biden,
 * Bibi Netanyahu, Liz Truss, Mo Salah), each row the short forms and the full names, in Arabic and Persian
 * spellings (`/` between spellings, `|` between the two). Left out: short forms that are ordinary words in
 * either language (بن "son", بيت "house", ديك "rooster", سام "poisonous"), and those that are given names of
 * their own (تشارلي, Charlie).
 */
export const SHORT_GIVEN_NAMES: readonly string[] = [
  'جو|جوزيف/جوزف',
  'بيل|ويليام/وليام/ویلیام',
  'بوب/روب/باب|روبرت/رابرت',
  'مايك/مایک|مايكل/مایکل',
  'توني/تونی|أنتوني/انتوني/آنتونی',
  'جيم/جيمي/جیم/جیمی|جيمس/جیمز',
  'توم/تام|توماس',
  'تيد/تد|إدوارد/ادوارد',
  'تشاك/چاک|تشارلز/چارلز',
  'نيك/نیک|نيكولاس/نیکلاس/نیکولاس',
  'أليكس/اليكس/الکس|ألكسندر/الكسندر/الکساندر',
  'ديف/دیو|ديفيد/دیوید',
  'ستيف/استیو|ستيفن/ستيفان/استیون/استیفن',
  'بيبي/بی‌بی/بیبی|بنيامين/بنیامین',
  'ليز/لیز|إليزابيث/اليزابيث/الیزابت',
  'كيت/کیت|كاثرين/کاترین',
  'مو|محمد',
];

/**
 * Given names that news writes in one language's form for some people and in another's for others, or for one person
 * both ways, each row the usual form, the other form and the other form's language (`/` between spellings, `|` between
 * the parts): a Belgian or a French Charles (تشارلز / شارل), a king of France (لويس / لوي), a Catalan Josep (جوزيف /
 * جوزيب), an Israeli Yitzhak, whom Arabic names by the Arabic form of Isaac (إسحاق / يتسحاق), a Swede named Isak, a pope Leo, whom Arab Christians call لاوون. French
 * says ch sh and leaves a final s unsaid, and the other forms change a consonant, which the letters alone read as
 * another name (a French h left unsaid is a letter convention of its own: هنري / آنری). Only names whose two forms are
 * common in the news; Charlie (تشارلي) is a name of its own.
 */
export const GIVEN_NAME_FORMS: readonly string[] = [
  'تشارلز/شارلز/چارلز|شارل|French',
  'لويس/لوئیس|لوي/لویی|French',
  'جوزيف/جوزف|جوزيب/جوزپ|Catalan',
  'إسحاق/إسحق/اسحاق/اسحق|يتسحاق/يتسحق/اسحاک|Hebrew',
  'إسحاق/إسحق/اسحاق/اسحق|إيزاك/ايزاك/ایزاک|Swedish',
  // Arab Christians name the popes Leo by the Church's old Arabic form.
  'ليو/لئو/لیو/لئون|لاوون|Church Arabic',
];
