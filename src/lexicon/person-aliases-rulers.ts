/**
 * Kings, emperors, popes, patriarchs and presidents whom news names by a regnal or papal name, a title of state or a
 * name they took, against the names they were born with (راما العاشر for Vajiralongkorn, البابا فرنسيس for Jorge
 * Bergoglio, أتاتورك for Mustafa Kemal, هيلا سيلاسي for Tafari Makonnen); and Chinese figures of the past whom Persian
 * and Arabic still name by an older romanisation (چیانگ کای‌شک) or the Latin name Europe gave them (کنفوسیوس) beside
 * the pinyin of their names. Written for the project. A regnal name without its number names many kings and is
 * listed only with it; a title that passed to an heir is left out.
 */

import type { AliasRow } from './person-alias-row.js';

export const RULER_ROWS: readonly AliasRow[] = [
  // Kings and emperors by their regnal names.
  [
    'ماها فاجيرالونغكورن|فاجيرالونغكورن|ماها واجیرالونگکورن|واجیرالونگکورن|Maha Vajiralongkorn|Vajiralongkorn',
    'راما العاشر|راما دهم|الملك راما العاشر|Rama X',
    'regnal name',
    'the king of Thailand since 2016',
  ],
  [
    'بوميبول أدولياديج|بوميبول|بومیبول آدولیادج|بومیبول|Bhumibol Adulyadej|Bhumibol',
    'راما التاسع|راما نهم|Rama IX',
    'regnal name',
    'the king of Thailand from 1946 to 2016',
  ],
  [
    'هيروهيتو|هیروهیتو|Hirohito',
    'الإمبراطور شووا|امپراتور شووا|Emperor Showa',
    'regnal name',
    'the emperor of Japan from 1926 to 1989, named after his era',
  ],
  [
    'موتسوهيتو|موتسوهیتو|Mutsuhito',
    'الإمبراطور ميجي|امپراتور میجی|Emperor Meiji',
    'regnal name',
    'the emperor of Japan of the Meiji restoration',
  ],
  [
    'تفري مكونن|رأس تفري|تفری مکونن|راس تفری|Tafari Makonnen|Ras Tafari',
    'هيلا سيلاسي|هيلا سلاسي|هایله سلاسی|هایلا سلاسی|Haile Selassie',
    'regnal name',
    'the last emperor of Ethiopia, Tafari before he was crowned',
  ],
  [
    'جوزيف ديزيريه موبوتو|جوزيف موبوتو|ژوزف موبوتو|Joseph-Desire Mobutu',
    'موبوتو سيسي سيكو|موبوتو سسه سکو|Mobutu Sese Seko',
    'adopted name',
    'the ruler of Zaire, who took an African name in 1972',
  ],
  [
    'مصطفى كمال|مصطفى كمال باشا|مصطفی کمال|مصطفی کمال پاشا|Mustafa Kemal|Mustafa Kemal Pasha',
    'أتاتورك|آتاتورک|آتاترک|مصطفى كمال أتاتورك|مصطفی کمال آتاتورک|Ataturk',
    'epithet',
    'the founder of the Turkish republic, "father of the Turks"',
  ],
  [
    'نور سلطان نزارباييف|نورسلطان نظربایف|نورسلطان نزربایف|Nursultan Nazarbayev',
    'إلباسي|الباسی|Elbasy',
    'epithet',
    'the first president of Kazakhstan, "leader of the nation"',
  ],
  [
    'صابرمراد نيازوف|صفرمراد نیازوف|Saparmurat Niyazov',
    'تركمنباشي|ترکمن‌باشی|ترکمنباشی|Turkmenbashi',
    'epithet',
    'the first president of Turkmenistan, "head of the Turkmen"',
  ],
  [
    'قربانقلی بردی‌محمدوف|غوربانغولي بيردي محمدوف|Gurbanguly Berdimuhamedow',
    'أركاداغ|ارکاداغ|Arkadag',
    'epithet',
    'the Turkmen president, "protector"',
  ],
  [
    'عبد العزيز بن عبد الرحمن آل سعود|عبد العزيز آل سعود|عبدالعزیز بن عبدالرحمن آل سعود|عبدالعزیز آل سعود|Abdulaziz Al Saud',
    'ابن سعود|Ibn Saud',
    'nickname',
    'the founder of Saudi Arabia',
  ],
  [
    'محمد نادر شاه|نادر خان|محمد نادر خان|Mohammed Nadir Shah',
    'نادر شاه افغان',
    'regnal name',
    'the king of Afghanistan from 1929 to 1933, not نادرشاه افشار',
  ],
  // Popes and patriarchs by their papal names.
  [
    'خورخي ماريو بيرغوليو|خورخي بيرغوليو|خورخه ماریو برگولیو|خورخه برگولیو|Jorge Mario Bergoglio',
    'البابا فرنسيس|فرنسيس|پاپ فرانسیس|Pope Francis',
    'papal name',
    'the pope from 2013 to 2025',
  ],
  [
    'يوزف راتسينغر|جوزيف راتزينغر|یوزف راتسینگر|یوزف راتزینگر|جوزف راتزینگر|Joseph Ratzinger',
    'بنديكتوس السادس عشر|البابا بنديكتوس السادس عشر|بندیکت شانزدهم|پاپ بندیکت شانزدهم|Benedict XVI',
    'papal name',
    'the pope from 2005 to 2013',
  ],
  [
    'John Paul II|كارول فويتيلا|كارول يوزف فويتيلا|کارول وویتیلا|کارول یوزف وویتیلا|Karol Wojtyla',
    'البابا يوحنا بولس الثاني|پاپ ژان پل دوم',
    'papal name',
    'the pope from 1978 to 2005',
  ],
  [
    'Leo XIV|روبرت فرانسيس بريفوست|روبرت بريفوست|رابرت فرانسیس پریوست|رابرت پریوست|Robert Francis Prevost|Robert Prevost',
    'البابا لاون الرابع عشر|پاپ لئو چهاردهم',
    'papal name',
    'the pope elected in 2025',
  ],
  [
    'نظير جيد روفائيل|نظير جيد|نظیر جید',
    'البابا شنودة الثالث|شنودة الثالث|پاپ شنوده سوم|Pope Shenouda III',
    'papal name',
    'the Coptic pope from 1971 to 2012',
  ],
  [
    'وجيه صبحي باقي سليمان|وجيه صبحي باقي|وجیه صبحی باقی',
    'البابا تواضروس الثاني|تواضروس الثاني|پاپ تواضروس دوم|Pope Tawadros II',
    'papal name',
    'the Coptic pope since 2012',
  ],
  [
    'تنزين جياتسو|تنزین گیاتسو|تنزین جیاتسو|Tenzin Gyatso',
    'الدالاي لاما|دالایی لاما|دالای لاما|Dalai Lama',
    'title and name',
    'the fourteenth Dalai Lama',
  ],
  // Chinese figures of the past: an older romanisation or a Latin name against the pinyin.
  [
    'جیانگ جیشی|جيانغ جيشي|جیانگ جونگ‌جنگ|جیانگ ژونگ‌ژنگ|Jiang Jieshi|Jiang Zhongzheng',
    'چیانگ کای‌شک|چیانگ کای شک|چیانگ کایشک|تشيانغ كاي شيك|شيانغ كاي شيك|Chiang Kai-shek',
    'older romanisation',
    'the Nationalist leader of China and Taiwan',
  ],
  [
    'سون جونگ‌شان|سون ژونگ‌شان|سون ژونگشان|صن تشونغ شان|Sun Zhongshan',
    'سون یات‌سن|سون یات سن|سون یاتسن|صن يات سين|سون يات سين|Sun Yat-sen',
    'older romanisation',
    'the founder of the Chinese republic',
  ],
  [
    'ژو ئن‌لای|ژو ئن لای|ژوئن‌لای|تشو إن لاي|جو إن لاي|Zhou Enlai',
    'چو ئن‌لای|چو ئن لای|چوئن‌لای|چو ان لای|شو إن لاي|Chou En-lai',
    'older romanisation',
    'the Chinese prime minister from 1949 to 1976',
  ],
  [
    'دنگ شیائوپینگ|دنگ شیائو پینگ|دنغ شياو بينغ|دنغ شياوبينغ|Deng Xiaoping',
    'تنگ هسیائو پینگ|تنگ شیائوپینگ|تنغ هسياو بينغ|Teng Hsiao-ping',
    'older romanisation',
    'the Chinese leader',
  ],
  ['لین بیائو|لین بیاو|لين بياو|Lin Biao', 'لین پیائو|لین پیاو|Lin Piao', 'older romanisation', 'the Chinese marshal'],
  ['لیو شائوچی|ليو شاو تشي|Liu Shaoqi', 'لیو شائو چی|لیو شائوچی|Liu Shao-chi', 'older romanisation', 'the Chinese head of state'],
  ['ژو ده|جو ده|تشو ده|Zhu De', 'چو ته|Chu Teh', 'older romanisation', 'the Chinese marshal'],
  [
    'کونگ‌زی|کونگ زی|کونگ فوزی|کونگ‌فوزی|كونغ فو تسي|كونغ تسي|کونگ فو تسه|Kongzi|Kong Fuzi',
    'کنفوسیوس|کنفسیوس|کنفوشیوس|كونفوشيوس|كونفوشيوس|Confucius',
    'Latin name',
    'the Chinese philosopher',
  ],
  ['منگ‌زی|منگ زی|منگ تسه|مينغ تسي|Mengzi', 'منسیوس|منشيوس|منسيوس|Mencius', 'Latin name', 'the Chinese philosopher'],
  [
    'لائوزی|لائو زی|لاو زي|لاوزي|Laozi',
    'لائوتسه|لائو تسه|لائوتزو|لاو تسو|لاوتسو|لاو تزو|Lao Tzu|Lao-tzu',
    'older romanisation',
    'the Chinese philosopher',
  ],
  ['سون زی|سون‌زی|سون زي|Sunzi', 'سون تزو|سون تسو|صن تزو|سن تزو|Sun Tzu', 'older romanisation', 'the Chinese strategist'],
];
