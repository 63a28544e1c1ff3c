/**
 * People whom news names by another name than their own: a kunya (أبو مازن for محمود عباس), a nom de guerre
 * (أبو بكر البغدادي), a nickname (حميدتي), an epithet or title with the given name (امام رضا, مولوی for Rumi). No
 * letter model finds these; each row is one person, with the forms of each name in Arabic, Persian and Latin
 * letters, what the other name is, and why the person is here. Written for the project; kept to people news
 * still names so, and to names no other person is commonly called.
 */

/** What the other name of a person is, for the explanation. */
export type AliasKind = 'kunya' | 'nom de guerre' | 'nickname' | 'epithet' | 'title and name';

type Row = readonly [names: string, aliases: string, kind: AliasKind, reason: string];

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
  ['ابن سينا|ابن سینا|Avicenna|Ibn Sina', 'أبو علي سينا|ابوعلی سینا|بوعلی سینا', 'kunya', 'the physician, whom Persian names by his kunya'],
  // The Shia imams, whom Persian and Arabic name by the title and the given name or the epithet.
  ['علي بن أبي طالب|علی بن ابی‌طالب|علی بن ابیطالب', 'الإمام علي|امام علی|أمير المؤمنين علي', 'title and name', 'the first imam'],
  ['الحسن بن علي|حسن بن علی|حسن مجتبی', 'الإمام الحسن|امام حسن', 'title and name', 'the second imam'],
  ['الحسين بن علي|حسین بن علی', 'الإمام الحسين|امام حسین|سيد الشهداء|سیدالشهدا', 'title and name', 'the third imam'],
  ['جعفر الصادق|جعفر بن محمد الصادق|جعفر صادق', 'الإمام الصادق|امام صادق|امام جعفر صادق', 'title and name', 'the sixth imam'],
  ['موسى الكاظم|موسی کاظم|موسى بن جعفر|موسی بن جعفر', 'الإمام الكاظم|امام کاظم|امام موسی کاظم', 'title and name', 'the seventh imam'],
  ['علي بن موسى الرضا|علی بن موسی الرضا', 'الإمام الرضا|امام رضا|امام هشتم', 'title and name', 'the eighth imam'],
];

/** One person's names and other names, with what the other names are. */
export interface PersonAliases {
  readonly names: readonly string[];
  readonly aliases: readonly string[];
  readonly kind: AliasKind;
}

/** Every row, its forms split. */
export function personAliases(): readonly PersonAliases[] {
  return ROWS.map(([names, aliases, kind]) => ({ names: names.split('|'), aliases: aliases.split('|'), kind }));
}
