/**
 * More people whom Arabic and Persian name by a pen name, a stage name, a nom de guerre or a name they took, against
 * the names they were born with: classical Persian and Arabic poets and scholars by their takhallus or laqab (نظامی,
 * جامی, سيبويه), singers and rappers by their stage names, and the revolutionaries, writers and sportsmen the world
 * knows by a name they took (لنین, جورج اورول, محمد علی کلی). Written for the project; each other name is one that
 * names that person alone in the news and in books.
 */

import type { AliasRow } from './person-alias-row.js';

export const WORLD_ROWS: readonly AliasRow[] = [
  // Classical Persian poets, by their takhallus.
  [
    'جمال‌الدین ابومحمد الیاس بن یوسف|الیاس بن یوسف|الیاس بن یوسف نظامی|إلياس بن يوسف',
    'نظامی گنجوی|حکیم نظامی|نظامي الكنجوي|Nizami Ganjavi',
    'pen name',
    'the poet of Ganja',
  ],
  ['نورالدین عبدالرحمن جامی|عبدالرحمن جامی|نور الدين عبد الرحمن الجامي', 'جامی|مولانا جامی|الجامي|Jami', 'pen name', 'the poet of Herat'],
  ['ابوالمجد مجدود بن آدم|مجدود بن آدم|مجدود بن آدم سنایی', 'سنایی غزنوی|حکیم سنایی|سنائي الغزنوي|Sanai', 'pen name', 'the poet of Ghazni'],
  [
    'ابوعبدالله جعفر بن محمد رودکی|جعفر بن محمد رودکی|أبو عبد الله جعفر بن محمد الرودكي',
    'رودکی|استاد شاعران|الرودكي|Rudaki',
    'pen name',
    'the first great poet of Persian, not the Imam جعفر بن محمد',
  ],
  [
    'فریدالدین عطار|شیخ فریدالدین عطار|فریدالدین عطار نیشابوری|فریدالدین محمد عطار نیشابوری|فريد الدين العطار|Farid ud-Din Attar',
    'عطار نیشابوری|العطار النيسابوري',
    'pen name',
    'the poet of Nishapur',
  ],
  ['میرزا محمدعلی تبریزی|میرزا محمدعلی صائب', 'صائب تبریزی|صائب التبريزي|Saib Tabrizi', 'pen name', 'the Safavid poet'],
  ['عباس کی‌منش|عباس کی منش', 'مشفق کاشانی|مشفق', 'pen name', 'the poet of Kashan'],
  // Classical Arabic scholars and Sufis, by their laqab or epithet.
  ['عمرو بن عثمان بن قنبر|عمرو بن عثمان', 'سيبويه|سیبویه|Sibawayh', 'nickname', 'the grammarian of Basra'],
  ['عبد الملك بن قريب|عبد الملك بن قريب الباهلي', 'الأصمعي|اصمعی|al-Asmai', 'nickname', 'the philologist of Basra'],
  ['علي بن العباس بن جريج|علي بن العباس بن جورجيس', 'ابن الرومي|ابن رومی|Ibn al-Rumi', 'nickname', 'the Abbasid poet'],
  ['عبد السلام بن رغبان|عبد السلام بن رغبان الحمصي', 'ديك الجن|دیک الجن|ديك الجن الحمصي', 'nickname', 'the poet of Homs'],
  [
    'محمد بن عبد الله اللواتي الطنجي|محمد بن عبد الله بن محمد اللواتي|أبو عبد الله محمد بن عبد الله اللواتي',
    'ابن بطوطة|ابن بطوطه|Ibn Battuta',
    'nickname',
    'the traveller of Tangier',
  ],
  [
    'محيي الدين بن عربي|محی‌الدین ابن عربی|محی الدین عربی|Ibn Arabi',
    'الشيخ الأكبر|شیخ اکبر|Shaykh al-Akbar',
    'epithet',
    'the Sufi of Murcia and Damascus',
  ],
  [
    'الحسين بن منصور الحلاج|حسین بن منصور حلاج|حسین منصور حلاج|al-Husayn ibn Mansur al-Hallaj',
    'منصور حلاج|الحلاج|حلاج|al-Hallaj',
    'nickname',
    'the Sufi executed at Baghdad, whom Persian names by his father منصور',
  ],
  // Singers and rappers, by their stage names.
  ['كاظم جبار إبراهيم السامرائي|كاظم جبار السامرائي', 'كاظم الساهر|کاظم الساهر|Kadim Al Sahir', 'stage name', 'the Iraqi singer'],
  ['فضل عبد الرحمن شمندر|فضل شمندر', 'فضل شاكر|Fadl Shaker', 'stage name', 'the Lebanese singer'],
  ['نجاة محمد حسني البابا|نجاة حسني البابا', 'نجاة الصغيرة|Najat Al Saghira', 'stage name', 'the Egyptian singer'],
  ['صباح الدين أبو قوس|صباح أبو قوس', 'صباح فخري|Sabah Fakhri', 'stage name', 'the Syrian singer of Aleppo'],
  ['إمام محمد أحمد عيسى|إمام عيسى', 'الشيخ إمام|Sheikh Imam', 'stage name', 'the Egyptian singer and composer'],
  ['آندرانیک مددیان|آندرانيك مدديان', 'اندی|آندی|Andy', 'stage name', 'the Iranian singer'],
  ['امیرحسین مقصودلو|امیر حسین مقصودلو', 'امیر تتلو|تتلو|Amir Tataloo', 'stage name', 'the Iranian singer'],
  ['یاسر بختیاری', 'یاس|Yas', 'stage name', 'the Iranian rapper'],
  ['سروش لشکری', 'هیچکس|Hichkas', 'stage name', 'the Iranian rapper'],
  // Revolutionaries, writers and sportsmen of the world, by the names they took.
  [
    'ولادیمیر ایلیچ اولیانوف|ولادیمیر اولیانوف|فلاديمير إيليتش أوليانوف|فلاديمير أوليانوف|Vladimir Ulyanov',
    'لنین|ولادیمیر لنین|لينين|فلاديمير لينين|Lenin|Vladimir Lenin',
    'nom de guerre',
    'the leader of the Russian revolution',
  ],
  [
    'یوسف ویساریونوویچ جوغاشویلی|یوسف جوگاشویلی|جوزف جوغاشویلی|يوسف جوغاشفيلي|جوزيف جوغاشفيلي|Ioseb Jughashvili',
    'استالین|ژوزف استالین|جوزف استالین|ستالين|جوزيف ستالين|Stalin|Joseph Stalin',
    'nom de guerre',
    'the Soviet leader',
  ],
  [
    'لو داویدوویچ برونشتاین|لف برونشتاین|ليف برونشتاين|Lev Bronstein',
    'تروتسکی|لئون تروتسکی|تروتسكي|ليون تروتسكي|Trotsky|Leon Trotsky',
    'nom de guerre',
    'the Bolshevik leader',
  ],
  ['یوسیپ بروز|جوزيف بروز|Josip Broz', 'تیتو|مارشال تیتو|تيتو|المارشال تيتو|Tito', 'nom de guerre', 'the Yugoslav leader'],
  [
    'نگوین سین کونگ|نگوین تات تان|نغوين سينه كونغ|Nguyen Sinh Cung',
    'هوشی‌مین|هو شی مین|هوشی مین|هو تشي منه|Ho Chi Minh',
    'nom de guerre',
    'the Vietnamese leader',
  ],
  ['سالوت سار|سالوث سار|Saloth Sar', 'پل پوت|پول پوت|بول بوت|Pol Pot', 'nom de guerre', 'the Khmer Rouge leader'],
  [
    'ارنستو گوارا|ارنستو گوارا د لا سرنا|إرنستو غيفارا|Ernesto Guevara',
    'چه گوارا|چه‌گوارا|تشي غيفارا|تشي جيفارا|Che Guevara',
    'nickname',
    'the Argentine revolutionary',
  ],
  [
    'آنیس گونجا بویاجیو|أنيزة غونجا بوياجيو|Anjeze Gonxhe Bojaxhiu',
    'مادر ترزا|مادر تِرِزا|الأم تيريزا|Mother Teresa',
    'adopted name',
    'the nun of Calcutta',
  ],
  [
    'ریکاردو نفتالی ریس باسوالتو|ريكاردو نفتالي رييس|Ricardo Neftali Reyes',
    'پابلو نرودا|بابلو نيرودا|Pablo Neruda',
    'pen name',
    'the Chilean poet',
  ],
  ['اریک آرتور بلر|اريك آرثر بلير|Eric Arthur Blair', 'جورج اورول|جرج اورول|جورج أورويل|George Orwell', 'pen name', 'the English writer'],
  ['ساموئل کلمنس|ساموئل لنگهورن کلمنس|صامويل كليمنس|Samuel Clemens', 'مارک تواین|مارك توين|Mark Twain', 'pen name', 'the American writer'],
  ['فرانسوا ماری آروئه|فرانسوا ماري أرويه|Francois-Marie Arouet', 'ولتر|فولتير|Voltaire', 'pen name', 'the French writer'],
  ['ژان باپتیست پوکلن|جان باتيست بوكلان|Jean-Baptiste Poquelin', 'مولیر|موليير|Moliere', 'stage name', 'the French playwright'],
  [
    'شارل ادوار ژانره|شارل إدوار جانيريه|Charles-Edouard Jeanneret',
    'لوکوربوزیه|لو کوربوزیه|لو كوربوزييه|Le Corbusier',
    'pen name',
    'the Swiss-French architect',
  ],
  [
    'مالکوم لیتل|مالكوم ليتل|Malcolm Little',
    'مالکوم ایکس|مالكوم إكس|الحاج مالک شباز|الحاج مالك الشباز|Malcolm X',
    'adopted name',
    'the African-American leader',
  ],
  ['کاسیوس کلی|كاسيوس كلاي|Cassius Clay', 'محمد علی کلی|محمد علي كلاي|Muhammad Ali', 'adopted name', 'the boxer'],
  ['لو آلسیندور|لو ألسيندور|Lew Alcindor', 'کریم عبدالجبار|كريم عبد الجبار|Kareem Abdul-Jabbar', 'adopted name', 'the basketball player'],
  [
    'کت استیونس|كات ستيفنز|Cat Stevens',
    'یوسف اسلام|يوسف إسلام|Yusuf Islam',
    'adopted name',
    'the singer, Cat Stevens before he took his Muslim name',
  ],
];
