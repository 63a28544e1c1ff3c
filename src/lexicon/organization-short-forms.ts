/**
 * Short forms of known bodies that news uses once a report has named the body, and that no rule can derive: the
 * words left out are the body's own (مجمع تشخیص for مجمع تشخیص مصلحت نظام), or the short form is a word that alone is
 * ordinary (سپاه, corps; تراکتور, tractor) and names the body only against its full name. They are read only when
 * two names are compared, one of them a listed name of the body: findNames never reports the short form alone. Written
 * for the project; each row says why news shortens the name so.
 *
 * A row is `[id of a body in the organisation lists, short forms in Arabic and Persian separated by |, reason]`.
 */
export type ShortFormRow = readonly [id: string, short: string, reason: string];

export const ORGANIZATION_SHORT_FORMS: readonly ShortFormRow[] = [
  // Iran's state bodies, which Persian news names by their first words.
  ['ExpediencyCouncil', 'مجمع تشخیص|مجمع التشخيص', 'Persian news calls the council by the first words of its name'],
  ['AssemblyOfExperts', 'خبرگان|مجلس الخبراء', 'Persian news calls the assembly "the experts"'],
  ['IranGeneralStaff', 'ستاد کل', 'Iranian news calls the armed forces’ general staff "the general staff"'],
  ['IRGC', 'سپاه|الحرس', 'Iranian news calls the Guard Corps "the corps", Arabic news "the guard"'],
  ['AstanQuds', 'آستان قدس', 'Persian news leaves out رضوی, the name of Imam Reza it is the foundation of'],
  ['PersianAcademy', 'فرهنگستان زبان', 'Persian news calls the academy of Persian language and literature "the academy of language"'],
  ['YJC', 'باشگاه خبرنگاران', 'Persian news calls the Young Journalists Club "the journalists club", without "young"'],
  // International and regional bodies, by the words news keeps of their names.
  ['IMF', 'صندوق النقد', 'Arabic news calls the fund "the monetary fund", without "international"'],
  ['IAEA', 'الوكالة الذرية|آژانس اتمی', 'news calls the agency "the atomic agency"'],
  [
    'GCC',
    'مجلس التعاون|شورای همکاری|شورای همکاری خلیج',
    'news calls the council "the cooperation council", or leaves out which Gulf (فارس) it is',
  ],
  // Armed groups and movements, by the word they are known by at home.
  ['JIPakistan', 'جماعت اسلامی', 'Persian news calls Pakistan’s Jamaat-e-Islami by its name without its country'],
  ['NRF', 'جبهه مقاومت', 'Afghan news calls the National Resistance Front "the resistance front"'],
  ['AsaibAhlAlHaq', 'العصائب|عصائب', 'Iraqi news calls the group by its first word'],
  [
    'AANES',
    'الإدارة الذاتية|الإدارة الذاتية الكردية',
    'Arabic news calls the administration of north and east Syria "the self-administration"',
  ],
  ['PUK', 'اتحادیه میهنی', 'Persian news calls the party "the patriotic union", once Kurdistan is said'],
  ['MuslimBrotherhood', 'الإخوان|اخوان', 'news calls the Brotherhood "the brothers"'],
  // Clubs, by the name they are known by without their town or their founders' works.
  ['TractorClub', 'تراکتور|تراكتور', 'sports news calls the Tabriz club "Tractor", without its town or the old "works"'],
  ['MalavanClub', 'ملوان', 'sports news calls the Bandar Anzali club by its name alone, without its town'],
];
