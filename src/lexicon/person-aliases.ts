/**
 * People whom news names by another name than their own: a kunya (أبو مازن for محمود عباس), a nom de guerre
 * (أبو بكر البغدادي), a nickname (حميدتي), an epithet or title with the given name (امام رضا, مولوی for Rumi). No
 * letter model finds these; each row is one person, with the forms of each name in Arabic, Persian and Latin
 * letters, what the other name is, and why the person is here. Written for the project; kept to people news
 * still names so, and to names no other person is commonly called.
 *
 * Figures of the past whose names the two traditions took by different roads are here too: Greek scholars by the
 * names Arabic translators gave them (أبقراط for Hippocrates), Muslim scholars by the Latin names of medieval Europe
 * (Avicenna), Persian kings by the Greek names Europe and Arabic know them by (Xerxes, زركسيس for خشایارشا), and
 * European rulers and popes by the Christian Arabic forms of their names (بطرس for Peter, يوحنا for John). A regnal
 * number is part of a listed form: Darius I and Darius III are two rows, and a form with another number is not
 * listed. Two rows of one person (a kunya and a Latin name) begin with the same own name.
 */

import type { AliasKind, AliasRow } from './person-alias-row.js';
import { FAITH_ROWS } from './person-aliases-faith.js';
import { LETTERS_ROWS } from './person-aliases-letters.js';
import { COMMANDER_ROWS } from './person-aliases-commanders.js';
import { RULER_ROWS } from './person-aliases-rulers.js';
import { DYNAST_ROWS } from './person-aliases-dynasts.js';
import { WORLD_ROWS } from './person-aliases-world.js';

export type { AliasKind } from './person-alias-row.js';

type Row = AliasRow;

const ROWS: readonly Row[] = [
  // Palestinian leaders, whom Arabic and Persian news name by their kunyas.
  ['محمود عباس|Mahmoud Abbas', 'أبو مازن|ابومازن|Abu Mazen', 'kunya', 'the Palestinian president'],
  ['ياسر عرفات|Yasser Arafat', 'أبو عمار|ابوعمار|Abu Ammar', 'kunya', 'the PLO leader'],
  ['خليل الوزير|Khalil al-Wazir', 'أبو جهاد|ابوجهاد|Abu Jihad', 'kunya', 'a founder of Fatah'],
  ['صلاح خلف|Salah Khalaf', 'أبو إياد|ابوایاد|Abu Iyad', 'kunya', 'a founder of Fatah'],
  ['أحمد قريع|احمد قریع|Ahmed Qurei', 'أبو علاء|ابوعلاء|Abu Ala', 'kunya', 'a Palestinian prime minister'],
  ['إسماعيل هنية|اسماعیل هنیه|Ismail Haniyeh', 'أبو العبد|ابوالعبد|Abu al-Abd', 'kunya', 'the Hamas leader'],
  // Leaders of armed groups, named by their noms de guerre.
  [
    'إبراهيم عواد البدري|إبراهيم عواد إبراهيم البدري|Ibrahim Awad al-Badri',
    'أبو بكر البغدادي|ابوبکر البغدادی|ابوبکر بغدادی|Abu Bakr al-Baghdadi',
    'nom de guerre',
    'the leader of the Islamic State',
  ],
  [
    'أحمد فاضل الخلايلة|أحمد فاضل نزال الخلايلة',
    'أبو مصعب الزرقاوي|ابومصعب زرقاوی|Abu Musab al-Zarqawi',
    'nom de guerre',
    'the leader of al-Qaeda in Iraq',
  ],
  [
    'جمال جعفر آل إبراهيم|جمال جعفر محمد علي آل إبراهيم',
    'أبو مهدي المهندس|ابومهدی المهندس|ابومهدی مهندس|Abu Mahdi al-Muhandis',
    'nom de guerre',
    'the deputy commander of the Popular Mobilisation Forces',
  ],
  ['محمد حمدان دقلو|Mohamed Hamdan Dagalo', 'حميدتي|حمیدتی|Hemedti', 'nickname', 'the commander of the Rapid Support Forces'],
  ['أحمد شاه مسعود|احمد شاه مسعود|Ahmad Shah Massoud', 'شیر پنجشیر|أسد بنجشير|Lion of Panjshir', 'epithet', 'the Afghan commander'],
  ['قاسم سليماني|قاسم سلیمانی|Qasem Soleimani', 'الحاج قاسم|حاج قاسم', 'title and name', 'the Quds Force commander'],
  ['عبد الحميد إسماعيل زهي|عبدالحمید اسماعیل‌زهی', 'مولوي عبد الحميد|مولوی عبدالحمید', 'title and name', 'the Sunni cleric of Zahedan'],
  // Scholars and poets whom Persian names by a title, a kunya or an epithet.
  ['جلال الدين الرومي|جلال‌الدین محمد بلخی|جلال‌الدین رومی|Rumi', 'مولوي|مولوی|مولانا', 'epithet', 'the poet, "our master" in Persian'],
  ['ابن سينا|ابن سینا|Ibn Sina', 'أبو علي سينا|ابوعلی سینا|بوعلی سینا|پورسینا', 'kunya', 'the physician, whom Persian names by his kunya'],
  // The Shia imams, whom Persian and Arabic name by the title and the given name or the epithet.
  ['علي بن أبي طالب|علی بن ابی‌طالب|علی بن ابیطالب', 'الإمام علي|امام علی|أمير المؤمنين علي', 'title and name', 'the first imam'],
  ['الحسن بن علي|حسن بن علی|حسن مجتبی', 'الإمام الحسن|امام حسن', 'title and name', 'the second imam'],
  ['الحسين بن علي|حسین بن علی', 'الإمام الحسين|امام حسین|سيد الشهداء|سیدالشهدا', 'title and name', 'the third imam'],
  ['جعفر الصادق|جعفر بن محمد الصادق|جعفر صادق', 'الإمام الصادق|امام صادق|امام جعفر صادق', 'title and name', 'the sixth imam'],
  ['موسى الكاظم|موسی کاظم|موسى بن جعفر|موسی بن جعفر', 'الإمام الكاظم|امام کاظم|امام موسی کاظم', 'title and name', 'the seventh imam'],
  ['علي بن موسى الرضا|علی بن موسی الرضا', 'الإمام الرضا|امام رضا|امام هشتم', 'title and name', 'the eighth imam'],
  // Greek and Roman figures, whom Arabic names as its translators of the 9th century did (and Persian after it), and
  // European languages and Persian's newer borrowings from the Latin.
  ['Hippocrates|هيبوقراط|هیپوکرات|هیپوکراتس', 'أبقراط|ابقراط|بقراط', 'Arabic name', 'the Greek physician'],
  ['Galen|Galenus|Galen of Pergamon|گالن|گالنوس|جالن', 'جالينوس|جالینوس', 'Arabic name', 'the Greek physician of Pergamon'],
  [
    'Ptolemy|Claudius Ptolemy|Ptolemaeus|پتولمی|تولمي',
    'بطليموس|بطلميوس|بطلمیوس',
    'Arabic name',
    'the astronomer, and the kings of Egypt of his name',
  ],
  ['Euclid|Eukleides|یوکلید|اقلیدوس', 'إقليدس|اقليدس|اقلیدس', 'Arabic name', 'the Greek geometer'],
  ['Aristotle|Aristoteles|اریستوتل', 'أرسطو|ارسطو|أرسطوطاليس|ارسطوطالیس|أرسطاطاليس|ارسطاطالیس', 'Arabic name', 'the Greek philosopher'],
  ['Plato|Platon|پلاتو|پلاتون', 'أفلاطون|افلاطون', 'Arabic name', 'the Greek philosopher'],
  ['Pythagoras|بيثاغوراس|پیتاگوراس|پوتاگوراس', 'فيثاغورس|فیثاغورس|فيثاغورث|فیثاغورث', 'Arabic name', 'the Greek mathematician'],
  ['Dioscorides|Pedanius Dioscorides|دیوسکوریدس', 'ديسقوريدس|دیسقوریدس|ديسقوريدوس', 'Arabic name', 'the Greek physician and herbalist'],
  ['Porphyry|Porphyrius|پورفیری|پورفیریوس', 'فرفوريوس|فرفوریوس', 'Arabic name', 'the Neoplatonist philosopher'],
  ['Plotinus|Plotin|پلوتینوس|پلوتین|بلوتينوس', 'أفلوطين|افلوطين|افلوطین', 'Arabic name', 'the Neoplatonist philosopher'],
  ['Empedocles|امپدوکلس|إمبيدوكليس', 'أنبادوقليس|انبادقلس|انباذقلس', 'Arabic name', 'the Greek philosopher'],
  ['Diogenes|دیوژن|دیوگنس', 'ديوجانس|دیوجانس|ديوجين', 'Arabic name', 'the Cynic philosopher'],
  ['Homer|Homeros|هومر', 'هوميروس|هومیروس', 'Arabic name', 'the Greek poet; Persian follows the French Homère'],
  [
    'Alexander the Great|Alexander of Macedon|Alexander III of Macedon|ألكسندر الأكبر|الکساندر کبیر',
    'الإسكندر الأكبر|الإسكندر المقدوني|اسکندر مقدونی|اسکندر کبیر|اسکندر بزرگ|إسكندر المقدوني',
    'Arabic name',
    'the Macedonian king, Iskandar in Arabic and Persian',
  ],
  // Greek writers and scholars whom Persian names after the French (Sophocle, Eschyle, Strabon) and Arabic after the
  // Greek or Latin.
  ['Sophocles|سوفوكليس', 'سوفوکل|سوفوکلس', 'French name', 'the Athenian tragedian'],
  ['Euripides|يوربيديس|يوريبيدس', 'اوریپید|ائوریپید', 'French name', 'the Athenian tragedian'],
  ['Aeschylus|إسخيلوس|أسخيلوس|آیسخولوس', 'اشیل|آشیل', 'French name', 'the Athenian tragedian'],
  ['Thucydides|ثوسيديديس|ثيوسيديدس|توكيديدس', 'توسیدید|توکیدید', 'French name', 'the Athenian historian'],
  ['Strabo|سترابو|استرابو', 'استرابون|سترابون', 'French name', 'the Greek geographer'],
  ['Hipparchus|هيبارخوس|هیپارخوس', 'هیپارک|ابرخس|أبرخس', 'French name', 'the Greek astronomer; Arabic also ابرخس'],
  ['Eratosthenes|إراتوستينس|إراتوسثينس', 'اراتوستن|اراتستن', 'French name', 'the Greek geographer'],
  ['Julius Caesar|ژولیوس سزار|ژول سزار|جوليوس سيزر', 'يوليوس قيصر|یولیوس قیصر', 'Arabic name', 'the Roman dictator'],
  [
    'Constantine the Great|کنستانتین کبیر|کنستانتین بزرگ|كونستانتين الكبير',
    'قسطنطين الأكبر|قسطنطين الكبير|قسطنطين العظيم|قسطنطین کبیر',
    'Arabic name',
    'the Roman emperor; his regnal number is left out, Constantine I of Greece being another',
  ],
  ['Heraclius|هراکلیوس|هيراكليوس', 'هرقل', 'Arabic name', 'the Byzantine emperor of the Muslim conquests (هرقل alone also says Hercules)'],
  ['Diocletian|Diocletianus|دیوکلسین|دیوکلتیان|ديوكلتيان', 'دقلديانوس|دقلدیانوس', 'Arabic name', 'the Roman emperor'],
  ['Nebuchadnezzar|نبوکدنصر|نبوخذنصر|نبوخذ نصر|نبوكد نصر', 'بختنصر|بخت نصر|بخت‌النصر', 'Arabic name', 'the king of Babylon'],
  // Muslim and Jewish scholars of the Middle Ages, whom European languages name by their medieval Latin names.
  ['ابن سينا|ابن سینا|Ibn Sina', 'الشيخ الرئيس|شیخ‌الرئیس|شیخ الرئیس', 'epithet', 'the physician, "the chief master"'],
  [
    'شهاب الدين السهروردي|شهاب‌الدین سهروردی|شیخ شهاب‌الدین سهروردی|السهروردي المقتول|Shahab al-Din Suhrawardi',
    'شيخ الإشراق|شیخ اشراق|شیخ‌اشراق',
    'epithet',
    'the philosopher of illumination, not the Sufi Abu Hafs al-Suhrawardi',
  ],
  [
    'نصير الدين الطوسي|نصیرالدین طوسی|خواجه نصیرالدین طوسی|Nasir al-Din al-Tusi',
    'المحقق الطوسي|محقق طوسی|خواجه نصیر',
    'epithet',
    'the astronomer of Maragheh, not the jurist شيخ الطائفة الطوسي',
  ],
  ['بهاء الدين العاملي|بهاءالدین عاملی|Baha al-Din al-Amili', 'شیخ بهایی|الشيخ البهائي|شيخ بهائي', 'epithet', 'the Safavid scholar'],
  ['علي الهجويري|علی هجویری|هجویری|Ali Hujwiri', 'داتا گنج بخش|داتا گنج‌بخش|داتا گنجبخش|Data Ganj Bakhsh', 'epithet', 'the Sufi of Lahore'],
  ['ابن سينا|ابن سینا|Ibn Sina', 'Avicenna|Avicenne|Avicena|آویسنا|أفيسينا', 'Latin name', 'the physician and philosopher'],
  ['ابن رشد|أبو الوليد بن رشد|Ibn Rushd', 'Averroes|Averroës|Averrhoes|اوروس|آوروس|أفيروس', 'Latin name', 'the Andalusian philosopher'],
  [
    'أبو بكر الرازي|محمد بن زكريا الرازي|محمد بن زکریای رازی|زکریای رازی|ابوبکر رازی|الرازي|رازی|Abu Bakr al-Razi|al-Razi',
    'Rhazes|Rasis|Razes',
    'Latin name',
    'the physician of Rey',
  ],
  [
    'ابن الهيثم|ابن هیثم|ابن الهیثم|الحسن بن الهيثم|Ibn al-Haytham',
    'Alhazen|Alhacen|Alhazeni',
    'Latin name',
    'the physicist of Basra and Cairo',
  ],
  ['ابن باجة|ابن باجه|Ibn Bajja', 'Avempace|Avenpace', 'Latin name', 'the Andalusian philosopher'],
  ['الفارابي|فارابی|أبو نصر الفارابي|ابونصر فارابی|al-Farabi', 'Alpharabius|Alfarabius|Avennasar', 'Latin name', 'the philosopher'],
  [
    'الكندي|يعقوب بن إسحاق الكندي|یعقوب بن اسحاق کندی|یعقوب کندی|al-Kindi',
    'Alkindus|Alchindus',
    'Latin name',
    'the philosopher of the Arabs',
  ],
  ['جابر بن حيان|جابر بن حیان|Jabir ibn Hayyan', 'Geber', 'Latin name', 'the alchemist'],
  [
    'الخوارزمي|خوارزمی|محمد بن موسى الخوارزمي|محمد بن موسی خوارزمی|al-Khwarizmi',
    'Algoritmi|Algorismus|Algorithmi',
    'Latin name',
    'the mathematician, whose Latin name gave the algorithm',
  ],
  ['الفرغاني|فرغانی|أحمد بن كثير الفرغاني|al-Farghani', 'Alfraganus', 'Latin name', 'the astronomer'],
  ['البتاني|بتانی|محمد بن جابر البتاني|al-Battani', 'Albategnius|Albatenius', 'Latin name', 'the astronomer of Harran'],
  ['الزرقالي|زرقالی|إبراهيم الزرقالي|al-Zarqali', 'Arzachel|Azarquiel', 'Latin name', 'the Andalusian astronomer'],
  ['البطروجي|بطروجی|نور الدين البطروجي|al-Bitruji', 'Alpetragius', 'Latin name', 'the Andalusian astronomer'],
  ['أبو القاسم الزهراوي|الزهراوي|ابوالقاسم زهراوی|زهراوی|al-Zahrawi', 'Albucasis|Abulcasis', 'Latin name', 'the Andalusian surgeon'],
  ['ابن زهر|Ibn Zuhr', 'Avenzoar', 'Latin name', 'the Andalusian physician'],
  ['ابن طفيل|ابن طفیل|Ibn Tufayl', 'Abubacer', 'Latin name', 'the Andalusian philosopher'],
  [
    'الغزالي|غزالی|أبو حامد الغزالي|ابوحامد غزالی|امام محمد غزالی|al-Ghazali',
    'Algazel',
    'Latin name',
    'the theologian of Tus (not the Egyptian preacher محمد الغزالي)',
  ],
  ['أبو معشر البلخي|ابومعشر بلخی|Abu Mashar', 'Albumasar|Albumazar', 'Latin name', 'the astrologer of Balkh'],
  ['ثابت بن قرة|ثابت بن قره|Thabit ibn Qurra', 'Thebit', 'Latin name', 'the mathematician of Harran'],
  ['حنين بن إسحاق|حنین بن اسحاق|Hunayn ibn Ishaq', 'Johannitius', 'Latin name', 'the translator'],
  ['علي بن العباس المجوسي|علی بن عباس مجوسی|علی بن عباس اهوازی|Ali ibn al-Abbas al-Majusi', 'Haly Abbas', 'Latin name', 'the physician'],
  ['يوحنا بن ماسويه|یوحنا بن ماسویه|ابن ماسويه|Ibn Masawayh', 'Mesue', 'Latin name', 'the physician of Baghdad'],
  [
    'موسى بن ميمون|موسی بن میمون|ابن ميمون|Musa ibn Maymun',
    'Maimonides|ميمونيدس|مایمونیدس|موسى ميمونيدس',
    'Latin name',
    'the Jewish philosopher of Cordoba and Cairo',
  ],
  ['ابن جبيرول|سليمان بن جبيرول|Ibn Gabirol', 'Avicebron|Avencebrol', 'Latin name', 'the Andalusian Jewish poet and philosopher'],
  // Persian kings, whom Europe knows by the Greek forms of their names and Arabic often by the same, or by its own.
  [
    'کوروش|کورش|کوروش بزرگ|کورش کبیر|کوروش کبیر|کورش بزرگ|كورش|Kourosh',
    'Cyrus|Cyrus the Great|قورش|قورش الكبير|قورش الأكبر|كورش الكبير',
    'Greek name',
    'the founder of the Achaemenid empire',
  ],
  ['داریوش|داريوش|Dariush', 'Darius|داريوس', 'Greek name', 'the name of three Achaemenid kings'],
  [
    'داریوش بزرگ|داریوش یکم|داریوش اول|داريوش الأول',
    'Darius the Great|Darius I|داريوس الأول|داريوس الكبير|داريوس الأكبر',
    'Greek name',
    'the Achaemenid king, Darius I',
  ],
  ['داریوش سوم|داريوش الثالث', 'Darius III|داريوس الثالث', 'Greek name', 'the last Achaemenid king, Darius III'],
  [
    'خشایارشا|خشایار شاه|خشایارشاه|خشیارشا|خشايارشا|خشایارشای یکم|Khshayarsha',
    'Xerxes|Xerxes I|زركسيس|زرکسیس|زركسيس الأول|إكزركسيس',
    'Greek name',
    'the Achaemenid king, Xerxes I',
  ],
  [
    'اردشیر|أردشير|اردشیر هخامنشی|Ardashir',
    'Artaxerxes|أرتحشستا|أرتاكسركسيس|ارتاکسرکس',
    'Greek name',
    'the Persian name of Achaemenid and Sasanian kings',
  ],
  ['کمبوجیه|كمبوجيه|Kambujiya', 'Cambyses|قمبيز|قمبیز|كامبيسيس', 'Greek name', 'the Achaemenid king, son of Cyrus'],
  ['بردیا|برديا|Bardiya', 'Smerdis|سمرديس|اسمردیس', 'Greek name', 'the son of Cyrus, or the one who took his name'],
  ['اردوان|أردوان|Ardavan', 'Artabanus|أرطبانوس|ارطبانوس', 'Greek name', 'the name of Parthian kings'],
  ['مهرداد|Mehrdad|Mithradates', 'Mithridates|ميثريداتس|میتریدات|میتریداتس', 'Greek name', 'the name of Parthian and Pontic kings'],
  [
    'شاپور دوم|Shapur II|سابور الثاني',
    'سابور ذو الأكتاف|شاپور ذوالاکتاف|شاپور ذو الاکتاف',
    'epithet',
    'the Sasanian king Shapur II, "he of the shoulders" in Arabic',
  ],
  [
    'انوشیروان|خسرو انوشیروان|انوشیروان دادگر|خسرو یکم|خسرو اول|Khosrow I|Chosroes I|Anushirvan',
    'كسرى أنوشروان|كسرى أنو شروان|أنوشروان|انوشروان|كسرى الأول',
    'Arabic name',
    'the Sasanian king Khosrow I, the Just',
  ],
  [
    'خسرو پرویز|خسروپرویز|خسرو دوم|Khosrow II|Khosrow Parviz|Chosroes II',
    'كسرى أبرويز|كسرى ابرويز|كسرى الثاني|كسرى برويز',
    'Arabic name',
    'the Sasanian king Khosrow II',
  ],
  ['بهرام پنجم|بهرام الخامس|Bahram V', 'بهرام گور|بهرام جور|Bahram Gur', 'epithet', 'the Sasanian king Bahram V, "the onager"'],
  [
    'خسرو|Khosrow|Khosrau|Khusrau|Chosroes',
    'كسرى|کسری|Kisra',
    'Arabic name',
    'the name of Sasanian kings, which Arabic made a title of them all',
  ],
  ['زرتشت|زردشت|زرادشت|Zarathustra|Zartosht', 'Zoroaster', 'Greek name', 'the prophet of the Zoroastrians'],
  // European rulers and popes, whom Arabic names by the Christian Arabic forms of their names and Persian by the
  // French or English ones.
  [
    'Charlemagne|Charles the Great|شارلمان|شارلمانی|شارل کبیر|شارل بزرگ',
    'Karl der Große|كارل الكبير|كارل العظيم|کارل کبیر',
    'European name',
    'the Frankish emperor, Karl in German',
  ],
  [
    'Peter the Great|Peter I of Russia|پتر کبیر|پتر بزرگ|پتر اول|پطر کبیر|پطر اول|بيتر الأكبر|بيتر الأول',
    'بطرس الأكبر|بطرس الأول|بطرس العظيم|پطرس کبیر',
    'Arabic name',
    'the Russian tsar, Peter I',
  ],
  ['John Paul II|ژان پل دوم|جان پل دوم|جون بول الثاني', 'يوحنا بولس الثاني|یوحنا پولس دوم', 'Arabic name', 'the pope from 1978 to 2005'],
  ['John XXIII|ژان بیست و سوم|جان بیست و سوم', 'يوحنا الثالث والعشرون|يوحنا الثالث و العشرون', 'Arabic name', 'the pope from 1958 to 1963'],
  ['Paul VI|پل ششم|پاپ پل ششم', 'بولس السادس|البابا بولس السادس', 'Arabic name', 'the pope from 1963 to 1978'],
  [
    'Leo XIV|لئو چهاردهم|لیو چهاردهم|لئون چهاردهم|پاپ لئو چهاردهم',
    'لاون الرابع عشر|البابا لاون الرابع عشر',
    'Arabic name',
    'the pope elected in 2025',
  ],
  ['Leo XIII|لئو سیزدهم|لئون سیزدهم', 'لاون الثالث عشر|البابا لاون الثالث عشر', 'Arabic name', 'the pope from 1878 to 1903'],
  // Europeans whom Persian names after French (Galilée, Copernic, Colomb) and Arabic after the Italian or Latin.
  ['Galileo|Galileo Galilei|غاليليو|غاليليو غاليلي|جاليليو', 'گالیله|گالیلئو گالیله|گالیله گالیلئی', 'French name', 'the astronomer'],
  [
    'Copernicus|Nicolaus Copernicus|كوبرنيكوس|نيكولاس كوبرنيكوس',
    'کپرنیک|کوپرنیک|نیکلاس کپرنیک|نیکولاس کوپرنیک',
    'French name',
    'the astronomer',
  ],
  [
    'Christopher Columbus|Columbus|كولومبوس|كريستوفر كولومبوس|كريستوف كولومبوس',
    'کلمب|کریستف کلمب|کریستوف کلمب',
    'French name',
    'the navigator',
  ],
  ['Cicero|Marcus Tullius Cicero|شيشرون|سيسرو', 'سیسرون|سیسرو', 'French name', 'the Roman orator'],
  ['Virgil|Vergil|Publius Vergilius Maro|فيرجيل|فرجيل|ويرجيل', 'ویرژیل|ورژیل', 'French name', 'the Roman poet'],
  ['Michelangelo|مايكل أنجلو|ميكيلانجيلو|مايكل انجلو|میکل آنجلو', 'میکل‌آنژ|میکلانژ|میکل آنژ', 'French name', 'the Florentine artist'],
  ['Titian|Tiziano|تيتيان|تيتسيانو', 'تیسین|تیتسین', 'French name', 'the Venetian painter'],
  [
    'Charles V|Carlos V|Karl V|شارل پنجم|كارلوس الخامس|شارل الخامس',
    'شارلكان|شارل كان|شارلكن|Charles Quint|شارل کن|شارلکن',
    'French name',
    'the Habsburg emperor, Charles Quint in French, which Arabic keeps',
  ],
  // Rulers of the Muslim world whom European languages name by their own forms.
  [
    'صلاح الدين الأيوبي|صلاح‌الدین ایوبی|صلاح الدین ایوبی|Salah al-Din|Salah ad-Din',
    'Saladin',
    'European name',
    'the sultan of Egypt and Syria',
  ],
  [
    'تيمور|تيمورلنك|تيمور لنك|تيمور الأعرج|تیمور لنگ|تیمور گورکانی|امیر تیمور|Timur|Timur Lenk|Amir Timur',
    'Tamerlane|Tamburlaine|Tamerlan',
    'European name',
    'the Turco-Mongol conqueror, Timur the Lame',
  ],
  [
    'سليم الأول|سلیم اول|Selim I',
    'Selim the Grim|Yavuz Sultan Selim|یاووز سلطان سلیم|سلطان سلیم یاووز|سليم ياووز',
    'epithet',
    'the Ottoman sultan who took Syria and Egypt',
  ],
  [
    'بايزيد الأول|بایزید اول|Bayezid I',
    'Yildirim Bayezid|Bayezid the Thunderbolt|یلدرم بایزید|بايزيد الصاعقة',
    'epithet',
    'the Ottoman sultan beaten by Timur',
  ],
  [
    'أبو عبد الله الصغير|أبو عبد الله محمد الثاني عشر|ابوعبدالله صغیر|Muhammad XII of Granada',
    'Boabdil',
    'European name',
    'the last Nasrid king of Granada',
  ],
  ['المنصور بن أبي عامر|محمد بن أبي عامر|منصور بن ابی عامر|al-Mansur ibn Abi Amir', 'Almanzor', 'European name', 'the ruler of Cordoba'],
  [
    'Mehmed II|سلطان محمد دوم',
    'محمد الفاتح|سلطان محمد فاتح|محمد فاتح|Mehmed the Conqueror|Fatih Sultan Mehmed',
    'epithet',
    'the Ottoman sultan who took Constantinople',
  ],
  [
    'سليمان القانوني|سلیمان قانونی|Kanuni Sultan Suleyman|Suleiman the Lawgiver',
    'Suleiman the Magnificent|سلیمان باشکوه|سليمان العظيم|سليمان الفخم',
    'epithet',
    'the Ottoman sultan, the Lawgiver to the Turks and the Magnificent to Europe',
  ],
  [
    'Richard I of England|ريتشارد الأول ملك إنجلترا|ریچارد اول پادشاه انگلستان',
    'ريتشارد قلب الأسد|ریچارد شیردل|Richard the Lionheart|Richard Coeur de Lion',
    'epithet',
    'the English king of the Third Crusade, whose epithet each language translates',
  ],
];

/**
 * Names of kings and popes that match only before one regnal number on both sides (Leo X / لاون العاشر / لئو دهم):
 * without it the name is a given name many people bear.
 */
const REGNAL_ROWS: readonly Row[] = [
  ['Leo|لئو|لئون|ليو', 'لاون', 'Arabic name', 'the name of popes'],
  ['John|ژان|جان|جون', 'يوحنا|یوحنا', 'Arabic name', 'the name of popes and kings'],
  ['Paul|پل|پاول|بول', 'بولس|پولس', 'Arabic name', 'the name of popes'],
  ['John Paul|ژان پل|جان پل|جون بول', 'يوحنا بولس', 'Arabic name', 'the name of two popes'],
  ['Peter|پتر|پطر|بيتر', 'بطرس', 'Arabic name', 'the name of tsars and kings'],
  ['Clement|کلمنت|کلمان|كليمنت', 'أقليمس|اكليمندس', 'Arabic name', 'the name of popes'],
  ['Stephen|استفان|ستيفن', 'إسطفانوس|اسطفانوس', 'Arabic name', 'the name of popes and kings'],
  ['Constantine|کنستانتین|كونستانتين', 'قسطنطين|قسطنطین', 'Arabic name', 'the name of Roman emperors and of kings'],
  ['Benedict|بندیکت|بنديكت', 'بنديكتوس|بندكتوس', 'Latin name', 'the name of popes'],
  ['Isabella|إيزابيلا|ايزابيلا', 'ایزابل|ایزابلا', 'French name', 'the name of queens'],
  ['Alexander|الکساندر|ألكسندر', 'الإسكندر|اسکندر', 'Arabic name', 'the name of kings, tsars and popes'],
];

/**
 * Two people whose names differ by no more than the letters allow (the article, a vowel letter), which the letters
 * would take for one: `[one person's forms, the other's forms, who they are]`. Kept to the bare names by which each
 * is known; a name with more in it (محيي الدين بن عربي) is left to the letters.
 */
export const TWO_PEOPLE: readonly (readonly [one: string, other: string, reason: string])[] = [
  [
    'ابن عربي|ابن عربی|Ibn Arabi',
    'ابن العربي|ابن العربی|Ibn al-Arabi',
    'the Sufi of Murcia, written without the article, and the Maliki jurist of Seville, written with it',
  ],
  [
    'الشيخ الطوسي|شیخ طوسی|شيخ الطائفة|شیخ الطائفه|شیخ‌الطائفه',
    'المحقق الطوسي|محقق طوسی|خواجه نصیر|خواجه نصیرالدین طوسی|نصير الدين الطوسي|نصیرالدین طوسی',
    'the Imami jurist of Baghdad and Najaf, and the astronomer of Maragheh two centuries later',
  ],
  ['العلامة الحلي|علامه حلی', 'المحقق الحلي|محقق حلی', 'two jurists of Hilla, the pupil and his teacher'],
  [
    'إدريس ديبي|إدريس ديبي إتنو|ادریس دبی|ادریس دبی اتنو|ادریس دبی ایتنو|Idriss Deby|Idriss Deby Itno',
    'محمد إدريس ديبي|محمد إدريس ديبي إتنو|محمد ديبي|محمد ديبي إتنو|محمد ادریس دبی|محمد ادریس دبی اتنو|محمد دبی|Mahamat Idriss Deby|Mahamat Deby|Mahamat Idriss Deby Itno',
    'the president of Chad killed in 2021, and his son who took his place',
  ],
  [
    'ابن الجوزي|ابن الجوزی|Ibn al-Jawzi',
    'ابن الجوزية|ابن قيم الجوزية|ابن قیم الجوزیه|Ibn Qayyim al-Jawziyya',
    'the Hanbali preacher of Baghdad and the Hanbali scholar of Damascus a century later',
  ],
];

/** One person's names and other names, with what the other names are and why the person is listed. */
export interface PersonAliases {
  readonly names: readonly string[];
  readonly aliases: readonly string[];
  readonly kind: AliasKind;
  readonly reason: string;
}

/** Every row, its forms split. */
export function personAliases(): readonly PersonAliases[] {
  return [...ROWS, ...FAITH_ROWS, ...LETTERS_ROWS, ...COMMANDER_ROWS, ...RULER_ROWS, ...DYNAST_ROWS, ...WORLD_ROWS].map(split);
}

/** The names of kings and popes that are one before a regnal number, their forms split. */
export function regnalNames(): readonly PersonAliases[] {
  return REGNAL_ROWS.map(split);
}

function split([names, aliases, kind, reason]: Row): PersonAliases {
  return { names: names.split('|').filter(Boolean), aliases: aliases.split('|').filter(Boolean), kind, reason };
}
